import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { bulkInsert } from '../../../platform/db/bulk-insert.ts';
import { registrationImportRows, registrationImports } from '../../../platform/db/schema.ts';
import type { StagedRow } from './judge-rows.ts';

/**
 * Writes one batch of judged rows to the staging table and the import's progress, in one short
 * transaction: atomic, and readable by any process polling the import.
 */
export async function stageRows(db: Db, importId: string, rows: StagedRow[], progress: { processed: number; errorRows: number }) {
  await db.transaction(async (tx) => {
    await bulkInsert(tx as unknown as Db, registrationImportRows, rows);
    await tx.update(registrationImports).set({ processedRows: progress.processed, errorRows: progress.errorRows }).where(eq(registrationImports.id, importId));
  });
}
