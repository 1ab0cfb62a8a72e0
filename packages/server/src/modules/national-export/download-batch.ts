import { createHash } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { nationalExportCsv, nationalExportJson, nationalExportPolicy, type NationalExportRecord } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { unseal } from '../../platform/crypto/pii.ts';
import { nationalExportBatches, nationalExportItems } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed } from '../../platform/errors.ts';
import { loadBatch } from './batch-view.ts';

export type ExportFormat = 'csv' | 'json';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * A batch's file, CSV (UTF-8 with BOM) or JSON, with full ID numbers unsealed for the city. The
 * content is built only from what was recorded when the batch was prepared, in event order, so
 * every download of a batch gives the same bytes: the first download fixes both digests and moves
 * a prepared batch to exported; a later one that differed would be refused rather than sent.
 * Every download is audited with the batch, the format, the digest and the number of full ID numbers.
 */
export async function downloadBatch({
  ctx,
  keyring,
  id,
  format,
}: {
  ctx: ServiceContext;
  keyring: Keyring;
  id: string;
  format: ExportFormat;
}): Promise<{ fileName: string; content: string; digest: string }> {
  return withTransaction(ctx, async (tx) => {
    const batch = await loadBatch(tx, id, { lock: true });
    assertAllowed(nationalExportPolicy(tx.actor, 'download', batch));
    const retryOf = batch.retryOf ? await loadBatch(tx, batch.retryOf) : null;
    const items = await tx.db.select({ record: nationalExportItems.record }).from(nationalExportItems).where(eq(nationalExportItems.batchId, id)).orderBy(asc(nationalExportItems.eventId));
    const records = items.map(({ record }) => {
      const sealed = record as NationalExportRecord;
      return { ...sealed, idNumber: unseal(keyring, 'id_number', sealed.idNumber) };
    });
    const csv = nationalExportCsv(records);
    const json = nationalExportJson(
      {
        sequence: batch.sequence,
        attempt: batch.attempt,
        retryOfSequence: retryOf?.sequence ?? null,
        firstEventId: batch.firstEventId,
        lastEventId: batch.lastEventId,
        rowCount: batch.rowCount,
        preparedAt: batch.createdAt.toISOString(),
      },
      records,
    );
    const digests = { csvDigest: sha256(csv), jsonDigest: sha256(json) };
    if (batch.csvDigest === null) {
      const [updated] = await tx.db
        .update(nationalExportBatches)
        .set({
          ...digests,
          ...(batch.status === 'prepared' ? { status: 'exported' as const, exportedAt: tx.now() } : {}),
          version: sql`${nationalExportBatches.version} + 1`,
          updatedAt: tx.now(),
        })
        .where(and(eq(nationalExportBatches.id, id), eq(nationalExportBatches.version, batch.version)))
        .returning();
      await appendAudit(tx, { action: 'national_export.exported', entityType: 'national_export_batch', entityId: id, before: batch, after: updated, detail: { sequence: batch.sequence, ...digests } });
    } else if (batch.csvDigest !== digests.csvDigest || batch.jsonDigest !== digests.jsonDigest) {
      throw new AppError('CONFLICT', 'nationalExport.contentChanged', { sequence: String(batch.sequence) });
    }
    const digest = format === 'csv' ? digests.csvDigest : digests.jsonDigest;
    await appendAudit(tx, {
      action: 'national_export.downloaded',
      entityType: 'national_export_batch',
      entityId: id,
      detail: { sequence: batch.sequence, format, digest, rows: records.length, idNumbers: 'full' },
    });
    const name = `全国联网上报-${String(batch.sequence).padStart(6, '0')}`;
    return { fileName: `${name}.${format}`, content: format === 'csv' ? csv : json, digest };
  });
}
