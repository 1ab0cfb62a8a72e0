import { and, eq, sql } from 'drizzle-orm';
import { resultsPolicy } from '@jiping/domain';
import { AnswerObjectionBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { resultsObjections } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, notFound, staleVersion } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { loadPlanResults } from './results-facts.ts';
import { objectionAuditView, objectionViews } from './objection-view.ts';
import { recordFinalResults } from './record-final-results.ts';
import { mailObjector } from './mail-objector.ts';

/**
 * The institution answers an objection. The answer is kept with it for the district and the
 * file; an objector who gave an e-mail address is sent it (a phone number is not called or
 * texted by the platform: the institution reaches them itself, through the audited reveal). An
 * answer that leaves no objection open after publicity has ended makes the results final.
 */
export async function answerObjection({ ctx, keyring, id, input }: { ctx: ServiceContext; keyring: Keyring; id: string; input: z.input<typeof AnswerObjectionBody> }) {
  const { version, answer } = parseInput(AnswerObjectionBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const [found] = await tx.db.select({ planId: resultsObjections.planId }).from(resultsObjections).where(eq(resultsObjections.id, id));
    if (!found) throw notFound('objection');
    const results = await loadPlanResults(tx, found.planId, { lock: true });
    assertAllowed(resultsPolicy(tx.actor, 'answerObjection', results.facts));
    const [before] = await tx.db.select().from(resultsObjections).where(eq(resultsObjections.id, id)).for('update');
    if (before!.status === 'answered') throw new AppError('CONFLICT', 'results.objectionAnswered');
    const [after] = await tx.db
      .update(resultsObjections)
      .set({ status: 'answered', answer, answeredBy: tx.actor.kind === 'user' ? tx.actor.userId : null, answeredAt: tx.now(), version: sql`${resultsObjections.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(resultsObjections.id, id), eq(resultsObjections.version, version)))
      .returning();
    if (!after) throw staleVersion();
    await appendAudit(tx, {
      action: 'results.objection_answered',
      entityType: 'objection',
      entityId: id,
      before: objectionAuditView(before!),
      after: objectionAuditView(after),
      detail: { planId: found.planId },
    });
    if (after.contactKind === 'email') await mailObjector(tx, keyring, after, results.plan);
    await recordFinalResults(tx, { planId: found.planId });
    const [answered] = await objectionViews(tx, eq(resultsObjections.id, id));
    return answered!;
  });
}
