import { endpoints } from '@jiping/contracts';
import { cataloguePolicy } from '@jiping/domain';
import type { Router } from '../../platform/http/route.ts';
import { listCalendarDays, setCalendarDay } from './calendar.ts';

export function calendarRoutes(router: Router) {
  router.route({
    ...endpoints.calendar,
    summary: '节假日与调休安排 Holidays and adjusted working days',
    tags: ['calendar'],
    access: { public: 'the official holiday arrangement is public' },
    handler: ({ ctx, query }) => listCalendarDays({ ctx, year: query.year }),
  });

  router.route({
    ...endpoints.setCalendarDay,
    summary: '设定某日为节假日或调休工作日（或清除） Set a calendar day',
    tags: ['calendar'],
    access: (actor) => cataloguePolicy(actor, 'editParameters'),
    handler: ({ ctx, params, body }) => setCalendarDay({ ctx, date: params.date, input: body }),
  });
}
