import { z } from 'zod';
import { PARAMETER_KEYS } from '@jiping/domain';
import { StaffingRulesParameterSchema } from './staffing.ts';

/** `source`: 'official' from the State Council's arrangement as published, 'city' set by the city (kept over reloads). */
export const CalendarDay = z.object({ date: z.string(), kind: z.enum(['holiday', 'workday']).nullable(), name: z.string(), source: z.enum(['official', 'city']) });
export const CalendarDays = z.array(CalendarDay);
export const CalendarQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });
export const CalendarDateParams = z.strictObject({ date: z.iso.date() });
export const SetCalendarDayBody = z.strictObject({
  /** `null` returns the day to its ordinary weekday/weekend meaning. */
  kind: z.enum(['holiday', 'workday']).nullable(),
  name: z.string().trim().max(50).default(''),
  reason: z.string().trim().min(1).max(500),
});

const ParameterValue = z.union([z.number(), z.array(z.number()), StaffingRulesParameterSchema, z.string()]);
export type ParameterValueView = z.infer<typeof ParameterValue>;
export const ParameterList = z.array(
  z.object({
    key: z.string(),
    defaultValue: ParameterValue,
    source: z.string(),
    current: ParameterValue,
    /** `occupationCode` is '' for the city's values, else the occupation whose own value it is. */
    history: z.array(z.object({ effectiveFrom: z.string(), occupationCode: z.string(), value: ParameterValue, reason: z.string(), setBy: z.string() })),
  }),
);
export const SetParameterBody = z.strictObject({
  key: z.enum(PARAMETER_KEYS as unknown as [string, ...string[]]),
  value: z.union([z.number().int().min(0).max(3650), z.array(z.number().int().min(0).max(3650)).min(1).max(10), StaffingRulesParameterSchema, z.string().trim().min(1).max(50)]),
  /** Set for one occupation's own value (parameters that allow it); absent for the city's. */
  occupationCode: z
    .string()
    .regex(/^[1-8]-\d{2}-\d{2}-\d{2}$/)
    .optional(),
  effectiveFrom: z.iso.date(),
  reason: z.string().trim().min(1).max(500),
});
export const ParameterValueSet = z.object({ key: z.string(), occupationCode: z.string(), effectiveFrom: z.string(), value: ParameterValue });

export const NotificationList = z.array(z.object({ id: z.uuid(), kind: z.string(), title: z.string(), body: z.string(), createdAt: z.string(), read: z.boolean() }));

export const CatalogueImportResult = z.union([
  z.object({ ok: z.literal(true), rows: z.number().int(), occupations: z.number().int(), withdrawn: z.object({ workTypes: z.number().int(), levels: z.number().int() }) }),
  z.object({ ok: z.literal(false), rows: z.number().int(), errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })) }),
]);
export const CatalogueExportQuery = z.strictObject({ format: z.enum(['csv', 'xlsx']).default('xlsx') });
export const OccupationCodeParams = z.strictObject({ code: z.string().regex(/^[1-8]-\d{2}-\d{2}-\d{2}$/) });
