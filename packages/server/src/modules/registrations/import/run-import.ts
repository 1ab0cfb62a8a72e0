import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { and, eq } from 'drizzle-orm';
import { RELATION_AGREEMENT, shanghaiDate } from '@jiping/domain';
import type { ImportRowError } from '@jiping/contracts';
import type { ServiceContext } from '../../../platform/context.ts';
import { institutionAgreements, registrationImportRows, registrationImports } from '../../../platform/db/schema.ts';
import { ImportErrorLog } from './import-errors.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { appendAudit } from '../../../platform/audit/append-audit.ts';
import type { Keyring } from '../../../platform/crypto/keyring.ts';
import { blindIndex } from '../../../platform/crypto/pii.ts';
import { translate } from '../../../platform/i18n/messages.ts';
import { AppError } from '../../../platform/errors.ts';
import { inspectXlsx, XlsxLimitError } from '../../../platform/files/xlsx.ts';
import { getParameter } from '../../parameters/index.ts';
import { loadPlanForRegistration, type AgreementRow } from '../admission-inputs.ts';
import { assertOpenForRegistration } from '../apply.ts';
import { COLUMN_HEADER } from './columns.ts';
import { parseRow } from './parse-row.ts';
import { ImportFileError, readImportSheet } from './read-sheet.ts';
import { judgeRows, type CheckedRow } from './judge-rows.ts';
import { recordImportMismatches } from '../../people/index.ts';
import { stageRows } from './stage-rows.ts';
import { moveStagedRows } from './move-staged-rows.ts';

/** Kept on the import row; the count of all errors is kept too. */
const MAX_STORED_ERRORS = 1000;

class RejectImport extends Error {}
/** The import was marked failed by another process meanwhile (its runner looked dead): stop. */
class LostImport extends Error {}

/**
 * Runs one group registration import without ever holding the database for long: the sheet is
 * streamed in batches, each checked, judged and written to a staging table with its progress in
 * a few short statements, yielding between batches so other requests run. Only when the whole
 * file has been read does one short transaction move the staged rows into the real tables (set
 * based), so "all or nothing" and "valid rows" keep their meaning and an import cut off at any
 * point leaves nothing in them. Memory stays flat in the row count.
 */
