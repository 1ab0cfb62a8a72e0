import { eq } from 'drizzle-orm';
import type { FilingFacts } from '@jiping/domain';
import type { Db } from '../../platform/db/client.ts';
import { filings, filingScope } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';

export type FilingRow = typeof filings.$inferSelect;

/**
 * Loads a filing with the facts its policy needs. `forUpdate` locks the row so a decision and
 * its checks see the state they change.
 */
export async function loadFiling(db: Db, id: string, { forUpdate = false } = {}): Promise<{ row: FilingRow; facts: FilingFacts }> {
  const query = db.select().from(filings).where(eq(filings.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('filing');
  const scope = await db.select({ occupationCode: filingScope.occupationCode }).from(filingScope).where(eq(filingScope.filingId, id));
  return {
    row,
    facts: {
      institutionId: row.institutionId,
      districtCode: row.districtCode,
      status: row.status,
      occupationCodes: [...new Set(scope.map((s) => s.occupationCode))],
    },
  };
}
