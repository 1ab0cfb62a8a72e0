import { asc, gt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditEvents } from '../db/schema.ts';
import { GENESIS_HASH, hashEvent } from './chain.ts';

export type BrokenLink = { seq: number; problem: 'hash_mismatch' | 'missing_rows' | 'prev_hash_mismatch' };
export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBroken: BrokenLink | null;
}

const BATCH = 2000;

/**
 * Walks the chain in order, recomputing every hash, and reports the first broken link: an edited
 * row fails its own hash; a deleted row leaves a gap in `seq` and a successor whose `prevHash`
 * no longer matches. Reads in keyset batches so a long chain does not load into memory at once.
 */
export async function verifyAuditChain(db: Db): Promise<ChainVerification> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const batch = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, expectedSeq - 1))
      .orderBy(asc(auditEvents.seq))
      .limit(BATCH);
    for (const row of batch) {
      if (row.seq !== expectedSeq) return broken(checked, { seq: row.seq, problem: 'missing_rows' });
      if (hashEvent(row) !== row.hash) return broken(checked, { seq: row.seq, problem: 'hash_mismatch' });
      if (row.prevHash !== prevHash) return broken(checked, { seq: row.seq, problem: 'prev_hash_mismatch' });
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (batch.length < BATCH) return { ok: true, checked, firstBroken: null };
  }
}

function broken(checked: number, firstBroken: BrokenLink): ChainVerification {
  return { ok: false, checked, firstBroken };
}
