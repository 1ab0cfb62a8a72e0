import { eq, sql } from 'drizzle-orm';
import { inspectionCounterScope, inspectionNumber, type DrawRecord } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { rows } from '../../platform/db/client.ts';
import { inspectionAssignments, inspectionDraws, inspections } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { nextNumbers } from '../../platform/db/next-number.ts';
import { bulkInsert } from '../../platform/db/bulk-insert.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { notify } from '../notifications/index.ts';
import { institutionsByFilingNumber, inspectorsByCertificate, loadTask } from './queries.ts';

/** Targets written per transaction: each chunk holds the database for a moment only. */
export const DRAW_CHUNK = 500;
/** Inspectors notified per transaction. */
const NOTIFY_CHUNK = 200;

/**
 * Writes the inspections of a drawn task that are not written yet, in chunks: each chunk locks
 * the task row (so two completers never interleave), finds which of its targets still have no
 * inspection (the unique index on task and institution backs it), numbers exactly those with
 * `nextNumbers` and writes them and their inspectors' assignments with `bulkInsert`. Then each
 * drawn inspector who has an account is told once (a dedupe key per task and inspector). Running
 * it again after an interruption finishes the work and writes nothing twice. Returns how many
 * inspections it wrote.
 */
export async function completeDraw(ctx: ServiceContext, taskId: string): Promise<number> {
  const [draw] = await ctx.db.select({ record: inspectionDraws.record }).from(inspectionDraws).where(eq(inspectionDraws.taskId, taskId));
  if (!draw) return 0;
  const record: DrawRecord = draw.record;
  const task = await loadTask(ctx, taskId);
  const institutions = await institutionsByFilingNumber(
    ctx.db,
    record.picks.map((p) => p.party),
  );
  const pool = await inspectorsByCertificate(ctx.db, [...new Set(record.picks.flatMap((p) => p.inspectors))]);
  const partyNames = new Map(record.candidates.parties.map((p) => [p.code, p.name]));
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date(record.drawnAt)));
  let written = 0;
  for (let start = 0; start < record.picks.length; start += DRAW_CHUNK) {
    const chunk = record.picks.slice(start, start + DRAW_CHUNK);
    written += await withTransaction(ctx, async (tx) => {
      await loadTask(tx, taskId, { lock: true });
      const ids = chunk.map((p) => institutions.get(p.party)?.institutionId).filter((x): x is string => Boolean(x));
      if (!ids.length) return 0;
      const existing = await rows<{ institutionId: string }>(tx.db, sql`select institution_id as "institutionId" from inspections where task_id = ${taskId} and institution_id in ${ids}`);
      const done = new Set(existing.map((r) => r.institutionId));
      const missing = chunk.filter((p) => {
        const institution = institutions.get(p.party);
        return institution && !done.has(institution.institutionId);
      });
      if (!missing.length) return 0;
      const first = await nextNumbers(tx, inspectionCounterScope(year), missing.length);
      const created = await bulkInsert(
        tx.db,
        inspections,
        missing.map((pick, i) => {
          const institution = institutions.get(pick.party)!;
          return {
            number: inspectionNumber(year, first + i),
            kind: 'random' as const,
            taskId,
            institutionId: institution.institutionId,
            districtCode: institution.districtCode,
            inspectionItemId: task.inspectionItemId,
            departmentKind: task.departmentKind,
            departmentDistrictCode: task.departmentKind === 'district' ? task.districtCode : null,
            title: `${task.title}：${partyNames.get(pick.party) ?? pick.party}`,
            methods: ['onsite' as const],
            status: 'assigned' as const,
            createdBy: task.committedBy,
            createdAt: tx.now(),
            updatedAt: tx.now(),
          };
        }),
        { returning: { id: inspections.id, institutionId: inspections.institutionId, number: inspections.number } },
      );
      const byInstitution = new Map(created.map((c) => [c.institutionId, c.id]));
      await bulkInsert(
        tx.db,
        inspectionAssignments,
        missing.flatMap((pick) => {
          const inspectionId = byInstitution.get(institutions.get(pick.party)!.institutionId)!;
          return pick.inspectors.flatMap((code) => {
            const inspector = pool.get(code);
            return inspector ? [{ inspectionId, inspectorId: inspector.id, createdAt: tx.now() }] : [];
          });
        }),
        { onConflict: { doNothing: true } },
      );
      await appendAudit(tx, {
        action: 'inspection.created_from_draw',
        entityType: 'inspection_task',
        entityId: taskId,
        after: created,
        detail: { number: task.number, inspections: created.length, first: created[0]?.number, last: created.at(-1)?.number },
      });
      return created.length;
    });
  }
  await notifyDrawnInspectors(ctx, taskId, record, pool);
  return written;
}

/** Each drawn inspector with an account hears once per task: how many targets, and where to find them. */
async function notifyDrawnInspectors(ctx: ServiceContext, taskId: string, record: DrawRecord, pool: Map<string, { id: string; userId: string | null; name: string }>) {
  const counts = new Map<string, number>();
  for (const pick of record.picks) for (const code of pick.inspectors) counts.set(code, (counts.get(code) ?? 0) + 1);
  const recipients = [...counts].flatMap(([code, count]) => {
    const inspector = pool.get(code);
    return inspector?.userId ? [{ inspectorId: inspector.id, userId: inspector.userId, count }] : [];
  });
  for (let start = 0; start < recipients.length; start += NOTIFY_CHUNK) {
    await withTransaction(ctx, async (tx) => {
      for (const r of recipients.slice(start, start + NOTIFY_CHUNK)) {
        await notify(tx, {
          userId: r.userId,
          kind: 'inspection_drawn',
          message: { title: 'notification.inspectionDrawn.title', body: 'notification.inspectionDrawn.body', params: { number: record.task.number, title: record.task.title, count: String(r.count) } },
          dedupeKey: `inspection-draw:${taskId}:${r.inspectorId}`,
        });
      }
    });
  }
}

/** Drawn tasks whose inspections are not all written (a draw cut off between its chunks): what the job completes. */
export async function completeInterruptedDraws(ctx: ServiceContext): Promise<{ tasks: number; inspections: number }> {
  const pending = await rows<{ id: string }>(
    ctx.db,
    sql`select t.id from inspection_tasks t join inspection_draws d on d.task_id = t.id
        where t.status = 'drawn' and (select count(*) from inspections n where n.task_id = t.id) < jsonb_array_length(d.record -> 'picks')`,
  );
  let total = 0;
  for (const { id } of pending) total += await completeDraw(ctx, id);
  return { tasks: pending.length, inspections: total };
}
