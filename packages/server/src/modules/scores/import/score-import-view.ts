import { asc, eq } from 'drizzle-orm';
import { registrationImportPolicy, scoreSessionPolicy } from '@jiping/domain';
import type { ScoreImportView } from '@jiping/contracts';
import type { ServiceContext } from '../../../platform/context.ts';
import { scoreImportErrors, scoreImports } from '../../../platform/db/schema.ts';
import { importProgressView, rowErrorPages } from '../../../platform/db/row-errors.ts';
import { rowErrorReport, type RowErrorReport } from '../../../platform/files/row-error-report.ts';
import { assertAllowed, notFound } from '../../../platform/errors.ts';
import { translate } from '../../../platform/i18n/messages.ts';
import { loadScoreSession, scoreFacts } from '../score-session.ts';

export function toScoreImportView(row: typeof scoreImports.$inferSelect): ScoreImportView {
  return { ...importProgressView(row), sessionId: row.sessionId };
}

/** A score import and its progress: the institution that uploaded it, and the city. */
export async function getScoreImport({ ctx, id }: { ctx: ServiceContext; id: string }) {
  const [row] = await ctx.db.select().from(scoreImports).where(eq(scoreImports.id, id));
  if (!row) throw notFound('scoreImport');
  assertAllowed(registrationImportPolicy(ctx.actor, row.institutionId));
  return toScoreImportView(row);
}

export async function listSessionScoreImports({ ctx, sessionId }: { ctx: ServiceContext; sessionId: string }) {
  const loaded = await loadScoreSession(ctx.db, ctx.actor, sessionId);
  assertAllowed(scoreSessionPolicy(ctx.actor, 'read', scoreFacts(loaded)));
  assertAllowed(registrationImportPolicy(ctx.actor, loaded.session.institutionId));
  const rows = await ctx.db.select().from(scoreImports).where(eq(scoreImports.sessionId, sessionId)).orderBy(asc(scoreImports.createdAt));
  return { items: rows.map(toScoreImportView) };
}

/** Every refused row of a score import, as .xlsx or CSV, streamed. */
export async function scoreImportErrorReport({ ctx, id, format }: { ctx: ServiceContext; id: string; format: 'xlsx' | 'csv' }): Promise<RowErrorReport> {
  await getScoreImport({ ctx, id });
  return rowErrorReport({
    fileName: `${translate('scoreImport.report.fileName', ctx.locale)}.${format}`,
    format,
    header: [translate('import.report.row', ctx.locale), translate('import.report.column', ctx.locale), translate('import.report.message', ctx.locale)],
    sheetName: translate('import.report.sheet', ctx.locale),
    pages: () => rowErrorPages(ctx.db, scoreImportErrors, id),
  });
}
