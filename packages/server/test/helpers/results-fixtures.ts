import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { ExamComponent } from '@jiping/domain';
import { componentScores, evaluationPlans, examSessions } from '../../src/platform/db/schema.ts';
import type { Database } from '../../src/platform/db/client.ts';
import { bulkInsert } from '../../src/platform/db/bulk-insert.ts';
import type { TestServer } from './server.ts';
import { institutionIdOf } from './filing-fixtures.ts';
import { importFinished, openPlan } from './plan-fixtures.ts';
import { dispatchedWorker, residentId, writeRegistrationWorkbook } from './registration-workbook.ts';

/** 李强's resident ID (candidate-2 in the demo): the one known full ID number among a plan's candidates. */
export const LI_QIANG_ID = '310115199203150011';

export interface CandidatesPlan {
  planId: string;
  /** Admitted applications in the order the plan lists them (applied, then by id: the fixed clock makes many at once). */
  candidates: Array<{ registrationId: string; name: string; idNumber: string }>;
}

/**
 * A 车工 四级 plan of the demo enterprise (浦东), acknowledged by 浦东, with admitted candidates:
 * 李强 applying himself and `workers` dispatched workers imported by the enterprise (numbered
 * from `firstWorker`, so two plans can hold different people). The clock must still be before the exam.
 */
export async function planWithCandidates(server: TestServer, { exam, workers = 1, firstWorker = 1 }: { exam: string; workers?: number; firstWorker?: number }): Promise<CandidatesPlan> {
  const enterprise = await server.as('enterprise-admin');
  const plan = await openPlan(enterprise, await server.as('pudong-officer'), await institutionIdOf(enterprise), { examStart: exam, examEnd: exam });
  const li = await (await server.as('candidate-2')).post(`/api/v1/plans/${plan.id}/registrations`, {});
  if (li.status !== 201) throw new Error(`李强 applies: ${li.status} ${JSON.stringify(li.body)}`);
  const numbers = Array.from({ length: workers }, (_, i) => firstWorker + i);
  if (numbers.length) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiping-results-'));
    const file = path.join(dir, 'workers.xlsx');
    await writeRegistrationWorkbook(file, numbers.map(dispatchedWorker));
    const started = await enterprise.upload(`/api/v1/plans/${plan.id}/registration-imports`, 'workers.xlsx', fs.readFileSync(file), { mode: 'all_or_nothing' }, { 'idempotency-key': randomUUID() });
    fs.rmSync(dir, { recursive: true, force: true });
    const done = await importFinished(enterprise, started.body.id);
    if (done.status !== 'completed') throw new Error(`import: ${JSON.stringify(done)}`);
  }
  const listed = await enterprise.get(`/api/v1/plans/${plan.id}/registrations?limit=200`);
  const ids = new Map<string, string>([['李强', LI_QIANG_ID], ...numbers.map((n) => [dispatchedWorker(n).name!, residentId(n)] as [string, string])]);
  const candidates = [];
  for (const registration of listed.body.items as Array<{ id: string; version: number; personName: string; createdAt: string }>) {
    const admitted = await enterprise.post(`/api/v1/registrations/${registration.id}/review`, { version: registration.version, decision: 'admit', reason: '材料已核验' });
    if (admitted.status !== 200) throw new Error(`admit ${registration.personName}: ${admitted.status} ${JSON.stringify(admitted.body)}`);
    candidates.push({ registrationId: registration.id, name: registration.personName, idNumber: ids.get(registration.personName)!, createdAt: registration.createdAt });
  }
  candidates.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.registrationId.localeCompare(b.registrationId));
  return { planId: plan.id, candidates: candidates.map(({ createdAt: _at, ...c }) => c) };
}

/** A candidate's scores out of 100 per component; `absent` where they did not sit it. */
export type Marks = Partial<Record<ExamComponent, number | 'absent'>>;

/**
 * What scoring leaves behind once a plan's sessions are signed off, written straight into the
 * tables: one signed-off session per component on the plan's exam day, and a locked score for
 * each candidate named (60 or more passes). `status` other than signed_off leaves a session open.
 */
export async function signOffSessions(
  database: Database,
  planId: string,
  marks: Record<string, Marks>,
  { status = 'signed_off', components = ['theory', 'skill'] }: { status?: 'signed_off' | 'ended'; components?: ExamComponent[] } = {},
) {
  const [plan] = await database.db.select().from(evaluationPlans).where(eq(evaluationPlans.id, planId));
  if (!plan) throw new Error('no such plan');
  const signedOffAt = new Date(`${plan.examEnd}T10:00:00.000Z`);
  for (const [index, component] of components.entries()) {
    const startsAt = new Date(`${plan.examStart}T${String(1 + index * 3).padStart(2, '0')}:00:00.000Z`);
    const [session] = await database.db
      .insert(examSessions)
      .values({
        planId,
        institutionId: plan.institutionId,
        districtCode: plan.districtCode,
        component,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
        siteName: plan.siteName,
        siteAddress: '上海市浦东新区张江路 1 号',
        room: plan.rooms[index % plan.rooms.length]!,
        capacity: 40,
        status,
        signedOffAt: status === 'signed_off' ? signedOffAt : null,
      })
      .returning();
    const rows = Object.entries(marks).flatMap(([registrationId, byComponent]) => {
      const mark = byComponent[component];
      if (mark === undefined) return [];
      const absent = mark === 'absent';
      return [
        {
          sessionId: session!.id,
          registrationId,
          component,
          scoreCenti: absent ? null : Math.round(mark * 100),
          absent,
          passed: !absent && mark >= 60,
          lockedAt: status === 'signed_off' ? signedOffAt : null,
        },
      ];
    });
    // As one JSON document per statement: a plan of thousands stays clear of the parameter limit.
    if (rows.length) await bulkInsert(database.db, componentScores, rows);
  }
}
