import type { RegistrationImportView } from '@jiping/contracts';
import { eq } from 'drizzle-orm';
import { registrationImportPolicy } from '@jiping/domain';
import type { ServiceContext } from '../../../platform/context.ts';
import { evaluationPlans, registrationImports } from '../../../platform/db/schema.ts';
import { assertAllowed, notFound } from '../../../platform/errors.ts';
import { importProgressView } from '../../../platform/db/row-errors.ts';

export function toImportView(row: typeof registrationImports.$inferSelect): RegistrationImportView {
  return { ...importProgressView({ ...row, status: row.status as RegistrationImportView['status'] }), planId: row.planId, mode: row.mode as RegistrationImportView['mode'] };
}

export async function getImport({ ctx, id }: { ctx: ServiceContext; id: string }) {
  const [row] = await ctx.db.select().from(registrationImports).where(eq(registrationImports.id, id));
  if (!row) throw notFound('import');
  assertAllowed(registrationImportPolicy(ctx.actor, row.institutionId));
  return toImportView(row);
}

export async function listPlanImports({ ctx, planId }: { ctx: ServiceContext; planId: string }) {
  const [plan] = await ctx.db.select().from(evaluationPlans).where(eq(evaluationPlans.id, planId));
  if (!plan) throw notFound('plan');
  assertAllowed(registrationImportPolicy(ctx.actor, plan.institutionId));
  const rows = await ctx.db.select().from(registrationImports).where(eq(registrationImports.planId, planId)).orderBy(registrationImports.createdAt);
  return { items: rows.map(toImportView) };
}
