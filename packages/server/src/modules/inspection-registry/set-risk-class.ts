import { eq, sql } from 'drizzle-orm';
import { actorUserId, canSetRiskClass } from '@jiping/domain';
import { SetRiskClassBody, type RiskClassResult } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { institutionRiskClasses, institutions } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, notFound, staleVersion } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { findParties, riskHistory } from './queries.ts';

/**
 * The city classes a party's risk (A low … D high, 国市监信发〔2022〕6号) with the basis of the
 * assessment. The row is compare-and-set on its version (null: the party has none yet, and a
 * second first setting racing this one loses), and every setting is an audit event carrying the
 * class and its basis: the party's history. A class may be given before a filing is in force
 * (during its review); it applies once the institution becomes a party.
 */
export async function setRiskClass({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof SetRiskClassBody> }): Promise<z.infer<typeof RiskClassResult>> {
  assertAllowed(canSetRiskClass(ctx.actor));
  const body = parseInput(SetRiskClassBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const [institution] = await tx.db.select({ id: institutions.id, name: institutions.name }).from(institutions).where(eq(institutions.id, id)).for('update');
    if (!institution) throw notFound('institution');
    const [before] = await tx.db.select().from(institutionRiskClasses).where(eq(institutionRiskClasses.institutionId, id)).for('update');
    if ((before?.version ?? null) !== body.version) throw staleVersion();
    const values = { riskClass: body.riskClass, basis: body.basis, setBy: actorUserId(tx.actor), updatedAt: tx.now() };
    const [after] = before
      ? await tx.db
          .update(institutionRiskClasses)
          .set({ ...values, version: sql`${institutionRiskClasses.version} + 1` })
          .where(eq(institutionRiskClasses.institutionId, id))
          .returning()
      : await tx.db
          .insert(institutionRiskClasses)
          .values({ ...values, institutionId: id, createdAt: tx.now() })
          .returning();
    await appendAudit(tx, {
      action: 'inspection_registry.risk_class_set',
      entityType: 'institution_risk_class',
      entityId: id,
      before: before ?? null,
      after,
      detail: { riskClass: body.riskClass, previous: before?.riskClass ?? null, basis: body.basis, version: after!.version },
    });
    const [party] = await findParties(tx, {}, { limit: 1, after: null, institutionId: id, scoped: false });
    return {
      institutionId: id,
      institutionName: institution.name,
      riskClass: after!.riskClass,
      basis: after!.basis,
      version: after!.version,
      party: party ? { ...party, riskHistory: await riskHistory(tx, id) } : null,
    };
  });
}
