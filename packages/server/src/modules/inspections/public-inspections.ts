import { and, asc, desc, eq, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { shanghaiDate, type PublicationField } from '@jiping/domain';
import { PublicInspectionQuery, type PublicInspection } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectionFindings, inspectionItems, inspections, institutions } from '../../platform/db/schema.ts';
import { decodeInstantCursor, encodeInstantCursor } from '../../platform/cursor.ts';
import { notFound } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { namesOf } from './queries.ts';

const withholds = (field: PublicationField): SQL => sql`${inspections.withheld} @> ${JSON.stringify([field])}::jsonb`;

const columns = {
  id: inspections.id,
  number: inspections.number,
  kind: inspections.kind,
  institutionId: inspections.institutionId,
  institutionName: institutions.name,
  districtCode: inspections.districtCode,
  itemName: inspectionItems.name,
  legalBasis: inspectionItems.legalBasis,
  methods: inspections.methods,
  completedAt: inspections.completedAt,
  publishedAt: inspections.publishedAt,
  conclusion: inspections.conclusion,
  publishedSummary: inspections.publishedSummary,
  withheld: inspections.withheld,
};

/** Published inspections with their institution and item, newest publication first. */
function publishedRows(ctx: ServiceContext, where: SQL | undefined, limit: number) {
  return ctx.db
    .select(columns)
    .from(inspections)
    .innerJoin(institutions, eq(institutions.id, inspections.institutionId))
    .innerJoin(inspectionItems, eq(inspectionItems.id, inspections.inspectionItemId))
    .where(and(eq(inspections.status, 'published'), where))
    .orderBy(desc(inspections.publishedAt), desc(inspections.id))
    .limit(limit);
}
type PublishedRow = Awaited<ReturnType<typeof publishedRows>>[number];

/**
 * The published result as anyone reads it: only what the officer published. A withheld field is
 * absent (null), not blanked after the fact, and no filter can find a row by a withheld institution.
 * The officer's internal summary, checklist notes, files and everything personal stay out.
 */
async function publicViews(ctx: ServiceContext, rows: PublishedRow[]): Promise<PublicInspection[]> {
  const showFindings = rows.filter((r) => !r.withheld.includes('findings')).map((r) => r.id);
  const findings = showFindings.length
    ? await ctx.db
        .select({ inspectionId: inspectionFindings.inspectionId, description: inspectionFindings.description })
        .from(inspectionFindings)
        .where(inArray(inspectionFindings.inspectionId, showFindings))
        .orderBy(asc(inspectionFindings.createdAt), asc(inspectionFindings.id))
    : [];
  const names = await namesOf(
    ctx.db,
    rows.filter((r) => !r.withheld.includes('inspectors')).map((r) => r.id),
  );
  return rows.map((r) => {
    const withheld = r.withheld;
    const institution = !withheld.includes('institution');
    return {
      id: r.id,
      number: r.number,
      kind: r.kind,
      institutionId: institution ? r.institutionId : null,
      institutionName: institution ? r.institutionName : null,
      districtCode: r.districtCode,
      itemName: r.itemName,
      legalBasis: r.legalBasis,
      methods: r.methods,
      completedOn: shanghaiDate(r.completedAt!),
      publishedAt: r.publishedAt!.toISOString(),
      conclusion: r.conclusion!,
      publishedSummary: r.publishedSummary!,
      findings: withheld.includes('findings') ? null : findings.filter((f) => f.inspectionId === r.id).map((f) => f.description),
      inspectorNames: withheld.includes('inspectors') ? null : (names.get(r.id) ?? []),
      withheld,
    };
  });
}

/** Published inspection results (一公开), newest first: by district, institution name, year of completion, or one institution. */
export async function listPublicInspections({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof PublicInspectionQuery> }) {
  const query = parseInput(PublicInspectionQuery, input, ctx.locale, 'query');
  const after = decodeInstantCursor(query.cursor);
  const rows = await publishedRows(
    ctx,
    and(
      query.district ? eq(inspections.districtCode, query.district) : undefined,
      query.q ? and(ilike(institutions.name, `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`), sql`not ${withholds('institution')}`) : undefined,
      query.institutionId ? and(eq(inspections.institutionId, query.institutionId), sql`not ${withholds('institution')}`) : undefined,
      query.year ? sql`extract(year from ${inspections.completedAt} at time zone 'Asia/Shanghai') = ${query.year}` : undefined,
      after ? or(lt(inspections.publishedAt, after.at), and(eq(inspections.publishedAt, after.at), lt(inspections.id, after.id))) : undefined,
    ),
    query.limit + 1,
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { items: await publicViews(ctx, page), nextCursor: rows.length > query.limit && last ? encodeInstantCursor(last.publishedAt!, last.id) : null };
}

/** One published result; anything not published is not found (the public learns nothing of inspections under way). */
export async function getPublicInspection({ ctx, id }: { ctx: ServiceContext; id: string }): Promise<PublicInspection> {
  const rows = await publishedRows(ctx, eq(inspections.id, id), 1);
  if (!rows.length) throw notFound('inspection');
  return (await publicViews(ctx, rows))[0]!;
}
