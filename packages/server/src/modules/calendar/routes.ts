import { z } from 'zod';
import { cataloguePolicy } from '@jiping/domain';
import type { Router } from '../../platform/http/route.ts';
import { listCalendarDays, setCalendarDay, SetCalendarDayBody } from './calendar.ts';

/** `source`: 'official' from the State Council's arrangement as published, 'city' set by the city (kept over reloads). */
const Day = z.object({ date: z.string(), kind: z.enum(['holiday', 'workday']).nullable(), name: z.string(), source: z.enum(['official', 'city']) });

export function calendarRoutes(router: Router) {
  router.route({
    method: 'GET',
    url: '/api/v1/calendar',
    summary: '节假日与调休安排 Holidays and adjusted working days',
    tags: ['calendar'],
    access: { public: 'the official holiday arrangement is public' },
    query: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) }),
    response: z.array(Day),
    handler: ({ ctx, query }) => listCalendarDays({ ctx, year: query.year }),
  });

  router.route({
    method: 'PUT',
    url: '/api/v1/calendar/:date',
    summary: '设定某日为节假日或调休工作日（或清除） Set a calendar day',
    tags: ['calendar'],
    access: (actor) => cataloguePolicy(actor, 'editParameters'),
    params: z.strictObject({ date: z.iso.date() }),
    body: SetCalendarDayBody,
    response: Day,
    handler: ({ ctx, params, body }) => setCalendarDay({ ctx, date: params.date, input: body }),
  });
}
