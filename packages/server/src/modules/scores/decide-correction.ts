import { and, eq, sql } from 'drizzle-orm';
import { componentPassed, scoreCorrectionPolicy } from '@jiping/domain';
import { DecideScoreCorrectionBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { componentScores, scoreCorrections } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, notFound, staleVersion, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { loadScoreSession, rulesFor } from './score-session.ts';
import { correctionSelect, toCorrectionView } from './correction-view.ts';

/**
 * The second person's decision on a correction: an administrator of the institution other than
 * the one who asked. Approval changes the locked score (and whether it passes, by the pass mark
 * of its exam day) and keeps it locked; rejection needs a reason. Both stay in the history the
 * district and the city read.
 */
export async function decideScoreCorrection({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof DecideScoreCorrectionBody> }) {
  const body = parseInput(DecideScoreCorrectionBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const [before] = await tx.db.select().from(scoreCorrections).where(eq(scoreCorrections.id, id)).for('update');
    if (!before) throw notFound('scoreCorrection');
    assertAllowed(scoreCorrectionPolicy(tx.actor, 'decide', before));
    if (tx.actor.kind !== 'user') throw new AppError('FORBIDDEN', 'policy.score.approverInstitutionOnly');
    if (body.decision === 'reject' && !body.reason) throw validation([{ field: 'reason', code: 'reason_required', messageKey: 'score.correction.reasonRequired' }]);
    if (before.version !== body.version) throw staleVersion();
    const now = tx.now();
    if (body.decision === 'approve') {
      const loaded = await loadScoreSession(tx.db, tx.actor, before.sessionId, { forUpdate: true });
      const rules = await rulesFor(tx, loaded.session, loaded.occupationCode);
      const [changed] = await tx.db
        .update(componentScores)
        .set({ scoreCenti: before.newScoreCenti, passed: componentPassed(before.newScoreCenti, rules.passMark), version: sql`${componentScores.version} + 1`, updatedAt: now })
        .where(and(eq(componentScores.sessionId, before.sessionId), eq(componentScores.registrationId, before.registrationId), eq(componentScores.scoreCenti, before.oldScoreCenti)))
        .returning();
      // The score is no longer the one the request started from: decide again on what it is now.
      if (!changed) throw new AppError('CONFLICT', 'score.correction.scoreChanged');
    }
    const [after] = await tx.db
      .update(scoreCorrections)
      .set({
        status: body.decision === 'approve' ? 'approved' : 'rejected',
        decidedBy: tx.actor.userId,
        decidedByName: tx.actor.displayName,
        decidedAt: now,
        decisionReason: body.reason,
        version: sql`${scoreCorrections.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(scoreCorrections.id, id), eq(scoreCorrections.version, body.version)))
      .returning();
    if (!after) throw staleVersion();
    await appendAudit(tx, {
      action: body.decision === 'approve' ? 'score.correction_approved' : 'score.correction_rejected',
      entityType: 'score_correction',
      entityId: id,
      before,
      after,
      detail: { sessionId: before.sessionId, registrationId: before.registrationId, from: before.oldScoreCenti, to: before.newScoreCenti, reason: body.reason },
    });
    const [row] = await correctionSelect(tx.db).where(eq(scoreCorrections.id, id));
    return toCorrectionView(tx.actor, row!);
  });
}
