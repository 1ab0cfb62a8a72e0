import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { RiskClass } from '@jiping/domain';
import type { Database } from '../../src/platform/db/client.ts';
import { rows } from '../../src/platform/db/client.ts';
import { bulkInsert } from '../../src/platform/db/bulk-insert.ts';
import { filings, filingScope, inspectionItems, inspectorConflicts, inspectors, institutionRiskClasses, institutions, organizations } from '../../src/platform/db/schema.ts';

/**
 * Registry rows for draws, written directly: the registries have their own pages and tests. Parties
 * are institutions with an approved initial filing valid from `from` for three years, numbered
 * `沪评备<year><district><serial>` with a high serial block so they never meet the filings module's.
 */
export async function insertItem(database: Database, code = 'JC-01', name = '评价机构备案条件与评价活动规范性'): Promise<string> {
  const [row] = await database.db
    .insert(inspectionItems)
    .values({ code, name, legalBasis: '人社部发〔2019〕90号', checklist: [{ key: 'filing', label: '备案条件持续符合' }] })
    .returning({ id: inspectionItems.id });
  return row!.id;
}

export interface PartySpec {
  districtCode: string;
  riskClass?: RiskClass;
  category?: 'employer' | 'social' | 'school';
}

let partySerial = 9000;

/** Institutions with filings in force, in bulk (one statement per table). Returns their filing numbers and ids in order. */
export async function insertParties(database: Database, specs: PartySpec[], from = '2026-01-01'): Promise<Array<{ code: string; institutionId: string }>> {
  const made = specs.map((spec) => {
    partySerial += 1;
    const serial = partySerial;
    const organizationId = randomUUID();
    const institutionId = randomUUID();
    const code = `沪评备${from.slice(0, 4)}${spec.districtCode.slice(-3)}${String(serial).padStart(6, '0')}`;
    return { spec, serial, organizationId, institutionId, filingId: randomUUID(), code };
  });
  await bulkInsert(
    database.db,
    organizations,
    made.map((m) => ({
      id: m.organizationId,
      creditCode: `91310000DRAW${String(m.serial).padStart(6, '0')}`,
      name: `抽查测试机构 ${m.serial}`,
      kind: 'enterprise' as const,
      districtCode: m.spec.districtCode,
      address: '上海市',
      legalRepresentative: '测试',
    })),
  );
  await bulkInsert(
    database.db,
    institutions,
    made.map((m) => ({ id: m.institutionId, organizationId: m.organizationId, name: `抽查测试机构 ${m.serial}`, category: m.spec.category ?? 'employer', districtCode: m.spec.districtCode })),
  );
  const until = `${Number(from.slice(0, 4)) + 3}${from.slice(4)}`;
  await bulkInsert(
    database.db,
    filings,
    made.map((m) => ({
      id: m.filingId,
      institutionId: m.institutionId,
      districtCode: m.spec.districtCode,
      kind: 'initial' as const,
      status: 'approved' as const,
      filingNumber: m.code,
      institutionCode: String(m.serial % 10000).padStart(4, '0'),
      siteSequence: String(m.serial).padStart(6, '0'),
      validFrom: from,
      validUntil: until,
    })),
  );
  await bulkInsert(
    database.db,
    filingScope,
    made.map((m) => ({ filingId: m.filingId, occupationCode: '6-18-01-01', level: 4 })),
  );
  const classed = made.filter((m) => m.spec.riskClass);
  if (classed.length)
    await bulkInsert(
      database.db,
      institutionRiskClasses,
      classed.map((m) => ({ institutionId: m.institutionId, riskClass: m.spec.riskClass!, basis: '测试' })),
    );
  return made.map((m) => ({ code: m.code, institutionId: m.institutionId }));
}

export interface InspectorSpec {
  code: string;
  name: string;
  departmentKind: 'city' | 'district' | 'industry';
  districtCode?: string;
  industry?: string;
  field?: string;
  userId?: string;
  /** Institutions the inspector declared a conflict with. */
  conflicts?: string[];
}

export async function insertInspectors(database: Database, specs: InspectorSpec[]): Promise<Map<string, string>> {
  const written = await bulkInsert(
    database.db,
    inspectors,
    specs.map((s) => ({
      name: s.name,
      certificateNumber: s.code,
      field: s.field ?? '职业技能鉴定',
      departmentKind: s.departmentKind,
      districtCode: s.districtCode ?? null,
      industry: s.industry ?? null,
      userId: s.userId ?? null,
    })),
    { returning: { id: inspectors.id, code: inspectors.certificateNumber } },
  );
  const ids = new Map(written.map((w) => [w.code, w.id]));
  const conflicts = specs.flatMap((s) => (s.conflicts ?? []).map((institutionId) => ({ inspectorId: ids.get(s.code)!, institutionId, reason: '曾任该机构顾问' })));
  if (conflicts.length) await bulkInsert(database.db, inspectorConflicts, conflicts);
  return ids;
}

/** The demo enterprise's institution id and filing number (浦江精密, 浦东). */
export async function demoEnterprise(database: Database): Promise<{ institutionId: string; code: string }> {
  const [row] = await rows<{ institutionId: string; code: string }>(
    database.db,
    sql`select f.institution_id as "institutionId", f.filing_number as code from filings f join institutions i on i.id = f.institution_id
        where i.name = '上海浦江精密机械有限公司（企业技能人才自主评价）' and f.kind = 'initial' and f.status = 'approved'`,
  );
  return row!;
}
