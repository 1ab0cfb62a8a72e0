import { and, asc, eq, gt, ilike, inArray, or, sql } from 'drizzle-orm';
import { districtName } from '@jiping/domain';
import { PublicInstitutionQuery } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { filings, filingScope, institutions, occupations } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor } from '../../platform/cursor.ts';
import { parseInput } from '../../platform/parse-input.ts';

/** Filings the public sees: in force, or suspended (the suspension itself is public information). */
const PUBLIC_STATUSES = ['approved', 'suspended'] as const;

/**
 * The public directory of filed institutions. Only public fields leave: name, kind, district,
 * scope, status, validity, demonstration mark; never staff, contacts or addresses of people.
 */
export async function searchDirectory({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof PublicInstitutionQuery> }) {
  const query = parseInput(PublicInstitutionQuery, input, ctx.locale);
  const after = decodeCursor<{ name: string; id: string }>(query.cursor);
  const like = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;
  const rows = await ctx.db
    .select({ institution: institutions, filing: filings })
    .from(filings)
    .innerJoin(institutions, eq(institutions.id, filings.institutionId))
    .where(
      and(
        eq(filings.kind, 'initial'),
        inArray(filings.status, [...PUBLIC_STATUSES]),
        query.q ? ilike(institutions.name, like(query.q)) : undefined,
        query.district ? eq(institutions.districtCode, query.district) : undefined,
        query.occupation
          ? sql`exists (select 1 from ${filingScope} s join ${occupations} o on o.code = s.occupation_code
              where s.filing_id = ${filings.id} and (s.occupation_code = ${query.occupation} or o.name_zh ilike ${like(query.occupation)} or s.work_type ilike ${like(query.occupation)}))`
          : undefined,
        after ? or(gt(institutions.name, after.name), and(eq(institutions.name, after.name), gt(institutions.id, after.id))) : undefined,
      ),
    )
    .orderBy(asc(institutions.name), asc(institutions.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const scopes = await scopesOf(
    ctx,
    page.map((r) => r.filing.id),
  );
  const last = page.at(-1);
  return {
    items: page.map((row) => toPublic(row, scopes.get(row.filing.id) ?? [], ctx)),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ name: last.institution.name, id: last.institution.id }) : null,
  };
}

export async function getDirectoryEntry({ ctx, institutionId }: { ctx: ServiceContext; institutionId: string }) {
  const [row] = await ctx.db
    .select({ institution: institutions, filing: filings })
    .from(filings)
    .innerJoin(institutions, eq(institutions.id, filings.institutionId))
    .where(and(eq(filings.institutionId, institutionId), eq(filings.kind, 'initial'), inArray(filings.status, [...PUBLIC_STATUSES])));
  if (!row) throw notFound('institution');
  const scopes = await scopesOf(ctx, [row.filing.id]);
  return toPublic(row, scopes.get(row.filing.id) ?? [], ctx);
}

async function scopesOf(ctx: ServiceContext, filingIds: string[]) {
  const map = new Map<string, Array<{ occupationCode: string; occupationName: string; workType: string; level: number }>>();
  if (!filingIds.length) return map;
  const rows = await ctx.db
    .select({ filingId: filingScope.filingId, occupationCode: filingScope.occupationCode, occupationName: occupations.nameZh, workType: filingScope.workType, level: filingScope.level })
    .from(filingScope)
    .innerJoin(occupations, eq(occupations.code, filingScope.occupationCode))
    .where(inArray(filingScope.filingId, filingIds))
    .orderBy(asc(filingScope.occupationCode), asc(filingScope.workType), sql`${filingScope.level} desc`);
  for (const { filingId, ...scope } of rows) map.set(filingId, [...(map.get(filingId) ?? []), scope]);
  return map;
}

function toPublic(
  row: { institution: typeof institutions.$inferSelect; filing: typeof filings.$inferSelect },
  scope: Array<{ occupationCode: string; occupationName: string; workType: string; level: number }>,
  ctx: ServiceContext,
) {
  return {
    id: row.institution.id,
    name: row.institution.name,
    category: row.institution.category,
    districtCode: row.institution.districtCode,
    districtName: districtName(row.institution.districtCode, ctx.locale),
    demonstration: row.institution.demonstration,
    filingNumber: row.filing.filingNumber,
    status: row.filing.status,
    validFrom: row.filing.validFrom,
    validUntil: row.filing.validUntil,
    scope,
  };
}
