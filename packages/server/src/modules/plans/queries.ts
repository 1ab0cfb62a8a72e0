import { desc, eq, inArray, sql } from 'drizzle-orm';
import { canListFilings, PLAN_ACTIONS, planPolicy, type Actor } from '@jiping/domain';
import { scopeWhere } from '../../platform/db/scope-sql.ts';
import type { evaluationPlans as PlansTable } from '../../platform/db/schema.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { evaluationPlans } from '../../platform/db/schema.ts';
import { assertAllowed, notFound } from '../../platform/errors.ts';

/** Plans in the actor's scope, newest first. */
export async function listPlans({ ctx }: { ctx: ServiceContext }) {
  assertAllowed(canListFilings(ctx.actor));
  const where = scopeWhere(ctx.actor, {
    districtCode: evaluationPlans.districtCode,
    institutionId: evaluationPlans.institutionId,
    occupations: (codes) => inArray(evaluationPlans.occupationCode, codes),
    draft: sql`${evaluationPlans.status} = 'draft'`,
  });
  const rows = await ctx.db.select().from(evaluationPlans).where(where).orderBy(desc(evaluationPlans.updatedAt)).limit(200);
  return rows.map((row) => withActions(ctx.actor, row));
}

export async function getPlan({ ctx, id }: { ctx: ServiceContext; id: string }) {
  const [row] = await ctx.db.select().from(evaluationPlans).where(eq(evaluationPlans.id, id));
  if (!row) throw notFound('plan');
  assertAllowed(planPolicy(ctx.actor, 'read', row));
  return withActions(ctx.actor, row);
}

export function withActions(actor: Actor, row: typeof PlansTable.$inferSelect) {
  return { ...row, allowedActions: PLAN_ACTIONS.filter((action) => planPolicy(actor, action, row).allowed) };
}
