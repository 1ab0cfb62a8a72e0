import type { ServiceContext } from '../../platform/context.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { loadFiling, type FilingRow } from './filing-facts.ts';
import { transitionFiling } from './filing-transition.ts';

export interface SanctionOnFiling {
  filingId: string;
  /** Suspend or terminate as a sanction decides; restore when a suspension has run its term (the daily job). */
  action: 'suspend' | 'terminate' | 'restore';
  reason: string;
}

/**
 * A sanction's change to a filing, through the filing's own workflow: the same transition, policy
 * (the reviewing bureau decides; the job only restores), reason check, compare-and-set and audit
 * event as a manual decision on the filing page, so the filing's timeline reads the same. Runs in
 * the caller's transaction, so the sanction and the filing's change commit together; the version
 * is the one read under the row lock here, the caller having decided on the filing it just loaded.
 */
export async function applySanctionToFiling(ctx: ServiceContext, input: SanctionOnFiling): Promise<FilingRow> {
  return withTransaction(ctx, async (tx) => {
    const { row } = await loadFiling(tx.db, input.filingId, { forUpdate: true });
    return transitionFiling(tx, { id: input.filingId, action: input.action, version: row.version, reason: input.reason });
  });
}
