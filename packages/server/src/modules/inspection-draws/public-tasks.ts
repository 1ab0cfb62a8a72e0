import { and, desc, eq, getTableColumns, isNotNull, lt, or } from 'drizzle-orm';
import { canonicalJson, departmentName, type DrawRecord } from '@jiping/domain';
import { PageQuery } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectionDraws, inspectionItems, inspectionTasks } from '../../platform/db/schema.ts';
import { decodeInstantCursor, encodeInstantCursor } from '../../platform/cursor.ts';
import { notFound } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { departmentOfTask, type TaskRow } from './queries.ts';
import { drawTargets } from './task-view.ts';

/** Published means committed: drafts are the department's own; a task cancelled after publishing stays listed, as cancelled. */
const published = isNotNull(inspectionTasks.committedAt);

function publicView(ctx: ServiceContext, task: Omit<TaskRow, 'candidates' | 'secretSealed'>, itemName: string, drawnAt: Date | null) {
  return {
    id: task.id,
    number: task.number,
    title: task.title,
    status: task.status,
    departmentName: departmentName(departmentOfTask(task), ctx.locale),
    itemName,
    commitment: task.commitment!,
    candidatesDigest: task.candidatesDigest!,
    committedAt: task.committedAt!.toISOString(),
    drawnAt: drawnAt?.toISOString() ?? null,
  };
}

/** The published tasks, newest commitment first, keyset-paged. */
export async function listPublicTasks({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof PageQuery> }) {
  const query = parseInput(PageQuery, input, ctx.locale, 'query');
  const cursor = decodeInstantCursor(query.cursor);
  const { candidates: _lists, secretSealed: _sealed, ...columns } = getTableColumns(inspectionTasks);
  const found = await ctx.db
    .select({ task: columns, itemName: inspectionItems.name, drawnAt: inspectionDraws.drawnAt })
    .from(inspectionTasks)
    .innerJoin(inspectionItems, eq(inspectionItems.id, inspectionTasks.inspectionItemId))
    .leftJoin(inspectionDraws, eq(inspectionDraws.taskId, inspectionTasks.id))
    .where(and(published, cursor ? or(lt(inspectionTasks.committedAt, cursor.at), and(eq(inspectionTasks.committedAt, cursor.at), lt(inspectionTasks.id, cursor.id))) : undefined))
    .orderBy(desc(inspectionTasks.committedAt), desc(inspectionTasks.id))
    .limit(query.limit + 1);
  const page = found.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => publicView(ctx, r.task, r.itemName, r.drawnAt)),
    nextCursor: found.length > query.limit && last ? encodeInstantCursor(last.task.committedAt!, last.task.id) : null,
  };
}

async function loadPublished(ctx: ServiceContext, id: string) {
  const [row] = await ctx.db
    .select({ task: inspectionTasks, itemName: inspectionItems.name, record: inspectionDraws.record, drawnAt: inspectionDraws.drawnAt })
    .from(inspectionTasks)
    .innerJoin(inspectionItems, eq(inspectionItems.id, inspectionTasks.inspectionItemId))
    .leftJoin(inspectionDraws, eq(inspectionDraws.taskId, inspectionTasks.id))
    .where(and(eq(inspectionTasks.id, id), published));
  if (!row) throw notFound('inspectionTask');
  return row;
}

/**
 * A published task: the commitment, the lists' digest and sizes, the witnesses and public source
 * named in advance; once drawn, the targets with their inspectors (names and certificate numbers,
 * which 双随机 practice publishes; nothing else about a person).
 */
export async function getPublicTask({ ctx, id }: { ctx: ServiceContext; id: string }) {
  const { task, itemName, record, drawnAt } = await loadPublished(ctx, id);
  return {
    ...publicView(ctx, task, itemName, drawnAt),
    witnesses: task.witnesses,
    publicSource: task.publicSource,
    ratios: task.ratios,
    inspectorsPerTarget: task.inspectorsPerTarget,
    excludeLocalDistrict: task.excludeLocalDistrict,
    scope: task.scope,
    partyCount: task.candidates!.parties.length,
    inspectorCount: task.candidates!.inspectors.length,
    targets: record ? drawTargets(record).targets.map(({ riskClass, partyCode, partyName, inspectors }) => ({ riskClass, partyCode, partyName, inspectors })) : null,
  };
}

/** The frozen candidate lists as canonical JSON (sorted keys, no spaces): its SHA-256 is the published digest. */
export async function candidatesFile({ ctx, id }: { ctx: ServiceContext; id: string }): Promise<{ fileName: string; content: string }> {
  const { task } = await loadPublished(ctx, id);
  return { fileName: `candidates-${task.number}.json`, content: canonicalJson(task.candidates) };
}

/** The full record of a drawn task, as stored; 404 before the draw. */
export async function drawRecord({ ctx, id }: { ctx: ServiceContext; id: string }): Promise<{ number: string; record: DrawRecord }> {
  const { task, record } = await loadPublished(ctx, id);
  if (!record) throw notFound('inspectionDraw');
  return { number: task.number, record };
}
