import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import { publicationOverdue, shanghaiDate } from '@jiping/domain';
import { InspectionListQuery, type InspectionSummary } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { inspections, institutions } from '../../platform/db/schema.ts';
import { decodeInstantCursor, encodeInstantCursor } from '../../platform/cursor.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { assignedTo, inspectionScope, namesOf } from './queries.ts';

/**
 * The inspections in the actor's scope, newest first, keyset-paged, filtered by status, kind,
 * district, institution, 逾期未公开 and 我的检查. An inspector's own come first on the page by the
 * `mine` filter the page sets for them.
 */
export async function listInspections({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof InspectionListQuery> }): Promise<{ items: InspectionSummary[]; nextCursor: string | null }> {
  const query = parseInput(InspectionListQuery, input, ctx.locale, 'query');
  const today = shanghaiDate(ctx.now());
  const after = decodeInstantCursor(query.cursor);
  const me = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const rows = await ctx.db
    .select({
      id: inspections.id,
      number: inspections.number,
      kind: inspections.kind,
      title: inspections.title,
      institutionId: inspections.institutionId,
      institutionName: institutions.name,
      districtCode: inspections.districtCode,
      status: inspections.status,
      conclusion: inspections.conclusion,
      createdAt: inspections.createdAt,
      completedAt: inspections.completedAt,
      publicationDue: inspections.publicationDue,
      publishedAt: inspections.publishedAt,
      mine: me ? sql<boolean>`${assignedTo(me)}`.mapWith(Boolean) : sql<boolean>`false`.mapWith(Boolean),
    })
    .from(inspections)
    .innerJoin(institutions, eq(institutions.id, inspections.institutionId))
    .where(
      and(
        inspectionScope(ctx.actor),
        query.status ? eq(inspections.status, query.status) : undefined,
        query.kind ? eq(inspections.kind, query.kind) : undefined,
        query.district ? eq(inspections.districtCode, query.district) : undefined,
        query.institutionId ? eq(inspections.institutionId, query.institutionId) : undefined,
        query.overdue === 'true' ? and(eq(inspections.status, 'completed'), lt(inspections.publicationDue, today)) : undefined,
        query.mine === 'true' ? (me ? assignedTo(me) : sql`false`) : undefined,
        after ? or(lt(inspections.createdAt, after.at), and(eq(inspections.createdAt, after.at), lt(inspections.id, after.id))) : undefined,
      ),
    )
    .orderBy(desc(inspections.createdAt), desc(inspections.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const names = await namesOf(
    ctx.db,
    page.map((r) => r.id),
  );
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      ...r,
      inspectorNames: names.get(r.id) ?? [],
      createdAt: r.createdAt.toISOString(),
      completedAt: r.completedAt?.toISOString() ?? null,
      publishedAt: r.publishedAt?.toISOString() ?? null,
      publicationOverdue: publicationOverdue(r, today),
    })),
    nextCursor: rows.length > query.limit && last ? encodeInstantCursor(last.createdAt, last.id) : null,
  };
}
