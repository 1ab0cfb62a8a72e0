import { inspectionPolicy } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { factsOf, loadInspection } from './queries.ts';
import { inspectionView } from './inspection-view.ts';
import { renderInspectionReport } from './report-pdf.ts';

/**
 * The report PDF, for the officers in scope, the assigned inspectors and, once completed, the
 * institution. Rendered outside any transaction; each download is audited (like certificates).
 */
export async function downloadInspectionReport({ ctx, id }: { ctx: ServiceContext; id: string }): Promise<{ fileName: string; bytes: Buffer }> {
  const row = await loadInspection(ctx.db, id);
  assertAllowed(inspectionPolicy(ctx.actor, 'report', await factsOf(ctx.db, row)));
  const bytes = await renderInspectionReport(await inspectionView(ctx, row), ctx.now());
  await withTransaction(ctx, (tx) => appendAudit(tx, { action: 'inspection.report_downloaded', entityType: 'inspection', entityId: id, detail: { number: row.number, status: row.status } }));
  return { fileName: `督导检查报告-${row.number}.pdf`, bytes };
}
