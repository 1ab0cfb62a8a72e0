import { setImmediate as nextTurn } from 'node:timers/promises';
import { and, eq, sql } from 'drizzle-orm';
import { actorUserId, parseScore, sameName, scoreSessionPolicy } from '@jiping/domain';
import type { ImportRowError } from '@jiping/contracts';
import type { ServiceContext } from '../../../platform/context.ts';
import { rows as queryRows, type Db } from '../../../platform/db/client.ts';
import { componentScores, examinerScores, examSeats, examTickets, persons, registrations, scoreImportErrors, scoreImportRows, scoreImports } from '../../../platform/db/schema.ts';
import { bulkInsert, excluded } from '../../../platform/db/bulk-insert.ts';
import { RowErrorLog } from '../../../platform/db/row-errors.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { appendAudit } from '../../../platform/audit/append-audit.ts';
import { AppError, assertAllowed } from '../../../platform/errors.ts';
import { inspectXlsx, XlsxLimitError } from '../../../platform/files/xlsx.ts';
import { translate } from '../../../platform/i18n/messages.ts';
import { loadScoreSession, rulesFor, scoreFacts } from '../score-session.ts';
import { recombine } from '../combine-scores.ts';
import { NAME_HEADER, sheetLayout, TICKET_HEADER } from './sheet-layout.ts';
import { readScoreSheet, ScoreFileError, scoreCell, ticketText } from './read-score-sheet.ts';

/** Rows of one score sheet (a session holds far fewer); platform rule. */
export const MAX_SCORE_ROWS = 100_000;
/** Kept on the import row for display; every error goes to the full report. */
const MAX_STORED_ERRORS = 1000;

class RejectImport extends Error {}
/** The import was marked failed by another process meanwhile (its runner looked dead): stop. */
class LostImport extends Error {}

interface StagedScoreRow {
  row: number;
  registrationId: string;
  scores: number[];
}

/** One batch of checked rows and the import's progress, together. */
async function stageScoreRows(db: Db, importId: string, staged: StagedScoreRow[], progress: { processed: number; errorRows: number }) {
  await db.transaction(async (tx) => {
    await bulkInsert(
      tx as unknown as Db,
      scoreImportRows,
      staged.map((row) => ({ importId, ...row })),
    );
    await tx.update(scoreImports).set({ processedRows: progress.processed, errorRows: progress.errorRows }).where(eq(scoreImports.id, importId));
  });
}

/**
 * Reads a session's score sheet without holding the database: batches of rows are checked (the
 * header against the session's scorers; each row's ticket number known, once in the file, seated
 * in this session, with the name on record; each score 0–100 with two decimals at most, none for
 * an absent candidate and one for everyone else), staged, and the errors written to the full
 * report. Policy: all or nothing. One bad row and no score is written; otherwise one short
 * transaction writes every score set-based and recombines the session.
 */
