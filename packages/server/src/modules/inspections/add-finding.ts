import { actorUserId, inspectionPolicy, type ChecklistLine } from '@jiping/domain';
import { AddFindingBody, type InspectionDetail } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectionFindings } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { factsOf, loadInspection } from './queries.ts';
import { inspectionView, loadItem } from './inspection-view.ts';

/**
 * An assigned inspector records a finding, against a checklist line of the item or general, while
 * the inspection is in progress. Findings are rows of their own (photos and files hang on them),
 * so recording one does not race the checklist's version; the inspection's row lock orders them.
 */
export async function addFinding({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof AddFindingBody> }): Promise<InspectionDetail> {
  const { checklistKey, description } = parseInput(AddFindingBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const row = await loadInspection(tx.db, id, { lock: true });
    assertAllowed(inspectionPolicy(tx.actor, 'fill', await factsOf(tx.db, row)));
    if (checklistKey) {
      const lines = (await loadItem(tx.db, row.inspectionItemId)).checklist as ChecklistLine[];
      if (!lines.some((line) => line.key === checklistKey))
        throw validation([{ field: 'checklistKey', code: 'unknown_line', messageKey: 'inspection.checklistUnknownLine', params: { key: checklistKey } }]);
    }
    const [finding] = await tx.db
      .insert(inspectionFindings)
      .values({ inspectionId: id, checklistKey: checklistKey ?? null, description, createdBy: actorUserId(tx.actor), createdAt: tx.now() })
      .returning();
    await appendAudit(tx, {
      action: 'inspection.finding_added',
      entityType: 'inspection',
      entityId: id,
      after: finding,
      detail: { number: row.number, findingId: finding!.id, checklistKey: checklistKey ?? null },
    });
    return inspectionView(tx, row);
  });
}
