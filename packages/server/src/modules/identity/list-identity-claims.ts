import { and, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { grantsOf, identityClaimPolicy } from '@jiping/domain';
import type { IdentityClaimQuery, PendingIdentityClaim } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { identityClaims, personRelations, users } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';

/**
 * Which claims an actor may confirm, as SQL: the city all; a district officer those whose person
 * is known in their district; an institution those whose person it has a relation with.
 */
export function claimScope(ctx: ServiceContext): SQL | undefined {
  const grants = grantsOf(ctx.actor);
  if (ctx.actor.kind === 'system' || grants.some((g) => g.role === 'municipal_admin')) return undefined;
  const districts = grants.flatMap((g) => (g.role === 'district_officer' ? [g.districtCode] : []));
  const institutions = grants.flatMap((g) => (g.role === 'institution_admin' ? [g.institutionId] : []));
  const conditions: SQL[] = [];
  if (districts.length) conditions.push(sql`${identityClaims.districtCodes} && ${`{${districts.join(',')}}`}::text[]`);
  if (institutions.length) {
    conditions.push(sql`exists (select 1 from ${personRelations} where ${personRelations.personId} = ${identityClaims.personId} and ${inArray(personRelations.institutionId, institutions)})`);
  }
  return conditions.length ? or(...conditions) : sql`false`;
}

/** Claims waiting at the counter (or decided there), newest first, in the actor's scope. */
export async function listIdentityClaims({ ctx, query }: { ctx: ServiceContext; query: z.output<typeof IdentityClaimQuery> }): Promise<{ items: PendingIdentityClaim[] }> {
  assertAllowed(identityClaimPolicy(ctx.actor, 'list'));
  const rows = await ctx.db
    .select({ claim: identityClaims, username: users.username, accountName: users.displayName })
    .from(identityClaims)
    .innerJoin(users, eq(users.id, identityClaims.userId))
    .where(and(eq(identityClaims.status, query.status), claimScope(ctx)))
    .orderBy(desc(identityClaims.createdAt), desc(identityClaims.id))
    .limit(200);
  return {
    items: rows.map(({ claim, username, accountName }) => ({
      id: claim.id,
      status: claim.status,
      claimedName: claim.claimedName,
      idNumberMasked: claim.idNumberMasked,
      username,
      accountName,
      districtCodes: claim.districtCodes,
      createdAt: claim.createdAt.toISOString(),
      decisionReason: claim.decisionReason,
      version: claim.version,
    })),
  };
}
