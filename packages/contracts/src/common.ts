import { z } from 'zod';
import { LOCALES } from '@jiping/domain';

export const Uuid = z.uuid();
export const LocaleSchema = z.enum(LOCALES);
export const DistrictCode = z.string().regex(/^3101\d{2}$/, { error: '区划代码须为上海市的 6 位代码（3101xx）' });
export const IsoDateTime = z.string().describe('ISO 8601, UTC');

/** The largest value of a PostgreSQL `integer` column: a number past it must be refused, not overflow in the database. */
export const INT4_MAX = 2_147_483_647;
/** Optimistic-lock version sent back with a change (an `integer` column, starting at 1). */
export const Version = z.number().int().min(1).max(INT4_MAX);
/** A skill level, 5 (五级) to 1 (一级); stored as `smallint`. */
export const SkillLevel = z.number().int().min(1).max(5);

/** RFC 9457 problem details, with the stable code and per-field errors every client relies on. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  instance: z.string().optional(),
  requestId: z.string(),
  errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof Problem>;

/** Keyset pagination: the cursor is opaque to clients. */
export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** The `:id` of a resource addressed by its uuid. */
export const IdParams = z.strictObject({ id: Uuid });
