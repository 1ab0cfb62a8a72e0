import { and, eq, sql } from 'drizzle-orm';
import { archiveRetention, resultsPolicy, type SubmissionDecision } from '@jiping/domain';
import { SubmissionDecisionBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { planArchives, resultsSubmissions } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, staleVersion, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { getParameter } from '../parameters/index.ts';
import { notify } from '../notifications/index.ts';
import { loadPlanResults } from './results-facts.ts';
import { workingDaysAfter } from './deadlines.ts';
import { planParams } from './notices.ts';
import { planResultsView } from './get-plan-results.ts';

/**
 * The district checks a submission: accepts it, which forms the plan's file (档案) with its
 * retention (paper and electronic, parameters), or returns it with a reason, giving the
 * institution N working days to correct and submit again. The institution is told either way.
 */
export async function decideSubmission({ ctx, planId, decision, input }: { ctx: ServiceContext; planId: string; decision: SubmissionDecision; input: z.input<typeof SubmissionDecisionBody> }) {
  const { version, reason } = parseInput(SubmissionDecisionBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const results = await loadPlanResults(tx, planId, { lock: true });
    assertAllowed(resultsPolicy(tx.actor, decision, results.facts));
    if (decision === 'return' && !reason) throw validation([{ field: 'reason', code: 'reason_required', messageKey: 'filing.reasonRequired' }]);
    const current = results.submissions.at(-1)!;
    const correctionDueOn = decision === 'return' ? await workingDaysAfter(tx, results.today, 'results.correctionWorkingDays') : null;
    const [decided] = await tx.db
      .update(resultsSubmissions)
      .set({
        status: decision === 'accept' ? 'accepted' : 'returned',
        decidedBy: tx.actor.kind === 'user' ? tx.actor.userId : null,
        decidedAt: tx.now(),
        decisionReason: reason,
        correctionDueOn,
        version: sql`${resultsSubmissions.version} + 1`,
        updatedAt: tx.now(),
      })
      .where(and(eq(resultsSubmissions.id, current.id), eq(resultsSubmissions.version, version)))
      .returning();
    if (!decided) throw staleVersion();
    await appendAudit(tx, {
      action: `results.${decision === 'accept' ? 'accepted' : 'returned'}`,
      entityType: 'plan',
      entityId: planId,
      before: current,
      after: decided,
      detail: { attempt: decided.attempt, reason },
    });
    let retainUntil = '';
    if (decision === 'accept') {
      const retention = archiveRetention(results.today, await getParameter(tx, 'archive.paperRetentionYears'), await getParameter(tx, 'archive.electronicRetentionYears'));
      const [archive] = await tx.db
        .insert(planArchives)
        .values({ planId, institutionId: results.plan.institutionId, districtCode: results.plan.districtCode, archivedOn: results.today, ...retention, createdAt: tx.now() })
        .returning();
      await appendAudit(tx, { action: 'results.archived', entityType: 'plan', entityId: planId, after: archive, detail: retention });
      retainUntil = retention.electronicRetainUntil;
    }
    const outcome = decision === 'accept' ? 'accepted' : 'returned';
    await notify(tx, {
      institutionId: results.plan.institutionId,
      kind: `results.${outcome}`,
      message: {
        title: `notification.submission.${outcome}.title`,
        body: `notification.submission.${outcome}.body`,
        params: { ...planParams(results.plan), reason, dueOn: correctionDueOn ?? '', retainUntil },
      },
    });
    return planResultsView(tx, await loadPlanResults(tx, planId));
  });
}
