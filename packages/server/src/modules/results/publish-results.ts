import { maskPersonName, publicityEnd, resultsPolicy } from '@jiping/domain';
import { PublishResultsBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { resultsPublicationEntries, resultsPublications } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { bulkInsert } from '../../platform/db/bulk-insert.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { getParameter } from '../parameters/index.ts';
import { loadPlanResults } from './results-facts.ts';
import { planOutcomes } from './plan-outcomes.ts';
import { calendarFor } from './deadlines.ts';
import { planResultsView } from './get-plan-results.ts';

/**
 * Publishes a plan's results once every session is signed off: from today for N working days
 * (at least the parameter's; longer if the institution wants), through the holiday calendar. The
 * list is fixed as published: the masked name and 合格/不合格 of each admitted candidate.
 */
export async function publishResults({ ctx, planId, input }: { ctx: ServiceContext; planId: string; input: z.input<typeof PublishResultsBody> }) {
  const body = parseInput(PublishResultsBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const results = await loadPlanResults(tx, planId, { lock: true });
    assertAllowed(resultsPolicy(tx.actor, 'publish', results.facts));
    const minimum = await getParameter(tx, 'results.publicityWorkingDays');
    const workingDays = body.workingDays ?? minimum;
    if (workingDays < minimum) throw validation([{ field: 'workingDays', code: 'too_short', messageKey: 'results.publicityTooShort', params: { minimum: String(minimum) } }]);
    const outcomes = await planOutcomes(tx, results.plan);
    if (!outcomes.length) throw new AppError('PRECONDITION_FAILED', 'results.noCandidates');
    const startsOn = results.today;
    const endsOn = publicityEnd(startsOn, workingDays, await calendarFor(tx, startsOn, workingDays));
    const [publication] = await tx.db
      .insert(resultsPublications)
      .values({
        planId,
        institutionId: results.plan.institutionId,
        districtCode: results.plan.districtCode,
        startsOn,
        endsOn,
        workingDays,
        publishedBy: tx.actor.kind === 'user' ? tx.actor.userId : null,
        publishedAt: tx.now(),
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning();
    const entries = outcomes.map((o, i) => ({ publicationId: publication!.id, registrationId: o.registrationId, entryNo: i + 1, maskedName: maskPersonName(o.name), outcome: o.outcome }));
    await bulkInsert(tx.db, resultsPublicationEntries, entries);
    await appendAudit(tx, {
      action: 'results.published',
      entityType: 'plan',
      entityId: planId,
      after: { publication, entries },
      detail: { startsOn, endsOn, workingDays, entries: entries.length, passed: entries.filter((e) => e.outcome === 'passed').length },
    });
    return planResultsView(tx, await loadPlanResults(tx, planId));
  });
}
