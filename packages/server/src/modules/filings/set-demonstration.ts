import { and, eq, sql } from 'drizzle-orm';
import { canDesignateDemonstration } from '@jiping/domain';
import { DemonstrationBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { filings, institutions } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, notFound, staleVersion } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';

/** The city designates (or un-designates) a filed social organisation as a demonstration one. */
export async function setDemonstration({ ctx, institutionId, input }: { ctx: ServiceContext; institutionId: string; input: z.input<typeof DemonstrationBody> }) {
  assertAllowed(canDesignateDemonstration(ctx.actor));
  const { demonstration, version, reason } = parseInput(DemonstrationBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const [institution] = await tx.db.select().from(institutions).where(eq(institutions.id, institutionId)).for('update');
    if (!institution) throw notFound('institution');
    if (institution.category !== 'social') throw new AppError('PRECONDITION_FAILED', 'filing.demonstration.socialOnly');
    const [inForce] = await tx.db
      .select({ id: filings.id })
      .from(filings)
      .where(and(eq(filings.institutionId, institutionId), eq(filings.kind, 'initial'), eq(filings.status, 'approved')));
    if (demonstration && !inForce) throw new AppError('PRECONDITION_FAILED', 'filing.noFilingInForce');
    const [updated] = await tx.db
      .update(institutions)
      .set({ demonstration, version: sql`${institutions.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(institutions.id, institutionId), eq(institutions.version, version)))
      .returning();
    if (!updated) throw staleVersion();
    await appendAudit(tx, {
      action: demonstration ? 'institution.demonstration_designated' : 'institution.demonstration_revoked',
      entityType: 'institution',
      entityId: institutionId,
      before: institution,
      after: updated,
      detail: { reason },
    });
    return { demonstration: updated.demonstration, version: updated.version };
  });
}
