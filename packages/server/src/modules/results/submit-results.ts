import { lateWorkingDays, resultsPolicy } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { resultsSubmissions } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { nextNumber } from '../../platform/db/next-number.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { loadPlanResults } from './results-facts.ts';
import { submissionDue, workingDaysAfter } from './deadlines.ts';
import { workCalendar } from '../calendar/index.ts';
import { recordFinalResults } from './record-final-results.ts';
import { planResultsView } from './get-plan-results.ts';

/**
 * The institution submits its final results to the district (报送), or submits them again after a
 * return. A late submission is taken and recorded as late by the working days past its deadline,
 * which the district sees. The district's check is due N working days later. Results final by the
 * rule but not yet recorded so are recorded in the same transaction.
 */
export async function submitResults({ ctx, planId }: { ctx: ServiceContext; planId: string }) {
  return withTransaction(ctx, async (tx) => {
    const results = await loadPlanResults(tx, planId, { lock: true });
    assertAllowed(resultsPolicy(tx.actor, 'submit', results.facts));
    await recordFinalResults(tx, { planId });
    const dueOn = await submissionDue(tx, results);
    const today = results.today;
    const late = lateWorkingDays(dueOn, today, await workCalendar(tx, dueOn, today));
    const [submission] = await tx.db
      .insert(resultsSubmissions)
      .values({
        planId,
        institutionId: results.plan.institutionId,
        districtCode: results.plan.districtCode,
        // Numbered by the plan's counter row, never by counting earlier attempts: two submissions at once cannot share a number.
        attempt: await nextNumber(tx, `results-submission:${planId}`),
        dueOn,
        submittedOn: today,
        lateWorkingDays: late,
        submittedBy: tx.actor.kind === 'user' ? tx.actor.userId : null,
        submittedAt: tx.now(),
        reviewDueOn: await workingDaysAfter(tx, today, 'results.reviewWorkingDays'),
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning();
    await appendAudit(tx, {
      action: 'results.submitted',
      entityType: 'plan',
      entityId: planId,
      after: submission,
      detail: { attempt: submission!.attempt, dueOn, lateWorkingDays: late },
    });
    return planResultsView(tx, await loadPlanResults(tx, planId));
  });
}
