import { districtPolicy, institutionPolicy } from '@jiping/domain';
import { InstitutionListQuery } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor } from '../../platform/cursor.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { findInstitutions } from './queries.ts';

/**
 * Institutions the actor may see, filtered and paged by keyset. Asking for another district's
 * institutions is refused with the reason rather than answered with an empty list, so an
 * officer knows the data exists elsewhere and is not theirs.
 */
export async function listInstitutions({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof InstitutionListQuery> }) {
  const query = parseInput(InstitutionListQuery, input, ctx.locale);
  assertAllowed(institutionPolicy(ctx.actor, 'list'));
  if (query.district) assertAllowed(districtPolicy(ctx.actor, 'readData', query.district));
  const after = decodeCursor<{ name: string; id: string }>(query.cursor);
  const items = await findInstitutions(ctx.db, ctx.actor, query, { limit: query.limit + 1, after }, ctx.locale);
  const hasMore = items.length > query.limit;
  const page = items.slice(0, query.limit);
  const last = page.at(-1);
  return { items: page, nextCursor: hasMore && last ? encodeCursor({ name: last.name, id: last.id }) : null };
}
