import { and, asc, desc, eq, lt, or, sql, type SQL } from 'drizzle-orm';
import { allowedFilingOperations, canListFilings, districtName, filingPolicy, type Actor } from '@jiping/domain';
import { scopeWhere } from '../../platform/db/scope-sql.ts';
import { renewalExportBlock } from './renewal-export-check.ts';
import { renewalChecklist } from './renewal-preconditions.ts';
import { FilingContent, FilingListQuery, type FilingDetail, type FilingSummary } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { auditEvents, filingAttachments, filings, filingScope, institutions, occupations, organizations } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor } from '../../platform/cursor.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { loadFiling, type FilingRow } from './filing-facts.ts';

/** Filings an actor may see: their institution's, their district's, or those touching their occupations; drafts only their own. */
function filingScopeCondition(actor: Actor): SQL | undefined {
  return scopeWhere(actor, {
    districtCode: filings.districtCode,
    institutionId: filings.institutionId,
    occupations: (codes) => sql`exists (select 1 from ${filingScope} s where s.filing_id = ${filings.id} and s.occupation_code in ${codes})`,
    draft: sql`${filings.status} = 'draft'`,
  });
}

const summaryColumns = {
  filing: filings,
  institutionName: institutions.name,
  institutionCategory: institutions.category,
};

function toSummary(row: { filing: FilingRow; institutionName: string; institutionCategory: FilingSummary['institutionCategory'] }, locale: ServiceContext['locale']): FilingSummary {
  const f = row.filing;
  return {
    id: f.id,
    institutionId: f.institutionId,
    institutionName: row.institutionName,
    institutionCategory: row.institutionCategory,
    districtCode: f.districtCode,
    districtName: districtName(f.districtCode, locale),
    kind: f.kind,
    status: f.status,
    filingNumber: f.filingNumber,
    validFrom: f.validFrom,
    validUntil: f.validUntil,
    submittedAt: f.submittedAt?.toISOString() ?? null,
    version: f.version,
  };
}

/** The review queue and the institution's own list: newest activity first, keyset-paged. */
export async function listFilings({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof FilingListQuery> }) {
  assertAllowed(canListFilings(ctx.actor));
  const query = parseInput(FilingListQuery, input, ctx.locale);
  const after = decodeCursor<{ at: string; id: string }>(query.cursor);
  const rows = await ctx.db
    .select(summaryColumns)
    .from(filings)
    .innerJoin(institutions, eq(institutions.id, filings.institutionId))
    .where(
      and(
        filingScopeCondition(ctx.actor),
        query.status ? eq(filings.status, query.status) : undefined,
        query.kind ? eq(filings.kind, query.kind) : undefined,
        query.district ? eq(filings.districtCode, query.district) : undefined,
        query.institutionId ? eq(filings.institutionId, query.institutionId) : undefined,
        after ? or(lt(filings.updatedAt, new Date(after.at)), and(eq(filings.updatedAt, new Date(after.at)), lt(filings.id, after.id))) : undefined,
      ),
    )
    .orderBy(desc(filings.updatedAt), desc(filings.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toSummary(row, ctx.locale)),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.filing.updatedAt.toISOString(), id: last.filing.id }) : null,
  };
}

async function scopeOf(db: Db, filingId: string) {
  const rows = await db
    .select({ occupationCode: filingScope.occupationCode, occupationName: occupations.nameZh, workType: filingScope.workType, level: filingScope.level })
    .from(filingScope)
    .innerJoin(occupations, eq(occupations.code, filingScope.occupationCode))
    .where(eq(filingScope.filingId, filingId))
    .orderBy(asc(filingScope.occupationCode), asc(filingScope.workType), desc(filingScope.level));
  const withdrawn = await db.execute(sql`
    select s.occupation_code, s.work_type, s.level from filing_scope s
    left join occupation_levels l on l.occupation_code = s.occupation_code and l.level = s.level
    left join occupation_work_types w on w.occupation_code = s.occupation_code and w.name = s.work_type
    join occupations o on o.code = s.occupation_code
    where s.filing_id = ${filingId}
      and (o.withdrawn_on is not null or l.withdrawn_on is not null or l.level is null or (s.work_type <> '' and (w.withdrawn_on is not null or w.name is null)))`);
  const gone = new Set((withdrawn as unknown as { rows: { occupation_code: string; work_type: string; level: number }[] }).rows.map((r) => `${r.occupation_code}|${r.work_type}|${r.level}`));
  return rows.map((row) => ({ ...row, withdrawn: gone.has(`${row.occupationCode}|${row.workType}|${row.level}`) }));
}

/** One filing with its scope, content, timeline (from the audit trail) and the actions allowed now. */
export async function getFiling({ ctx, id }: { ctx: ServiceContext; id: string }): Promise<FilingDetail> {
  const { row, facts } = await loadFiling(ctx.db, id);
  assertAllowed(filingPolicy(ctx.actor, 'read', facts));
  const [meta] = await ctx.db
    .select({ institutionName: institutions.name, institutionCategory: institutions.category, organization: organizations })
    .from(institutions)
    .innerJoin(organizations, eq(organizations.id, institutions.organizationId))
    .where(eq(institutions.id, row.institutionId));
  const events = await ctx.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'filing'), eq(auditEvents.entityId, id)))
    .orderBy(asc(auditEvents.seq));
  const attachments = await ctx.db.select().from(filingAttachments).where(eq(filingAttachments.filingId, id)).orderBy(asc(filingAttachments.createdAt));
  const base = row.baseFilingId ? await ctx.db.select().from(filings).where(eq(filings.id, row.baseFilingId)) : [];
  return {
    ...toSummary({ filing: row, institutionName: meta!.institutionName, institutionCategory: meta!.institutionCategory }, ctx.locale),
    baseFilingId: row.baseFilingId,
    organization: {
      name: meta!.organization.name,
      creditCode: meta!.organization.creditCode,
      kind: meta!.organization.kind,
      address: meta!.organization.address,
      legalRepresentative: meta!.organization.legalRepresentative,
      contactName: meta!.organization.contactName,
      contactPhoneMasked: meta!.organization.contactPhoneMasked,
    },
    institutionCode: row.institutionCode,
    provinceCode: row.provinceCode,
    siteSequence: row.siteSequence,
    scope: await scopeOf(ctx.db, id),
    content: FilingContent.parse(row.content),
    base: base[0] ? { scope: await scopeOf(ctx.db, base[0].id), content: FilingContent.parse(base[0].content) } : null,
    timeline: events.map((event) => {
      const detail = event.detail as { from?: string | null; to?: string | null; reason?: string };
      return { at: event.at.toISOString(), actorName: event.actorName, action: event.action, from: detail.from ?? null, to: detail.to ?? null, reason: detail.reason ?? '' };
    }),
    attachments: attachments.map((a) => ({ id: a.id, purpose: a.purpose, fileName: a.fileName, contentType: a.contentType, size: a.size, createdAt: a.createdAt.toISOString() })),
    allowedActions: allowedFilingOperations(ctx.actor, facts),
    // Shown on an open renewal: what the national export still owes before it can go through.
    renewalExportBlock: ['draft', 'submitted', 'returned'].includes(row.status) ? await renewalExportBlock(ctx, row) : null,
    // Every condition of a renewal, met or not, as it stands today: while it is open, for the reviewer and the applicant.
    renewalChecklist: ['draft', 'submitted', 'returned'].includes(row.status) ? await renewalChecklist(ctx, row) : null,
  };
}
