import { and, eq, sql } from 'drizzle-orm';
import { inspectionPolicy, type InspectionFacts, type InspectionOperation } from '@jiping/domain';
import type { InspectionDetail } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { inspections } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, staleVersion } from '../../platform/errors.ts';
import { factsOf, loadInspection, type InspectionRow } from './queries.ts';
import { inspectionView } from './inspection-view.ts';

export interface InspectionChange {
  id: string;
  operation: InspectionOperation;
  /** The version the client saw: a change made meanwhile by someone else is a 409, never overwritten. */
  version: number;
  action: string;
  /** Checks that need the row (refusing writes nothing) and the columns to set. */
  change: (tx: ServiceContext, row: InspectionRow, facts: InspectionFacts) => Promise<Partial<typeof inspections.$inferInsert>> | Partial<typeof inspections.$inferInsert>;
  /** Writes beside the inspection row (assignments), in the same transaction, after it. */
  alsoWrite?: (tx: ServiceContext, row: InspectionRow) => Promise<void>;
  detail?: (row: InspectionRow) => Record<string, unknown>;
}

/**
 * One change of an inspection: the row locked, the policy asked (who first, then state), the
 * caller's checks, a compare-and-set on `version`, and the audit event, in one transaction.
 */
export async function changeInspection(ctx: ServiceContext, spec: InspectionChange): Promise<InspectionDetail> {
  return withTransaction(ctx, async (tx) => {
    const row = await loadInspection(tx.db, spec.id, { lock: true });
    const facts = await factsOf(tx.db, row);
    assertAllowed(inspectionPolicy(tx.actor, spec.operation, facts));
    if (row.version !== spec.version) throw staleVersion();
    const set = await spec.change(tx, row, facts);
    const [updated] = await tx.db
      .update(inspections)
      .set({ ...set, version: sql`${inspections.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(inspections.id, row.id), eq(inspections.version, spec.version)))
      .returning();
    if (!updated) throw staleVersion();
    if (spec.alsoWrite) await spec.alsoWrite(tx, updated);
    await appendAudit(tx, { action: spec.action, entityType: 'inspection', entityId: row.id, before: row, after: updated, detail: { number: row.number, ...(spec.detail?.(updated) ?? {}) } });
    return inspectionView(tx, updated);
  });
}
