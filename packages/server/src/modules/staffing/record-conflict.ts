import { and, eq } from 'drizzle-orm';
import { actorUserId, type ConflictDeclarant, type ConflictKind } from '@jiping/domain';
import type { ConflictView } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { conflictDeclarations } from '../../platform/db/schema.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { conflictViews } from './conflict-view.ts';

export interface ConflictInput {
  institutionId: string;
  staffId: string;
  personId: string;
  kind: ConflictKind;
  note: string;
  declaredAs: ConflictDeclarant;
}

/**
 * Records a declared tie inside the caller's transaction, audited. The same tie declared again
 * (by either side, or a retried request) is the one on record: a tie is a fact, not a vote.
 */
export async function recordConflict(tx: ServiceContext, input: ConflictInput): Promise<ConflictView> {
  const inserted = await tx.db
    .insert(conflictDeclarations)
    .values({ ...input, declaredBy: actorUserId(tx.actor), createdAt: tx.now() })
    .onConflictDoNothing({ target: [conflictDeclarations.staffId, conflictDeclarations.personId, conflictDeclarations.kind] })
    .returning();
  if (inserted[0]) {
    await appendAudit(tx, {
      action: 'conflict.declared',
      entityType: 'conflict_declaration',
      entityId: inserted[0].id,
      after: inserted[0],
      detail: { institutionId: input.institutionId, staffId: input.staffId, kind: input.kind, declaredAs: input.declaredAs },
    });
  }
  const [view] = await conflictViews(tx.db, and(eq(conflictDeclarations.staffId, input.staffId), eq(conflictDeclarations.personId, input.personId), eq(conflictDeclarations.kind, input.kind)));
  return view!;
}
