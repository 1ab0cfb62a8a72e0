import { eq } from 'drizzle-orm';
import type { Database } from '../../src/platform/db/client.ts';
import { evaluationPlans, filings, inspectionAssignments, inspectionFindings, inspectionItems, inspections, inspectors, institutions, resultsPublications } from '../../src/platform/db/schema.ts';
import { userIdOf } from './staffing-fixtures.ts';

let sequence = 0;

/** The registry row of a demo inspector account (inspector-1 …), made when absent. */
export async function registryInspector(database: Database, username: string): Promise<string> {
  const userId = await userIdOf(database, username);
  const [existing] = await database.db.select({ id: inspectors.id }).from(inspectors).where(eq(inspectors.userId, userId));
  if (existing) return existing.id;
  const [row] = await database.db
    .insert(inspectors)
    .values({ userId, name: username, certificateNumber: `ZF-TEST-${username}`, field: '职业技能评价', departmentKind: 'city' })
    .returning({ id: inspectors.id });
  return row!.id;
}

/**
 * An inspection of an institution written directly (routine, in progress), with the given demo
 * inspectors assigned and one finding: what the inspections module would have made.
 */
export async function insertInspection(
  database: Database,
  {
    institutionId,
    inspectors: usernames = ['inspector-1', 'inspector-2'],
    departmentKind = 'city',
    departmentDistrictCode = null,
    status = 'in_progress',
  }: { institutionId: string; inspectors?: string[]; departmentKind?: 'city' | 'district' | 'industry'; departmentDistrictCode?: string | null; status?: (typeof inspections.$inferInsert)['status'] },
): Promise<{ inspectionId: string; findingId: string; number: string }> {
  sequence += 1;
  const [institution] = await database.db.select({ districtCode: institutions.districtCode }).from(institutions).where(eq(institutions.id, institutionId));
  const [item] = await database.db
    .insert(inspectionItems)
    .values({ code: `TEST-${Date.now()}-${sequence}`, name: '评价活动规范性检查', legalBasis: '人社职司便函〔2020〕53号', checklist: [{ key: 'site', label: '考场视频监控' }] })
    .returning({ id: inspectionItems.id });
  const number = `JC2026${String(900000 + sequence)}`;
  const [inspection] = await database.db
    .insert(inspections)
    .values({
      number,
      kind: 'routine',
      institutionId,
      districtCode: institution!.districtCode,
      inspectionItemId: item!.id,
      departmentKind,
      departmentDistrictCode,
      title: '日常督导检查',
      methods: ['onsite'],
      status,
    })
    .returning({ id: inspections.id });
  for (const username of usernames) {
    await database.db.insert(inspectionAssignments).values({ inspectionId: inspection!.id, inspectorId: await registryInspector(database, username) });
  }
  const [finding] = await database.db
    .insert(inspectionFindings)
    .values({ inspectionId: inspection!.id, checklistKey: 'site', description: '实操考场 2 号机位视频监控无录像' })
    .returning({ id: inspectionFindings.id });
  return { inspectionId: inspection!.id, findingId: finding!.id, number };
}

/**
 * Plans of a filing run to final results, written directly (the results path has its own tests):
 * each a closed 车工 plan with its publication recorded final. Exams start on `examStart` and the
 * days after it.
 */
export async function insertFinalPlans(database: Database, { filingId, count, examStart, final = true }: { filingId: string; count: number; examStart: string; final?: boolean }): Promise<string[]> {
  const [row] = await database.db.select({ institutionId: filings.institutionId, districtCode: filings.districtCode }).from(filings).where(eq(filings.id, filingId));
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(`${examStart}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + i);
    const on = day.toISOString().slice(0, 10);
    const [plan] = await database.db
      .insert(evaluationPlans)
      .values({
        institutionId: row!.institutionId,
        districtCode: row!.districtCode,
        filingId,
        occupationCode: '6-18-01-01',
        workType: '数控车工',
        level: 5,
        examStart: on,
        examEnd: on,
        siteName: '考点',
        rooms: ['理论考场 1'],
        expectedCandidates: 10,
        examiners: ['王师傅', '李师傅', '张师傅'],
        internalSupervisor: '赵督导',
        status: 'closed',
      })
      .returning({ id: evaluationPlans.id });
    await database.db.insert(resultsPublications).values({
      planId: plan!.id,
      institutionId: row!.institutionId,
      districtCode: row!.districtCode,
      startsOn: on,
      endsOn: on,
      workingDays: 5,
      publishedAt: day,
      finalAt: final ? day : null,
    });
    ids.push(plan!.id);
  }
  return ids;
}
