import { eq } from 'drizzle-orm';
import { canReadSupervisionRegistries, districtPolicy, institutionPolicy } from '@jiping/domain';
import { PartyListQuery, type PartyDetail } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { institutions } from '../../platform/db/schema.ts';
import { assertAllowed, notFound } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { decodeNameCursor, findParties, nameOrderedPage, riskHistory } from './queries.ts';

/**
 * 受检对象名录: the institutions with a filing in force that the officer supervises, with what a
 * draw samples them by (district, category, filed occupations, risk class). Asking for another
 * district is refused with the reason rather than answered with an empty list.
 */
export async function listParties({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof PartyListQuery> }) {
  assertAllowed(canReadSupervisionRegistries(ctx.actor));
  const query = parseInput(PartyListQuery, input, ctx.locale, 'query');
  if (query.district && ctx.actor.kind === 'user' && !ctx.actor.grants.some((g) => g.role === 'industry_officer')) assertAllowed(districtPolicy(ctx.actor, 'readData', query.district));
  const rows = await findParties(ctx, query, { limit: query.limit + 1, after: decodeNameCursor(query.cursor) });
  return nameOrderedPage(rows, query.limit, (p) => ({ name: p.name, id: p.institutionId }));
}

/** One party with the history of its risk class; out of scope is 403 naming why, an institution with no filing in force 404. */
export async function getParty({ ctx, id }: { ctx: ServiceContext; id: string }): Promise<PartyDetail> {
  assertAllowed(canReadSupervisionRegistries(ctx.actor));
  const [party] = await findParties(ctx, {}, { limit: 1, after: null, institutionId: id, scoped: false });
  if (!party) {
    const [institution] = await ctx.db.select({ id: institutions.id }).from(institutions).where(eq(institutions.id, id));
    throw notFound(institution ? 'party' : 'institution');
  }
  assertAllowed(institutionPolicy(ctx.actor, 'read', { id, districtCode: party.districtCode, occupationCodes: party.occupations.map((o) => o.code) }));
  return { ...party, riskHistory: await riskHistory(ctx, id) };
}
