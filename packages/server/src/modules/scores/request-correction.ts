import { and, eq } from 'drizzle-orm';
import { scoreSessionPolicy } from '@jiping/domain';
import { RequestScoreCorrectionBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { componentScores, scoreCorrections } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { loadScoreSession, scoreFacts } from './score-session.ts';
import { scoreFromInput } from './enter-score.ts';
import { correctionSelect, toCorrectionView } from './correction-view.ts';

/**
 * Asks for a locked score to change (成绩更正): the new score and why, by the institution's
 * administrator or one of the session's scorers. Nothing changes until a second person approves
 * it; one open request per score at a time.
 */
export async function requestScoreCorrection({
  ctx,
  sessionId,
  registrationId,
  input,
}: {
  ctx: ServiceContext;
  sessionId: string;
  registrationId: string;
  input: z.input<typeof RequestScoreCorrectionBody>;
}) {
  const body = parseInput(RequestScoreCorrectionBody, input, ctx.locale);
  const newScoreCenti = scoreFromInput(body.score);
  return withTransaction(ctx, async (tx) => {
    const loaded = await loadScoreSession(tx.db, tx.actor, sessionId, { forUpdate: true });
    assertAllowed(scoreSessionPolicy(tx.actor, 'requestCorrection', scoreFacts(loaded)));
    if (tx.actor.kind !== 'user') throw new AppError('FORBIDDEN', 'policy.score.correctionRequester');
    const [score] = await tx.db
      .select()
      .from(componentScores)
      .where(and(eq(componentScores.sessionId, sessionId), eq(componentScores.registrationId, registrationId)));
    if (!score || score.scoreCenti === null) throw new AppError('UNPROCESSABLE', score?.absent ? 'score.absent' : 'score.correction.noScore');
    if (score.scoreCenti === newScoreCenti) throw validation([{ field: 'score', code: 'unchanged', messageKey: 'score.correction.unchanged' }]);
    // The session row is locked: no second request for the same score can pass this check at once.
    const [open] = await tx.db
      .select({ id: scoreCorrections.id })
      .from(scoreCorrections)
      .where(and(eq(scoreCorrections.sessionId, sessionId), eq(scoreCorrections.registrationId, registrationId), eq(scoreCorrections.status, 'pending')));
    if (open) throw new AppError('CONFLICT', 'score.correction.pending');
    const now = tx.now();
    const [created] = await tx.db
      .insert(scoreCorrections)
      .values({
        sessionId,
        registrationId,
        institutionId: loaded.session.institutionId,
        districtCode: loaded.session.districtCode,
        component: loaded.session.component,
        oldScoreCenti: score.scoreCenti,
        newScoreCenti,
        reason: body.reason,
        requestedBy: tx.actor.userId,
        requestedByName: tx.actor.displayName,
        requestedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await appendAudit(tx, {
      action: 'score.correction_requested',
      entityType: 'score_correction',
      entityId: created!.id,
      after: created,
      detail: { sessionId, registrationId, from: score.scoreCenti, to: newScoreCenti, reason: body.reason },
    });
    const [row] = await correctionSelect(tx.db).where(eq(scoreCorrections.id, created!.id));
    return toCorrectionView(tx.actor, row!);
  });
}