export async function runImport({
  ctx,
  keyring,
  importId,
  filePath,
  runner,
  batchSize = 1000,
}: {
  ctx: ServiceContext;
  keyring: Keyring;
  importId: string;
  filePath: string;
  runner: number;
  batchSize?: number;
}) {
  const [job] = await ctx.db.select().from(registrationImports).where(eq(registrationImports.id, importId));
  if (!job) return;
  const tally = { total: 0, errorRows: 0, errors: [] as ImportRowError[] };
  // Every error goes to the full report; the first ones are also kept on the import for display.
  const log = new ImportErrorLog(importId);
  const addError = (row: number, column: string, message: string, countRow: boolean) => {
    if (countRow) tally.errorRows += 1;
    if (tally.errors.length < MAX_STORED_ERRORS) tally.errors.push({ row, column, message });
    log.add({ row, column, message });
  };
  try {
    const target = await loadPlanForRegistration(ctx.db, job.planId);
    assertOpenForRegistration(target, ctx.now());
    const today = shanghaiDate(ctx.now());
    const maxRows = await getParameter(ctx, 'registration.importMaxRows');
    // Checks the file against the upload limits, and counts its rows: a file over the limit is
    // refused before anything is read into the database. The header counts as a row.
    const counted = Math.max(0, (await inspectXlsx(filePath).catch(fileError)).rows - 1);
    if (counted > maxRows) throw new ImportFileError('import.tooManyRows', { max: String(maxRows) });
    await ctx.db.update(registrationImports).set({ totalRows: counted }).where(eq(registrationImports.id, importId));
    const agreements = await ctx.db.select().from(institutionAgreements).where(eq(institutionAgreements.institutionId, job.institutionId));
    const seen = new Map<string, number>();
    for await (const batch of readImportSheet(filePath, maxRows, batchSize)) {
      const checked: CheckedRow[] = [];
      for (const { row, values } of batch) {
        tally.total += 1;
        const { parsed, problems } = parseRow(row, values, target.category, today);
        const rowErrors = problems.map((p) => ({ column: COLUMN_HEADER[p.column], message: translate(p.key, ctx.locale, p.params) }));
        let blind = '';
        let agreement: AgreementRow | null = null;
        if (parsed) {
          blind = blindIndex(keyring, 'id_number', `${parsed.idType}:${parsed.idNumber}`);
          const first = seen.get(blind);
          if (first !== undefined) rowErrors.push({ column: COLUMN_HEADER.idNumber, message: translate('import.duplicateInFile', ctx.locale, { row: String(first) }) });
          else seen.set(blind, row);
          const needed = RELATION_AGREEMENT[parsed.relation.kind];
          if (needed) {
            agreement = agreements.find((a) => a.kind === needed && a.counterpartName === parsed.relation.agreementParty) ?? null;
            if (!agreement) rowErrors.push({ column: COLUMN_HEADER.agreementParty, message: translate(`import.noAgreement.${needed}`, ctx.locale, { party: parsed.relation.agreementParty }) });
          }
        }
        if (rowErrors.length || !parsed) {
          rowErrors.forEach((e, index) => addError(row, e.column, e.message, index === 0));
          continue;
        }
        checked.push({ ...parsed, blind, agreement });
      }
      const mismatches: Array<{ blind: string; personId: string }> = [];
      const judged = await judgeRows({ ctx, keyring, target, institutionId: job.institutionId, rows: checked, addError, onNameMismatch: (m) => mismatches.push(m) });
      await recordImportMismatches(ctx, importId, mismatches);
      // In "all or nothing" mode a bad row already decides the outcome: the rest is still judged
      // for its errors, but there is nothing left to stage.
      const staged = tally.errorRows && job.mode === 'all_or_nothing' ? [] : judged;
      for (const row of staged) row.importId = importId;
      await stageRows(ctx.db, importId, staged, { processed: tally.total, errorRows: tally.errorRows });
      await log.flush(ctx.db);
      // Let requests queued behind this batch have the database before the next one.
      await nextTurn();
    }
    if (tally.errorRows && job.mode === 'all_or_nothing') throw new RejectImport();
    await withTransaction(ctx, async (tx) => {
      // Claims the import for the closing transaction; if another process marked it failed
      // meanwhile, nothing is written.
      const [mine] = await tx.db
        .select({ id: registrationImports.id })
        .from(registrationImports)
        .where(and(eq(registrationImports.id, importId), eq(registrationImports.status, 'running'), eq(registrationImports.runner, runner)))
        .for('update');
      if (!mine) throw new LostImport();
      const plan = await loadPlanForRegistration(tx.db, job.planId, { forUpdate: true });
      assertOpenForRegistration(plan, tx.now());
      const moved = await moveStagedRows(tx, { job, target: plan, addError });
      if (!moved) throw new RejectImport();
      const { registrationIds, newPersons } = moved;
      await log.flush(tx.db);
      tally.errors.sort((a, b) => a.row - b.row);
      await tx.db
        .update(registrationImports)
        .set({ status: 'completed', totalRows: tally.total, processedRows: tally.total, acceptedRows: registrationIds.length, errorRows: tally.errorRows, errors: tally.errors, finishedAt: tx.now() })
        .where(eq(registrationImports.id, importId));
      await appendAudit(tx, {
        action: 'registration.imported',
        entityType: 'registration_import',
        entityId: importId,
        // The digest covers every registration written, without putting 100 000 ids in the trail.
        after: { registrationIds },
        detail: { planId: job.planId, mode: job.mode, rows: tally.total, accepted: registrationIds.length, errorRows: tally.errorRows, newPersons, sha256: job.sha256 },
      });
    });
  } catch (error) {
    if (error instanceof LostImport) return;
    // Refusals (bad rows in all-or-nothing mode, a bad file, a plan no longer open) are the
    // clerk's to fix and say why; anything else is a failure of ours.
    const refused = error instanceof RejectImport || error instanceof ImportFileError || error instanceof AppError;
    const status = refused ? 'rejected' : 'failed';
    const message =
      error instanceof ImportFileError
        ? translate(error.key, ctx.locale, error.params)
        : error instanceof AppError
          ? translate(error.messageKey, ctx.locale, error.params)
          : error instanceof RejectImport
            ? null
            : translate('import.failed', ctx.locale);
    tally.errors.sort((a, b) => a.row - b.row);
    await withTransaction(ctx, async (tx) => {
      const ended = await tx.db
        .update(registrationImports)
        .set({ status, totalRows: tally.total, processedRows: tally.total, acceptedRows: 0, errorRows: tally.errorRows, errors: tally.errors, message, finishedAt: tx.now() })
        .where(and(eq(registrationImports.id, importId), eq(registrationImports.status, 'running')))
        .returning({ id: registrationImports.id });
      if (!ended.length) return;
      await log.flush(tx.db);
      await appendAudit(tx, {
        action: `registration.import_${status}`,
        entityType: 'registration_import',
        entityId: importId,
        detail: { planId: job.planId, rows: tally.total, errorRows: tally.errorRows, message },
      });
    });
    if (status === 'failed') process.emitWarning(`registration import ${importId} failed: ${(error as Error).stack ?? error}`);
  } finally {
    // Staged rows are dead weight once the import has ended, whichever way.
    await ctx.db
      .delete(registrationImportRows)
      .where(eq(registrationImportRows.importId, importId))
      .catch(() => {});
  }
}

function fileError(error: unknown): never {
  if (error instanceof XlsxLimitError) throw new ImportFileError(error.messageKey, error.params);
  throw new ImportFileError('import.unreadable');
}

/** Hash of the uploaded bytes: the same file under the same key is the same import. */
export function sha256Of(buffer: Buffer): string {
  return createHash('sha256').update(buffer).digest('hex');
}
