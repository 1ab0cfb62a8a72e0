import { asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { allowedDocumentRequestActions, districtName, documentRequestOverdue, shanghaiDate, type InspectionFollowUpFacts } from '@jiping/domain';
import type { DocumentRequestDetail, DocumentRequestSummary } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { documentRequests, inspectionFiles, inspections, institutions } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';
import { INSPECTION_FILE_LIMITS } from '../../platform/files/inspection-upload.ts';
import { followUpTimeline } from '../rectifications/index.ts';

export type RequestRow = typeof documentRequests.$inferSelect;

export async function loadRequest(db: Db, id: string, { lock = false } = {}): Promise<RequestRow> {
  const query = db.select().from(documentRequests).where(eq(documentRequests.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('documentRequest');
  return row;
}

/** Requests as the lists show them, newest first (creation, then id: the keyset of the pages). */
export async function requestSummaries(ctx: ServiceContext, where: SQL | undefined, limit: number): Promise<DocumentRequestSummary[]> {
  const rows = await ctx.db
    .select({
      request: documentRequests,
      inspectionNumber: inspections.number,
      inspectionTitle: inspections.title,
      institutionName: institutions.name,
      fileCount: sql<number>`(select count(*) from ${inspectionFiles} f where f.document_request_id = ${documentRequests.id})`.mapWith(Number),
    })
    .from(documentRequests)
    .innerJoin(inspections, eq(inspections.id, documentRequests.inspectionId))
    .innerJoin(institutions, eq(institutions.id, documentRequests.institutionId))
    .where(where ?? sql`true`)
    .orderBy(desc(documentRequests.createdAt), desc(documentRequests.id))
    .limit(limit);
  const today = shanghaiDate(ctx.now());
  return rows.map(({ request: r, inspectionNumber, inspectionTitle, institutionName, fileCount }) => ({
    id: r.id,
    number: r.number,
    inspectionId: r.inspectionId,
    inspectionNumber,
    inspectionTitle,
    institutionId: r.institutionId,
    institutionName,
    districtCode: r.districtCode,
    districtName: districtName(r.districtCode, ctx.locale),
    materials: r.materials,
    note: r.note,
    deadline: r.deadline,
    status: r.status,
    overdue: documentRequestOverdue(r, today),
    overdueSince: r.overdueSince,
    fileCount,
    answeredAt: r.answeredAt?.toISOString() ?? null,
    closedAt: r.closedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    version: r.version,
  }));
}

/** One request with its files, its timeline and what the reader may do now. */
export async function requestDetail(ctx: ServiceContext, id: string, facts: InspectionFollowUpFacts): Promise<DocumentRequestDetail> {
  const [summary] = await requestSummaries(ctx, eq(documentRequests.id, id), 1);
  if (!summary) throw notFound('documentRequest');
  const files = await ctx.db.select().from(inspectionFiles).where(eq(inspectionFiles.documentRequestId, id)).orderBy(asc(inspectionFiles.createdAt), asc(inspectionFiles.id));
  return {
    ...summary,
    files: files.map((f) => ({ id: f.id, fileName: f.fileName, contentType: f.contentType, size: f.size, createdAt: f.createdAt.toISOString() })),
    timeline: await followUpTimeline(ctx.db, 'document_request', id),
    allowedActions: allowedDocumentRequestActions(ctx.actor, { ...facts, requestStatus: summary.status }),
    limits: { documentBytes: INSPECTION_FILE_LIMITS.documentBytes, videoBytes: INSPECTION_FILE_LIMITS.videoBytes },
  };
}
