import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { administeredInstitutionIds, canListObjections, reviewerDistricts } from '@jiping/domain';
import { ObjectionListQuery } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { resultsObjections } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { objectionViews } from './objection-view.ts';

/** Objections the actor answers (their institutions') or watches (their districts', every district for the city). */
export async function listObjections({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof ObjectionListQuery> }) {
  assertAllowed(canListObjections(ctx.actor));
  const { status } = parseInput(ObjectionListQuery, input, ctx.locale, 'query');
  return { items: await objectionViews(ctx, and(objectionScope(ctx), status ? eq(resultsObjections.status, status) : undefined)) };
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
