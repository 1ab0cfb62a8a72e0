import type { HttpClient } from './http.ts';

/** A 车工 plan at the demo enterprise's filed workshop, exam 2026-04-01 (enough notice from 03-02). */
export function enterprisePlan(overrides: Record<string, unknown> = {}) {
  return {
    occupationCode: '6-18-01-01',
    workType: '数控车工',
    level: 4,
    examStart: '2026-04-01',
    examEnd: '2026-04-01',
    siteName: '张江实训中心',
    rooms: ['理论考场 301', '数控实操车间'],
    expectedCandidates: 40,
    examiners: ['孙国华', '周建平', '吴秀兰'],
    internalSupervisor: '郑质量',
    ...overrides,
  };
}

/** Drafts, files and has the district acknowledge a plan; returns it open for applications. */
export async function openPlan(institution: HttpClient, district: HttpClient, institutionId: string, overrides: Record<string, unknown> = {}) {
  const draft = await institution.post(`/api/v1/institutions/${institutionId}/plans`, enterprisePlan(overrides));
  if (draft.status !== 201) throw new Error(`plan: ${draft.status} ${JSON.stringify(draft.body)}`);
  const filed = await institution.post(`/api/v1/plans/${draft.body.id}/file`, { version: draft.body.version });
  if (filed.status !== 200) throw new Error(`file: ${filed.status} ${JSON.stringify(filed.body)}`);
  const acknowledged = await district.post(`/api/v1/plans/${draft.body.id}/acknowledge`, { version: filed.body.version });
  if (acknowledged.status !== 200) throw new Error(`acknowledge: ${acknowledged.status} ${JSON.stringify(acknowledged.body)}`);
  return acknowledged.body as { id: string; version: number };
}

/** Polls an import until it has finished. */
export async function importFinished(client: HttpClient, id: string) {
  for (let i = 0; i < 600; i += 1) {
    const view = await client.get(`/api/v1/registration-imports/${id}`);
    if (view.body.status !== 'running') return view.body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('import did not finish');
}
