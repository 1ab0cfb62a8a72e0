import { and, eq } from 'drizzle-orm';
import { inspectionPolicy } from '@jiping/domain';
import type { InspectionDetail } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectionFiles, inspectionFindings } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, notFound } from '../../platform/errors.ts';
import { factsOf, loadInspection } from './queries.ts';
import { inspectionView } from './inspection-view.ts';

/** A finding recorded by mistake is removed with its files while the inspection is in progress; the audit keeps what it was. */
export async function removeFinding({ ctx, id, findingId }: { ctx: ServiceContext; id: string; findingId: string }): Promise<InspectionDetail> {
  return withTransaction(ctx, async (tx) => {
    const row = await loadInspection(tx.db, id, { lock: true });
    assertAllowed(inspectionPolicy(tx.actor, 'fill', await factsOf(tx.db, row)));
    const [finding] = await tx.db
      .select()
      .from(inspectionFindings)
      .where(and(eq(inspectionFindings.id, findingId), eq(inspectionFindings.inspectionId, id)));
    if (!finding) throw notFound('finding');
    const files = await tx.db.delete(inspectionFiles).where(eq(inspectionFiles.findingId, findingId)).returning({ id: inspectionFiles.id, sha256: inspectionFiles.sha256 });
    await tx.db.delete(inspectionFindings).where(eq(inspectionFindings.id, findingId));
    await appendAudit(tx, { action: 'inspection.finding_removed', entityType: 'inspection', entityId: id, before: { finding, files }, detail: { number: row.number, findingId, files: files.length } });
    return inspectionView(tx, row);
  });
}
