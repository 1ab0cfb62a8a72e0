import { eq, inArray } from 'drizzle-orm';
import { administeredInstitutionIds, districtName, userPolicy, workspacesFor, type Actor, type AppointmentInstitutionFacts, type Grant } from '@jiping/domain';
import type { GrantView, Me } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { institutions, users } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';

/** The signed-in user, their grants with readable scope names, and the menus they may use. */
export async function getMe({ ctx }: { ctx: ServiceContext }): Promise<Me> {
  assertAllowed(userPolicy(ctx.actor, 'readSelf'));
  const actor = ctx.actor as Actor & { kind: 'user' };
  const [row] = await ctx.db.select({ version: users.version, email: users.email }).from(users).where(eq(users.id, actor.userId));
  return {
    user: { id: actor.userId, username: actor.username, displayName: actor.displayName, locale: actor.locale, email: row?.email ?? null, version: row?.version ?? 1 },
    grants: await describeGrants(ctx.db, actor.grants, ctx.locale),
    workspaces: workspacesFor(actor, { institutions: await administeredInstitutions(ctx.db, actor) }),
    institution: await actingInstitution(ctx.db, actor.grants),
  };
}

/** The institutions the user administers, with what the menus need of them (an employer's admin appoints 新八级工). */
async function administeredInstitutions(db: Db, actor: Actor): Promise<AppointmentInstitutionFacts[]> {
  const ids = administeredInstitutionIds(actor);
  if (!ids.length) return [];
  return db.select({ id: institutions.id, districtCode: institutions.districtCode, category: institutions.category }).from(institutions).where(inArray(institutions.id, ids));
}

export async function describeGrants(db: Db, grants: readonly Grant[], locale: ServiceContext['locale']): Promise<GrantView[]> {
  const names = await institutionNames(db, grants);
  return grants.map((grant) => grantView(grant, names, locale));
}

/** The institution an institution administrator acts for (one per account), named. */
async function actingInstitution(db: Db, grants: readonly Grant[]): Promise<Me['institution']> {
  const grant = grants.find((g) => g.role === 'institution_admin');
  if (!grant || !('institutionId' in grant)) return null;
  const names = await institutionNames(db, [grant]);
  return { id: grant.institutionId, name: names.get(grant.institutionId) ?? '' };
}

/** Names of the institutions the grants point at, in one query. */
export async function institutionNames(db: Db, grants: readonly Grant[]): Promise<Map<string, string>> {
  const ids = [...new Set(grants.flatMap((grant) => ('institutionId' in grant ? [grant.institutionId] : [])))];
  if (!ids.length) return new Map();
  const rows = await db.select({ id: institutions.id, name: institutions.name }).from(institutions).where(inArray(institutions.id, ids));
  return new Map(rows.map((row) => [row.id, row.name]));
}

export function grantView(grant: Grant, names: Map<string, string>, locale: ServiceContext['locale']): GrantView {
  return {
    role: grant.role,
    districtCode: 'districtCode' in grant ? grant.districtCode : null,
    districtName: 'districtCode' in grant ? districtName(grant.districtCode, locale) : null,
    institutionId: 'institutionId' in grant ? grant.institutionId : null,
    institutionName: 'institutionId' in grant ? (names.get(grant.institutionId) ?? null) : null,
    occupationCodes: 'occupationCodes' in grant ? [...grant.occupationCodes] : [],
  };
}
