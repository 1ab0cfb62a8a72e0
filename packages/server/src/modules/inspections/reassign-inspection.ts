import { eq } from 'drizzle-orm';
import { ReassignInspectionBody, type InspectionDetail } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectionAssignments } from '../../platform/db/schema.ts';
import { bulkInsert } from '../../platform/db/bulk-insert.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { changeInspection } from './inspection-change.ts';
import { checkInspectorChoice } from './inspector-choice.ts';

/** The running department replaces the inspectors before the inspection starts, with the same checks as at creation (active, no conflict, ≥ 2). */
export async function reassignInspection({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof ReassignInspectionBody> }): Promise<InspectionDetail> {
  const { version, inspectorIds } = parseInput(ReassignInspectionBody, input, ctx.locale);
  let chosen: Array<{ id: string }> = [];
  return changeInspection(ctx, {
    id,
    operation: 'reassign',
    version,
    action: 'inspection.reassigned',
    change: async (tx, row) => {
      chosen = await checkInspectorChoice(tx.db, inspectorIds, row.institutionId);
      return {};
    },
    alsoWrite: async (tx, row) => {
      await tx.db.delete(inspectionAssignments).where(eq(inspectionAssignments.inspectionId, row.id));
      await bulkInsert(
        tx.db,
        inspectionAssignments,
        chosen.map((inspector) => ({ inspectionId: row.id, inspectorId: inspector.id, confirmedAt: null, createdAt: tx.now() })),
      );
    },
    detail: () => ({ inspectorIds: chosen.map((i) => i.id) }),
  });
}
