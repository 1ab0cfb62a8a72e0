import { canAddInspectors, inspectorPolicy } from '@jiping/domain';
import { InspectorBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectors } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { checkedInspectorFields } from './inspector-fields.ts';
import { inspectorDetail } from './queries.ts';

/** Adds an inspector to 执法检查人员名录: the city in any department, a district officer in their own district's bureau. */
export async function createInspector({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof InspectorBody> }) {
  assertAllowed(canAddInspectors(ctx.actor));
  const body = parseInput(InspectorBody, input, ctx.locale);
  assertAllowed(inspectorPolicy(ctx.actor, body));
  return withTransaction(ctx, async (tx) => {
    const fields = await checkedInspectorFields(tx, body, null);
    const [row] = await tx.db
      .insert(inspectors)
      .values({ ...fields, createdAt: tx.now(), updatedAt: tx.now() })
      .returning();
    await appendAudit(tx, {
      action: 'inspector.created',
      entityType: 'inspector',
      entityId: row!.id,
      after: row,
      detail: { certificateNumber: row!.certificateNumber, departmentKind: row!.departmentKind, districtCode: row!.districtCode, accountLinked: row!.userId !== null },
    });
    return inspectorDetail(tx, row!.id);
  });
}
