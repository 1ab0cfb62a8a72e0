import { eq, sql } from 'drizzle-orm';
import { allowedInspectionTaskActions, departmentName, INSTITUTION_CATEGORIES, type DrawRecord, type InstitutionCategory } from '@jiping/domain';
import type { InspectionTaskDetail, InspectionTaskView } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { rows } from '../../platform/db/client.ts';
import { inspectionDraws, inspectionItems, users } from '../../platform/db/schema.ts';
import { departmentOfTask, loadTask, type TaskRow } from './queries.ts';

export interface ItemRef {
  id: string;
  code: string;
  name: string;
}

/** A task as the list shows it: no candidate lists (they can be 100 000 rows), their sizes instead. */
export function taskView(ctx: ServiceContext, task: TaskRow, item: ItemRef): InspectionTaskView {
  const department = departmentOfTask(task);
  return {
    id: task.id,
    number: task.number,
    title: task.title,
    status: task.status,
    department,
    departmentName: departmentName(department, ctx.locale),
    item,
    // Categories were checked against the vocabulary when the draft was saved; the guard only narrows the type.
    scope: { ...task.scope, categories: task.scope.categories.filter((c): c is InstitutionCategory => (INSTITUTION_CATEGORIES as readonly string[]).includes(c)) },
    ratios: task.ratios,
    inspectorsPerTarget: task.inspectorsPerTarget,
    excludeLocalDistrict: task.excludeLocalDistrict,
    pool: task.pool,
    witnesses: task.witnesses,
    publicSource: task.publicSource,
    candidatesDigest: task.candidatesDigest,
    commitment: task.commitment,
    committedAt: task.committedAt?.toISOString() ?? null,
    partyCount: task.candidates?.parties.length ?? null,
    inspectorCount: task.candidates?.inspectors.length ?? null,
    drawnAt: null,
    cancelReason: task.cancelReason,
    createdAt: task.createdAt.toISOString(),
    version: task.version,
    allowedActions: allowedInspectionTaskActions(ctx.actor, { status: task.status, department }),
  };
}

export async function itemOfTask(ctx: ServiceContext, task: TaskRow): Promise<ItemRef> {
  const [item] = await ctx.db.select({ id: inspectionItems.id, code: inspectionItems.code, name: inspectionItems.name }).from(inspectionItems).where(eq(inspectionItems.id, task.inspectionItemId));
  return item!;
}

/**
 * A task with its draw: the targets by risk class with their inspectors (names from the frozen
 * lists), and the inspection written for each (by the party's filing number), so the page links
 * them and shows a draw whose inspections are still being written.
 */
export async function taskDetail(ctx: ServiceContext, id: string): Promise<InspectionTaskDetail> {
  const task = await loadTask(ctx, id);
  const item = await itemOfTask(ctx, task);
  const view = taskView(ctx, task, item);
  const [draw] = await ctx.db
    .select({ record: inspectionDraws.record, drawnAt: inspectionDraws.drawnAt, drawnByName: users.displayName })
    .from(inspectionDraws)
    .leftJoin(users, eq(users.id, inspectionDraws.drawnBy))
    .where(eq(inspectionDraws.taskId, id));
  if (!draw) return { ...view, draw: null };
  const written = await rows<{ code: string; id: string; number: string }>(
    ctx.db,
    sql`select f.filing_number as code, n.id, n.number
        from inspections n join filings f on f.institution_id = n.institution_id and f.kind = 'initial'
        where n.task_id = ${id}`,
  );
  const inspection = new Map(written.map((w) => [w.code, w]));
  return {
    ...view,
    drawnAt: draw.drawnAt.toISOString(),
    draw: { ...drawTargets(draw.record, inspection), drawnAt: draw.drawnAt.toISOString(), drawnByName: draw.drawnByName, inspectionsWritten: written.length },
  };
}

/** The picks of a record in words: party and inspector names from the record's own lists. */
export function drawTargets(record: DrawRecord, inspection: Map<string, { id: string; number: string }> = new Map()) {
  const parties = new Map(record.candidates.parties.map((p) => [p.code, p]));
  const pool = new Map(record.candidates.inspectors.map((i) => [i.code, i]));
  return {
    witnesses: record.entropy.witnesses,
    publicSource: record.entropy.publicSource,
    keyString: record.keyString,
    targets: record.picks.map((pick) => {
      const party = parties.get(pick.party)!;
      const written = inspection.get(pick.party);
      return {
        riskClass: pick.riskClass,
        partyCode: pick.party,
        partyName: party.name,
        districtCode: party.districtCode,
        inspectors: pick.inspectors.map((code) => ({ code, name: pool.get(code)?.name ?? code })),
        inspectionId: written?.id ?? null,
        inspectionNumber: written?.number ?? null,
      };
    }),
  };
}
