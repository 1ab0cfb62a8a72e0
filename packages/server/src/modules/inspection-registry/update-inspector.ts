import { and, eq, sql } from 'drizzle-orm';
import { inspectorPolicy } from '@jiping/domain';
import { UpdateInspectorBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectors } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, staleVersion } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { checkedInspectorFields } from './inspector-fields.ts';
import { inspectorDetail, loadInspector } from './queries.ts';

/**
 * Edits an inspector's record (compare-and-set on its version). A district officer keeps only
 * their district's inspectors, so both the department the inspector is in and the one they are
 * moved to must be theirs; moving one elsewhere is the city's.
 */
export async function updateInspector({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof UpdateInspectorBody> }) {
  const { version, ...body } = parseInput(UpdateInspectorBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const before = await loadInspector(tx.db, id, { lock: true });
    assertAllowed(inspectorPolicy(tx.actor, before));
    assertAllowed(inspectorPolicy(tx.actor, body));
    const fields = await checkedInspectorFields(tx, body, id);
    const [row] = await tx.db
      .update(inspectors)
      .set({ ...fields, version: sql`${inspectors.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(inspectors.id, id), eq(inspectors.version, version)))
      .returning();
    if (!row) throw staleVersion();
    const changed = (Object.keys(fields) as Array<keyof typeof fields>).filter((key) => before[key] !== row[key]);
    await appendAudit(tx, { action: 'inspector.updated', entityType: 'inspector', entityId: id, before, after: row, detail: { certificateNumber: row.certificateNumber, changed } });
    return inspectorDetail(tx, id);
  });
}
