import { asc, desc, eq, sql } from 'drizzle-orm';
import { documentRequestOverdue, documentRequestPolicy, readsInspectionFollowUp, rectificationPolicy, shanghaiDate } from '@jiping/domain';
import type { InspectionFollowUp } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { documentRequests, inspectionFiles, inspectionFindings, institutions, rectificationOrders } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { loadInspectionFollowUp } from './follow-up-facts.ts';
import { orderSummaries } from './rectification-view.ts';

/**
 * What follows one inspection: its rectification orders and document requests, the findings an
 * order may name, and whether the reader may start either (the panels of the inspection's page).
 */
export async function getInspectionFollowUp({ ctx, inspectionId }: { ctx: ServiceContext; inspectionId: string }): Promise<InspectionFollowUp> {
  const { inspection, facts } = await loadInspectionFollowUp(ctx.db, inspectionId);
  assertAllowed(readsInspectionFollowUp(ctx.actor, facts));
  const [institution] = await ctx.db.select({ name: institutions.name }).from(institutions).where(eq(institutions.id, inspection.institutionId));
  const findings = await ctx.db
    .select({ id: inspectionFindings.id, description: inspectionFindings.description })
    .from(inspectionFindings)
    .where(eq(inspectionFindings.inspectionId, inspectionId))
    .orderBy(asc(inspectionFindings.createdAt), asc(inspectionFindings.id));
  const requests = await ctx.db
    .select({
      request: documentRequests,
      fileCount: sql<number>`(select count(*) from ${inspectionFiles} f where f.document_request_id = ${documentRequests.id})`.mapWith(Number),
    })
    .from(documentRequests)
    .where(eq(documentRequests.inspectionId, inspectionId))
    .orderBy(desc(documentRequests.createdAt), desc(documentRequests.id));
  const today = shanghaiDate(ctx.now());
  return {
    inspectionId,
    number: inspection.number,
    title: inspection.title,
    status: inspection.status,
    institutionId: inspection.institutionId,
    institutionName: institution?.name ?? '',
    findings,
    canOrderRectification: rectificationPolicy(ctx.actor, 'order', facts).allowed,
    canRequestDocuments: documentRequestPolicy(ctx.actor, 'request', facts).allowed,
    rectifications: await orderSummaries(ctx, eq(rectificationOrders.inspectionId, inspectionId), 200),
    documentRequests: requests.map(({ request: r, fileCount }) => ({
      id: r.id,
      number: r.number,
      materials: r.materials,
      deadline: r.deadline,
      status: r.status,
      overdue: documentRequestOverdue(r, today),
      fileCount,
    })),
  };
}
