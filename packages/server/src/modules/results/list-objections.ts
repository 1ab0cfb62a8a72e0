import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { administeredInstitutionIds, canListObjections, reviewerDistricts } from '@jiping/domain';
import { ObjectionListQuery } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { resultsObjections } from '../../platform/db/schema.ts';
import { AppError, assertAllowed } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { objectionsAfter, objectionViews } from './objection-view.ts';
import { decodeCursor, decodeInstantCursor, encodeCursor } from '../../platform/cursor.ts';

/**
 * Objections the actor answers (their institutions') or watches (their districts', every district
 * for the city), open first: keyset-paged, so a busy district reads every one, page by page.
 */
export async function listObjections({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof ObjectionListQuery> }) {
  assertAllowed(canListObjections(ctx.actor));
  const { status, cursor, limit } = parseInput(ObjectionListQuery, input, ctx.locale, 'query');
  const after = decodeObjectionCursor(cursor);
  const items = await objectionViews(ctx, and(objectionScope(ctx), status ? eq(resultsObjections.status, status) : undefined, after ? objectionsAfter(after) : undefined), limit + 1);
  const page = items.slice(0, limit);
  const last = page.at(-1);
  return { items: page, nextCursor: items.length > limit && last ? encodeCursor({ answered: last.status === 'answered' ? 1 : 0, at: new Date(last.createdAt).toISOString(), id: last.id }) : null };
}

/** The cursor names the last row's place in the order: answered or open, received at, id. */
function decodeObjectionCursor(cursor: string | undefined): { answered: boolean; at: Date; id: string } | null {
  const key = decodeCursor<{ answered: number; at: string; id: string }>(cursor);
  if (!key) return null;
  if (key.answered !== 0 && key.answered !== 1) throw new AppError('VALIDATION', 'error.validation', {}, [{ field: 'cursor', code: 'invalid_cursor', messageKey: 'error.invalidCursor' }]);
  return { answered: key.answered === 1, ...decodeInstantCursor(encodeCursor({ at: key.at, id: key.id }))! };
}

/** The objections an actor may see, as SQL: their institutions' and their districts'; everything for the city and the system. */
export function objectionScope(ctx: ServiceContext): SQL | undefined {
  if (ctx.actor.kind === 'system') return undefined;
  const districts = reviewerDistricts(ctx.actor);
  if (districts.all) return undefined;
  const institutionIds = administeredInstitutionIds(ctx.actor);
  const parts = [
    institutionIds.length ? inArray(resultsObjections.institutionId, institutionIds) : undefined,
    districts.districtCodes.length ? inArray(resultsObjections.districtCode, districts.districtCodes) : undefined,
  ].filter((part): part is SQL => part !== undefined);
  return parts.length ? or(...parts) : sql`false`;
}
