import { and, eq, sql } from 'drizzle-orm';
import { FILING_TRANSITIONS, REASON_REQUIRED, filingPolicy, type FilingAction } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { filings } from '../../platform/db/schema.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, staleVersion, validation } from '../../platform/errors.ts';
import { loadFiling, type FilingRow } from './filing-facts.ts';

export interface TransitionInput {
  id: string;
  action: FilingAction;
  version: number;
  reason?: string;
  /** Further columns the transition sets (numbers and validity on approval). */
  set?: Partial<typeof filings.$inferInsert>;
}

/**
 * The one way a filing changes status: policy check, reason check, compare-and-set on status and
 * version, and the audit event (which is also the filing's timeline), all in the caller's
 * transaction. Of two concurrent decisions on the same version, exactly one lands.
 */
export async function transitionFiling(ctx: ServiceContext, input: TransitionInput): Promise<FilingRow> {
  const { row, facts } = await loadFiling(ctx.db, input.id, { forUpdate: true });
  assertAllowed(filingPolicy(ctx.actor, input.action, facts));
  const reason = input.reason?.trim() ?? '';
  if (REASON_REQUIRED.includes(input.action) && !reason) {
    throw validation([{ field: 'reason', code: 'reason_required', messageKey: 'filing.reasonRequired' }]);
  }
  const to = FILING_TRANSITIONS[input.action].to;
  const now = ctx.now();
  const [updated] = await ctx.db
    .update(filings)
    .set({
      ...input.set,
      status: to,
      ...(input.action === 'submit' || input.action === 'resubmit' ? { submittedAt: now } : {}),
      ...(['approve', 'return', 'reject'].includes(input.action) ? { decidedAt: now } : {}),
      version: sql`${filings.version} + 1`,
      updatedAt: now,
    })
    .where(and(eq(filings.id, row.id), eq(filings.status, row.status), eq(filings.version, input.version)))
    .returning();
  if (!updated) throw staleVersion();
  await appendAudit(ctx, {
    action: `filing.${input.action}`,
    entityType: 'filing',
    entityId: row.id,
    before: row,
    after: updated,
    detail: { from: row.status, to, reason, kind: row.kind, institutionId: row.institutionId },
  });
  return updated;
}
