import { and, eq } from 'drizzle-orm';
import { actorUserId, inspectorConflictPolicy } from '@jiping/domain';
import { DeclareConflictBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { filings, inspectorConflicts, institutions } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { filingInForce, inspectorDetail, loadInspector } from './queries.ts';

/**
 * 回避: an inspector declares (or the officer keeping their record declares for them) an
 * institution they must never be drawn for, with the reason. Only a party — an institution with a
 * filing in force — can be drawn, so only a party can be named; a second declaration of the same
 * party is refused (the first stands).
 */
export async function declareInspectorConflict({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof DeclareConflictBody> }) {
  const body = parseInput(DeclareConflictBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const inspector = await loadInspector(tx.db, id, { lock: true });
    assertAllowed(inspectorConflictPolicy(tx.actor, inspector));
    const [party] = await tx.db.select({ id: institutions.id, name: institutions.name }).from(institutions).innerJoin(filings, filingInForce).where(eq(institutions.id, body.institutionId));
    if (!party) throw validation([{ field: 'institutionId', code: 'not_party', messageKey: 'inspector.conflictNotParty' }]);
    const [existing] = await tx.db
      .select({ id: inspectorConflicts.id })
      .from(inspectorConflicts)
      .where(and(eq(inspectorConflicts.inspectorId, id), eq(inspectorConflicts.institutionId, party.id)));
    if (existing) throw new AppError('CONFLICT', 'inspector.conflictExists', { name: inspector.name, institution: party.name });
    const [row] = await tx.db
      .insert(inspectorConflicts)
      .values({ inspectorId: id, institutionId: party.id, reason: body.reason, declaredBy: actorUserId(tx.actor), createdAt: tx.now() })
      .returning();
    await appendAudit(tx, {
      action: 'inspector.conflict_declared',
      entityType: 'inspector',
      entityId: id,
      after: row,
      detail: { conflictId: row!.id, institutionId: party.id, institutionName: party.name, reason: body.reason },
    });
    return inspectorDetail(tx, id);
  });
}
