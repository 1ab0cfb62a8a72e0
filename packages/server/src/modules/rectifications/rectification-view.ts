import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { allowedRectificationActions, districtName, rectificationOverdue, shanghaiDate, type InspectionFollowUpFacts } from '@jiping/domain';
import type { RectificationDetail, RectificationSummary } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { auditEvents, inspectionFiles, inspectionFindings, inspections, institutions, rectificationOrders } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';

export type OrderRow = typeof rectificationOrders.$inferSelect;

/** The order row, locked for a change when asked; 404 when there is none. */
export async function loadOrder(db: Db, id: string, { lock = false } = {}): Promise<OrderRow> {
  const query = db.select().from(rectificationOrders).where(eq(rectificationOrders.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('rectificationOrder');
  return row;
}

const columns = {
  order: rectificationOrders,
  inspectionNumber: inspections.number,
  inspectionTitle: inspections.title,
  findingDescription: inspectionFindings.description,
  institutionName: institutions.name,
};

/** Orders as the lists show them, newest first (by creation, then id: the keyset of the pages). */
export async function orderSummaries(ctx: ServiceContext, where: SQL | undefined, limit: number): Promise<RectificationSummary[]> {
  const rows = await ctx.db
    .select(columns)
    .from(rectificationOrders)
    .innerJoin(inspections, eq(inspections.id, rectificationOrders.inspectionId))
    .innerJoin(institutions, eq(institutions.id, rectificationOrders.institutionId))
    .leftJoin(inspectionFindings, eq(inspectionFindings.id, rectificationOrders.findingId))
    .where(where ?? sql`true`)
    .orderBy(desc(rectificationOrders.createdAt), desc(rectificationOrders.id))
    .limit(limit);
  const today = shanghaiDate(ctx.now());
  return rows.map((row) => toSummary(ctx, row, today));
}

function toSummary(
  ctx: ServiceContext,
  row: { order: OrderRow; inspectionNumber: string; inspectionTitle: string; findingDescription: string | null; institutionName: string },
  today: string,
): RectificationSummary {
  const o = row.order;
  return {
    id: o.id,
    number: o.number,
    inspectionId: o.inspectionId,
    inspectionNumber: row.inspectionNumber,
    inspectionTitle: row.inspectionTitle,
    findingId: o.findingId,
    findingDescription: row.findingDescription,
    institutionId: o.institutionId,
    institutionName: row.institutionName,
    districtCode: o.districtCode,
    districtName: districtName(o.districtCode, ctx.locale),
    requirement: o.requirement,
    deadline: o.deadline,
    status: o.status,
    overdue: rectificationOverdue(o, today),
    overdueSince: o.overdueSince,
    respondedAt: o.respondedAt?.toISOString() ?? null,
    decidedAt: o.decidedAt?.toISOString() ?? null,
    createdAt: o.createdAt.toISOString(),
    version: o.version,
  };
}

/** The timeline of an order or a request: its audit events, each with the text written at that step. */
export async function followUpTimeline(db: Db, entityType: string, id: string): Promise<RectificationDetail['timeline']> {
  const events = await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, id)))
    .orderBy(asc(auditEvents.seq));
  return events.map((event) => {
    const detail = event.detail as { from?: string | null; to?: string | null; text?: string };
    return { at: event.at.toISOString(), actorName: event.actorName, action: event.action, from: detail.from ?? null, to: detail.to ?? null, text: detail.text ?? '' };
  });
}

/** One order with its response, evidence, timeline and the actions the reader may take now. */
export async function rectificationDetail(ctx: ServiceContext, id: string, facts: InspectionFollowUpFacts): Promise<RectificationDetail> {
  const [summary] = await orderSummaries(ctx, eq(rectificationOrders.id, id), 1);
  if (!summary) throw notFound('rectificationOrder');
  const order = await loadOrder(ctx.db, id);
  const files = await ctx.db.select().from(inspectionFiles).where(eq(inspectionFiles.rectificationId, id)).orderBy(asc(inspectionFiles.createdAt), asc(inspectionFiles.id));
  return {
    ...summary,
    response: order.response,
    decisionNote: order.decisionNote,
    files: files.map((f) => ({ id: f.id, fileName: f.fileName, contentType: f.contentType, size: f.size, createdAt: f.createdAt.toISOString() })),
    timeline: await followUpTimeline(ctx.db, 'rectification_order', id),
    allowedActions: allowedRectificationActions(ctx.actor, { ...facts, orderStatus: order.status }),
  };
}