export async function runScoreImport({ ctx, importId, filePath, runner, batchSize = 1000 }: { ctx: ServiceContext; importId: string; filePath: string; runner: number; batchSize?: number }) {
  const [job] = await ctx.db.select().from(scoreImports).where(eq(scoreImports.id, importId));
  if (!job) return;
  const t = (key: string, params?: Record<string, string>) => translate(key, ctx.locale, params);
  const tally = { total: 0, errorRows: 0, errors: [] as ImportRowError[] };
  const log = new RowErrorLog(scoreImportErrors, importId);
  const addError = (row: number, column: string, message: string, countRow: boolean) => {
    if (countRow) tally.errorRows += 1;
    if (tally.errors.length < MAX_STORED_ERRORS) tally.errors.push({ row, column, message });
    log.add({ row, column, message });
  };
  try {
    const loaded = await loadScoreSession(ctx.db, ctx.actor, job.sessionId);
    assertAllowed(scoreSessionPolicy(ctx.actor, 'import', scoreFacts(loaded)));
    const counted = Math.max(0, (await inspectXlsx(filePath).catch(fileError)).rows - 1);
    if (counted > MAX_SCORE_ROWS) throw new ScoreFileError('scoreImport.tooManyRows', { max: String(MAX_SCORE_ROWS) });
    await ctx.db.update(scoreImports).set({ totalRows: counted }).where(eq(scoreImports.id, importId));
    const layout = await sheetLayout(ctx.db, loaded);
    const seats = new Map(
      (await ctx.db.select({ registrationId: examSeats.registrationId, absent: examSeats.absent }).from(examSeats).where(eq(examSeats.sessionId, job.sessionId))).map((s) => [
        s.registrationId,
        s.absent,
      ]),
    );
    const seen = new Map<string, number>();
    for await (const batch of readScoreSheet(filePath, layout, MAX_SCORE_ROWS, batchSize)) {
      const numbers = [...new Set(batch.flatMap((r) => ticketText(r.ticket) || []))];
      const known = numbers.length
        ? await ctx.db
            .select({ ticket: examTickets.ticketNumber, registrationId: examTickets.registrationId, name: persons.name })
            .from(examTickets)
            .innerJoin(registrations, eq(registrations.id, examTickets.registrationId))
            .innerJoin(persons, eq(persons.id, registrations.personId))
            .where(sql`${examTickets.ticketNumber} in (select jsonb_array_elements_text(${JSON.stringify(numbers)}::jsonb))`)
        : [];
      const byTicket = new Map(known.map((k) => [k.ticket, k]));
      const staged: StagedScoreRow[] = [];
      for (const r of batch) {
        tally.total += 1;
        const problems: Array<{ column: string; message: string }> = [];
        const ticket = ticketText(r.ticket);
        let candidate: { registrationId: string; absent: boolean } | null = null;
        if (ticket === null) problems.push({ column: TICKET_HEADER, message: t('scoreImport.ticketAsNumber') });
        else if (!ticket) problems.push({ column: TICKET_HEADER, message: t('scoreImport.ticketRequired') });
        else if (seen.has(ticket)) problems.push({ column: TICKET_HEADER, message: t('scoreImport.duplicateTicket', { row: String(seen.get(ticket)) }) });
        else {
          seen.set(ticket, r.row);
          const found = byTicket.get(ticket);
          if (!found) problems.push({ column: TICKET_HEADER, message: t('scoreImport.unknownTicket', { ticket }) });
          else if (!seats.has(found.registrationId)) problems.push({ column: TICKET_HEADER, message: t('scoreImport.notSeated', { ticket }) });
          else {
            if (!sameName(found.name, r.name)) problems.push({ column: NAME_HEADER, message: t('scoreImport.nameMismatch') });
            candidate = { registrationId: found.registrationId, absent: seats.get(found.registrationId)! };
          }
        }
        const scores: number[] = [];
        layout.forEach((column, i) => {
          const cell = scoreCell(r.scores[i] ?? null);
          if (cell.blank) {
            if (candidate && !candidate.absent) problems.push({ column: column.header, message: t('scoreImport.scoreRequired') });
            return;
          }
          const parsed = parseScore(cell.value);
          if ('problem' in parsed) problems.push({ column: column.header, message: t(`score.${parsed.problem}`) });
          else if (candidate?.absent) problems.push({ column: column.header, message: t('score.absent') });
          else scores.push(parsed.centi);
        });
        if (problems.length) problems.forEach((p, i) => addError(r.row, p.column, p.message, i === 0));
        else if (candidate && !candidate.absent) staged.push({ row: r.row, registrationId: candidate.registrationId, scores });
      }
      // All or nothing: once a row is wrong nothing will be written, so nothing more is staged.
      await stageScoreRows(ctx.db, importId, tally.errorRows ? [] : staged, { processed: tally.total, errorRows: tally.errorRows });
      await log.flush(ctx.db);
      // Let requests queued behind this batch have the database before the next one.
      await nextTurn();
    }
    if (tally.errorRows) throw new RejectImport();
    await withTransaction(ctx, async (tx) => {
      const [mine] = await tx.db
        .select({ id: scoreImports.id })
        .from(scoreImports)
        .where(and(eq(scoreImports.id, importId), eq(scoreImports.status, 'running'), eq(scoreImports.runner, runner)))
        .for('update');
      if (!mine) throw new LostImport();
      const current = await loadScoreSession(tx.db, tx.actor, job.sessionId, { forUpdate: true });
      assertAllowed(scoreSessionPolicy(tx.actor, 'import', scoreFacts(current)));
      const staffIds = (await sheetLayout(tx.db, current)).map((c) => c.staffId);
      if (staffIds.join() !== layout.map((c) => c.staffId).join()) throw new AppError('CONFLICT', 'scoreImport.scorersChanged');
      // A candidate marked absent (or moved) while the file was read no longer takes a score.
      const moved = await queryRows<{ row: number }>(
        tx.db,
        sql`select r.row from score_import_rows r left join exam_seats st on st.session_id = ${job.sessionId} and st.registration_id = r.registration_id
          where r.import_id = ${importId} and (st.registration_id is null or st.absent) order by r.row`,
      );
      for (const m of moved) addError(m.row, TICKET_HEADER, t('scoreImport.changedMeanwhile'), true);
      if (moved.length) throw new RejectImport();
      const rules = await rulesFor(tx, current.session, current.occupationCode);
      const now = tx.now();
      const staged = sql`${scoreImportRows} where ${scoreImportRows.importId} = ${importId}`;
      if (current.session.component === 'theory') {
        const score = sql<number>`${scoreImportRows.scores}[1]`;
        await bulkInsert(
          tx.db,
          componentScores,
          {
            select: {
              sessionId: job.sessionId,
              registrationId: scoreImportRows.registrationId,
              component: 'theory',
              scoreCenti: score,
              passed: sql`${score} >= ${rules.passMark * 100}`,
              createdAt: now,
              updatedAt: now,
            },
            from: staged,
          },
          {
            onConflict: {
              target: [componentScores.sessionId, componentScores.registrationId],
              update: ['scoreCenti', 'passed', 'updatedAt'],
              set: { combination: null, spreadCenti: null, spreadWarning: false, version: sql`${componentScores.version} + 1` },
              setWhere: sql`${componentScores.lockedAt} is null and ${componentScores.scoreCenti} is distinct from ${excluded(componentScores.scoreCenti)}`,
            },
          },
        );
      } else {
        // One row per examiner column of each staged row: the columns' examiners, in order, beside the row's scores.
        await bulkInsert(
          tx.db,
          examinerScores,
          {
            select: {
              sessionId: job.sessionId,
              registrationId: scoreImportRows.registrationId,
              staffId: sql`x.staff_id`,
              scoreCenti: sql`x.score`,
              enteredBy: actorUserId(tx.actor),
              importId,
              createdAt: now,
              updatedAt: now,
            },
            from: sql`${scoreImportRows} cross join lateral unnest(${`{${staffIds.join(',')}}`}::uuid[], ${scoreImportRows.scores}) as x(staff_id, score) where ${scoreImportRows.importId} = ${importId}`,
          },
          {
            onConflict: {
              target: [examinerScores.sessionId, examinerScores.registrationId, examinerScores.staffId],
              update: ['scoreCenti', 'enteredBy', 'importId', 'updatedAt'],
              set: { version: sql`${examinerScores.version} + 1` },
              setWhere: sql`${examinerScores.scoreCenti} is distinct from ${excluded(examinerScores.scoreCenti)}`,
            },
          },
        );
      }
      const combined = current.session.component === 'theory' ? [] : await recombine(tx, current, rules, null);
      const written = await tx.db.select({ registrationId: scoreImportRows.registrationId }).from(scoreImportRows).where(eq(scoreImportRows.importId, importId)).orderBy(scoreImportRows.row);
      await tx.db
        .update(scoreImports)
        .set({ status: 'completed', totalRows: tally.total, processedRows: tally.total, acceptedRows: written.length, errorRows: 0, errors: [], finishedAt: now })
        .where(eq(scoreImports.id, importId));
      await appendAudit(tx, {
        action: 'score.imported',
        entityType: 'score_import',
        entityId: importId,
        // The digest covers every candidate scored, without putting thousands of ids in the trail.
        after: { registrationIds: written.map((w) => w.registrationId) },
        detail: { sessionId: job.sessionId, rows: tally.total, accepted: written.length, spreadWarnings: combined.filter((c) => c.spreadWarning).length, sha256: job.sha256 },
      });
    });
  } catch (error) {
    if (error instanceof LostImport) return;
    // Refusals (bad rows, a bad file, a session no longer open) are the clerk's to fix and say
    // why; anything else is a failure of ours.
    const refused = error instanceof RejectImport || error instanceof ScoreFileError || error instanceof AppError;
    const status = refused ? 'rejected' : 'failed';
    if (error instanceof ScoreFileError) error.columns.forEach((c, i) => addError(1, c.column, t(c.key, c.params), i === 0));
    const message =
      error instanceof ScoreFileError ? t(error.key, error.params) : error instanceof AppError ? t(error.messageKey, error.params) : error instanceof RejectImport ? null : t('import.failed');
    tally.errors.sort((a, b) => a.row - b.row);
    await withTransaction(ctx, async (tx) => {
      const ended = await tx.db
        .update(scoreImports)
        .set({ status, totalRows: tally.total, processedRows: tally.total, acceptedRows: 0, errorRows: tally.errorRows, errors: tally.errors, message, finishedAt: tx.now() })
        .where(and(eq(scoreImports.id, importId), eq(scoreImports.status, 'running')))
        .returning({ id: scoreImports.id });
      if (!ended.length) return;
      await log.flush(tx.db);
      await appendAudit(tx, {
        action: `score.import_${status}`,
        entityType: 'score_import',
        entityId: importId,
        detail: { sessionId: job.sessionId, rows: tally.total, errorRows: tally.errorRows, message },
      });
    });
    if (status === 'failed') process.emitWarning(`score import ${importId} failed: ${(error as Error).stack ?? error}`);
  } finally {
    // Staged rows are dead weight once the import has ended, whichever way.
    await ctx.db
      .delete(scoreImportRows)
      .where(eq(scoreImportRows.importId, importId))
      .catch(() => {});
  }
}

function fileError(error: unknown): never {
  if (error instanceof XlsxLimitError) throw new ScoreFileError(error.messageKey, error.params);
  throw new ScoreFileError('import.unreadable');
}
