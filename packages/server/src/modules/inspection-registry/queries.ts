import { and, asc, eq, gt, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { districtName, effectiveRiskClass, inspectorConflictPolicy, inspectorPolicy, canSetRiskClass, type Actor, type ChecklistLine, type Locale } from '@jiping/domain';
import type { InspectionItem, InspectorConflict, InspectorDetail, InspectorSummary, Party, PartyDetail } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import {
  auditEvents,
  filings,
  filingScope,
  inspectionItems,
  inspectorConflicts,
  inspectors,
  institutionRiskClasses,
  institutions,
  occupations,
  organizations,
  users,
} from '../../platform/db/schema.ts';
import { scopeWhere } from '../../platform/db/scope-sql.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor } from '../../platform/cursor.ts';

export type InspectionItemRow = typeof inspectionItems.$inferSelect;
export type InspectorRow = typeof inspectors.$inferSelect;
export type RiskClassRow = typeof institutionRiskClasses.$inferSelect;

/** Only the city's items may be keyed this way; `%` and `_` typed in a search are matched literally. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

export async function loadItem(db: Db, id: string, { lock = false } = {}): Promise<InspectionItemRow> {
  const query = db.select().from(inspectionItems).where(eq(inspectionItems.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('inspectionItem');
  return row;
}

export function itemView(row: InspectionItemRow): InspectionItem {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    legalBasis: row.legalBasis,
    checklist: row.checklist.map((line) => ({ key: line.key, label: line.label, ...(line.basis ? { basis: line.basis } : {}) })),
    active: row.active,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Lines as stored: an empty basis is left out rather than kept as ''. */
export function storedChecklist(lines: ReadonlyArray<{ key: string; label: string; basis?: string | undefined }>): ChecklistLine[] {
  return lines.map((line) => ({ key: line.key, label: line.label, ...(line.basis ? { basis: line.basis } : {}) }));
}

export async function loadInspector(db: Db, id: string, { lock = false } = {}): Promise<InspectorRow> {
  const query = db.select().from(inspectors).where(eq(inspectors.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('inspector');
  return row;
}

const conflictCount = sql<number>`(select count(*) from ${inspectorConflicts} c where c.inspector_id = ${inspectors.id})`.mapWith(Number);

export interface InspectorFilter {
  departmentKind?: InspectorRow['departmentKind'] | undefined;
  district?: string | undefined;
  field?: string | undefined;
  active?: 'true' | 'false' | undefined;
  q?: string | undefined;
}

/** Inspectors in name order (keyset on name and id), with the linked account and how many conflicts each declared. */
export async function findInspectors(ctx: ServiceContext, filter: InspectorFilter, page: { limit: number; after: { name: string; id: string } | null; ids?: string[] }): Promise<InspectorSummary[]> {
  const conditions = [
    filter.departmentKind ? eq(inspectors.departmentKind, filter.departmentKind) : undefined,
    filter.district ? eq(inspectors.districtCode, filter.district) : undefined,
    filter.field ? ilike(inspectors.field, likePattern(filter.field)) : undefined,
    filter.active ? eq(inspectors.active, filter.active === 'true') : undefined,
    filter.q ? or(ilike(inspectors.name, likePattern(filter.q)), ilike(inspectors.certificateNumber, `${filter.q.toUpperCase().replace(/[\\%_]/g, '\\$&')}%`)) : undefined,
    page.ids ? inArray(inspectors.id, page.ids) : undefined,
    page.after ? or(gt(inspectors.name, page.after.name), and(eq(inspectors.name, page.after.name), gt(inspectors.id, page.after.id))) : undefined,
  ];
  const rows = await ctx.db
    .select({ inspector: inspectors, username: users.username, displayName: users.displayName, conflictCount })
    .from(inspectors)
    .leftJoin(users, eq(users.id, inspectors.userId))
    .where(and(...conditions))
    .orderBy(asc(inspectors.name), asc(inspectors.id))
    .limit(page.limit);
  return rows.map((row) => inspectorSummary(ctx.actor, row, ctx.locale));
}

function inspectorSummary(actor: Actor, row: { inspector: InspectorRow; username: string | null; displayName: string | null; conflictCount: number }, locale: Locale): InspectorSummary {
  const i = row.inspector;
  return {
    id: i.id,
    name: i.name,
    certificateNumber: i.certificateNumber,
    field: i.field,
    departmentKind: i.departmentKind,
    districtCode: i.districtCode,
    districtName: i.districtCode ? districtName(i.districtCode, locale) : null,
    industry: i.industry,
    active: i.active,
    account: row.username ? { username: row.username, displayName: row.displayName ?? row.username } : null,
    conflictCount: row.conflictCount,
    version: i.version,
    canWrite: inspectorPolicy(actor, i).allowed,
  };
}

/** One inspector with their declared conflicts (the institution's name and district, who declared it and when). */
export async function inspectorDetail(ctx: ServiceContext, id: string): Promise<InspectorDetail> {
  const [summary] = await findInspectors(ctx, {}, { limit: 1, after: null, ids: [id] });
  if (!summary) throw notFound('inspector');
  const row = await loadInspector(ctx.db, id);
  const declarer = alias(users, 'declarer');
  const conflicts = await ctx.db
    .select({ conflict: inspectorConflicts, institutionName: institutions.name, districtCode: institutions.districtCode, declaredByName: declarer.displayName })
    .from(inspectorConflicts)
    .innerJoin(institutions, eq(institutions.id, inspectorConflicts.institutionId))
    .leftJoin(declarer, eq(declarer.id, inspectorConflicts.declaredBy))
    .where(eq(inspectorConflicts.inspectorId, id))
    .orderBy(asc(inspectorConflicts.createdAt), asc(inspectorConflicts.id));
  return {
    ...summary,
    conflicts: conflicts.map((c): InspectorConflict => ({
      id: c.conflict.id,
      institutionId: c.conflict.institutionId,
      institutionName: c.institutionName,
      districtCode: c.districtCode,
      districtName: districtName(c.districtCode, ctx.locale),
      reason: c.conflict.reason,
      declaredByName: c.declaredByName,
      declaredAt: c.conflict.createdAt.toISOString(),
    })),
    canDeclareConflicts: inspectorConflictPolicy(ctx.actor, row).allowed,
  };
}

/**
 * 受检对象: an institution whose (initial) filing is in force — approved, or suspended, which
 * still leaves it subject to supervision. One such filing per institution at most (filing rules).
 */
export const filingInForce = and(eq(filings.institutionId, institutions.id), eq(filings.kind, 'initial'), inArray(filings.status, ['approved', 'suspended']));

/**
 * The parties an officer supervises, by the one scope translation every list uses: the city all,
 * a district its district, an industry authority the institutions whose filing in force covers
 * one of its occupations.
 */
export function partyScope(actor: Actor): SQL | undefined {
  return scopeWhere(actor, {
    districtCode: institutions.districtCode,
    institutionId: institutions.id,
    occupations: (codes) => sql`exists (select 1 from ${filingScope} s where s.filing_id = ${filings.id} and s.occupation_code in ${codes})`,
  });
}

export interface PartyFilter {
  district?: string | undefined;
  category?: Party['category'] | undefined;
  occupation?: string | undefined;
  riskClass?: Party['riskClass'] | undefined;
  q?: string | undefined;
}

const effectiveClass = sql`coalesce(${institutionRiskClasses.riskClass}::text, 'B')`;

/** Parties in name order (keyset on name and id). `scoped: false` reads one party whatever the scope (its policy is asked after). */
export async function findParties(
  ctx: ServiceContext,
  filter: PartyFilter,
  page: { limit: number; after: { name: string; id: string } | null; institutionId?: string; scoped?: boolean },
): Promise<Party[]> {
  const conditions = [
    page.scoped === false ? undefined : partyScope(ctx.actor),
    page.institutionId ? eq(institutions.id, page.institutionId) : undefined,
    filter.district ? eq(institutions.districtCode, filter.district) : undefined,
    filter.category ? eq(institutions.category, filter.category) : undefined,
    filter.occupation ? sql`exists (select 1 from ${filingScope} s where s.filing_id = ${filings.id} and s.occupation_code = ${filter.occupation})` : undefined,
    // An unclassed party is sampled as the default class, so it is found under it.
    filter.riskClass ? sql`${effectiveClass} = ${filter.riskClass}` : undefined,
    filter.q ? ilike(institutions.name, likePattern(filter.q)) : undefined,
    page.after ? or(gt(institutions.name, page.after.name), and(eq(institutions.name, page.after.name), gt(institutions.id, page.after.id))) : undefined,
  ];
  const rows = await ctx.db
    .select({
      institution: { id: institutions.id, name: institutions.name, category: institutions.category, districtCode: institutions.districtCode },
      organizationName: organizations.name,
      filing: { id: filings.id, filingNumber: filings.filingNumber, status: filings.status, validUntil: filings.validUntil, sites: sql<unknown>`${filings.content}->'sites'` },
      risk: institutionRiskClasses,
    })
    .from(institutions)
    .innerJoin(organizations, eq(organizations.id, institutions.organizationId))
    .innerJoin(filings, filingInForce)
    .leftJoin(institutionRiskClasses, eq(institutionRiskClasses.institutionId, institutions.id))
    .where(and(...conditions))
    .orderBy(asc(institutions.name), asc(institutions.id))
    .limit(page.limit);
  const filingIds = rows.map((r) => r.filing.id);
  const scope = filingIds.length
    ? await ctx.db
        .selectDistinct({ filingId: filingScope.filingId, code: filingScope.occupationCode, name: occupations.nameZh })
        .from(filingScope)
        .innerJoin(occupations, eq(occupations.code, filingScope.occupationCode))
        .where(inArray(filingScope.filingId, filingIds))
        .orderBy(asc(filingScope.occupationCode))
    : [];
  const canSet = canSetRiskClass(ctx.actor).allowed;
  return rows.map(({ institution, organizationName, filing, risk }) => {
    const { riskClass, assessed } = effectiveRiskClass(risk?.riskClass);
    return {
      institutionId: institution.id,
      name: institution.name,
      organizationName,
      category: institution.category,
      districtCode: institution.districtCode,
      districtName: districtName(institution.districtCode, ctx.locale),
      filingId: filing.id,
      filingNumber: filing.filingNumber,
      filingStatus: filing.status,
      validUntil: filing.validUntil,
      occupations: scope.filter((s) => s.filingId === filing.id).map((s) => ({ code: s.code, name: s.name })),
      sites: filedSites(filing.sites),
      riskClass,
      riskAssessed: assessed,
      riskBasis: risk?.basis ?? null,
      riskSetAt: risk ? risk.updatedAt.toISOString() : null,
      riskVersion: risk?.version ?? null,
      canSetRiskClass: canSet,
    };
  });
}

/** The sites a filing holds (its content is a document; a filing made before sites were filed has none). */
function filedSites(value: unknown): Party['sites'] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((site: unknown) => {
    if (!site || typeof site !== 'object') return [];
    const { name, address, districtCode } = site as Record<string, unknown>;
    return typeof name === 'string' ? [{ name, address: typeof address === 'string' ? address : '', districtCode: typeof districtCode === 'string' ? districtCode : '' }] : [];
  });
}

/** The classes a party was given, oldest first, read from their audit events (each carries the class and its basis). */
export async function riskHistory(ctx: ServiceContext, institutionId: string): Promise<PartyDetail['riskHistory']> {
  const events = await ctx.db
    .select({ detail: auditEvents.detail, at: auditEvents.at, actorName: auditEvents.actorName, displayName: users.displayName })
    .from(auditEvents)
    .leftJoin(users, sql`${users.id}::text = ${auditEvents.actorId}`)
    .where(and(eq(auditEvents.entityType, 'institution_risk_class'), eq(auditEvents.entityId, institutionId)))
    .orderBy(asc(auditEvents.seq));
  return events.map((e) => {
    const detail = e.detail as { riskClass: PartyDetail['riskClass']; basis: string };
    return { riskClass: detail.riskClass, basis: detail.basis, at: e.at.toISOString(), by: e.displayName ?? e.actorName };
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The cursor of a list in name order: both parts are checked, so a cursor altered by hand is a 400, not a database error. */
export function decodeNameCursor(cursor: string | undefined): { name: string; id: string } | null {
  const key = decodeCursor<{ name: string; id: string }>(cursor);
  if (!key) return null;
  if (typeof key.name !== 'string' || typeof key.id !== 'string' || !UUID.test(key.id)) {
    throw new AppError('VALIDATION', 'error.validation', {}, [{ field: 'cursor', code: 'invalid_cursor', messageKey: 'error.invalidCursor' }]);
  }
  return { name: key.name, id: key.id };
}

/** One page of a list in name order, and the cursor of the next (the query read one row more than the page). */
export function nameOrderedPage<T>(rows: T[], limit: number, key: (row: T) => { name: string; id: string }): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(key(last)) : null };
}
