import { asc, eq } from 'drizzle-orm';
import { addDays, isWorkingDay, latestDayWithNotice, residentIdCheckChar, shanghaiDate, type IsoDate } from '@jiping/domain';
import type { ServiceContext } from '../platform/context.ts';
import { certificates, examSessions, systemState } from '../platform/db/schema.ts';
import { fixedClock } from '../platform/clock.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { createPlan, transitionPlan } from '../modules/plans/index.ts';
import { applyToPlan, reviewRegistration } from '../modules/registrations/index.ts';
import { assignSeats, checkInCandidate, endSession, scheduleSession, startSession, writeSessionRecord } from '../modules/exam-sessions/index.ts';
import { enterScore, signOffSession } from '../modules/scores/index.ts';
import { publishResults, recordFinalResults } from '../modules/results/index.ts';
import { issueCertificates, revokeCertificate } from '../modules/certificates/index.ts';
import { sealCredentials } from '../modules/credentials/index.ts';
import { getParameter } from '../modules/parameters/index.ts';
import { updateProfile } from '../modules/people/index.ts';
import { workCalendar } from '../modules/calendar/index.ts';
import { demoActor, DEMO_WORKERS, recordDemoWorkers, type DemoWorker } from './demo-enterprise.ts';
import { staffDemoSessions } from './demo-exams.ts';

/** The system-state row naming the demo's certificate plan, so start-up can list its certificates. */
const CERTIFICATES_MARK = 'demo_certificates';

/** How long before the demo is loaded the enterprise's filing was approved, when the demo holds certificates. */
const FILING_LEAD_DAYS = 120;
/** How long before the demo is loaded the 五级 exam was held (moved back to a working day). */
const EXAM_LEAD_DAYS = 49;
/** How long after issue the enterprise revoked one of the certificates (never after the demo is loaded). */
const REVOKED_AFTER_DAYS = 7;

/** An instant at a Shanghai wall-clock time (UTC+8 all year). */
const shanghaiAt = (date: IsoDate, time: string) => new Date(`${date}T${time}:00+08:00`);

/** When the enterprise's filing is approved in a demo with certificates: early enough for the earlier exam to fall within it. */
export function demoFilingApprovedAt(now: Date): Date {
  return shanghaiAt(addDays(shanghaiDate(now), -FILING_LEAD_DAYS), '15:00');
}

/** A fictitious resident ID number that passes the GB 11643 check: the check character is computed. */
const residentId = (first17: string) => first17 + residentIdCheckChar(first17);

/** Young direct employees of the enterprise with no certificate yet, who sat the 五级 exam. */
export const DEMO_NEW_HIRES: DemoWorker[] = [
  {
    username: null,
    idNumber: residentId('31011520010315001'),
    name: '徐鹏',
    phone: null,
    profile: {
      workHistory: [{ occupationCode: '6-18-01-01', employer: '上海浦江精密机械有限公司', from: '2023-07-01', to: null, evidenceFileIds: [] }],
      certificates: [],
      diplomas: [],
      titles: [],
      apprenticeshipCompletedOn: null,
    },
    relation: { kind: 'employee', employmentType: 'direct', employerName: '', validFrom: '2023-07-01' },
  },
  {
    username: null,
    idNumber: residentId('31011520020818002'),
    name: '何佳',
    phone: null,
    profile: {
      workHistory: [{ occupationCode: '6-18-01-01', employer: '上海浦江精密机械有限公司', from: '2023-07-01', to: null, evidenceFileIds: [] }],
      certificates: [],
      diplomas: [],
      titles: [],
      apprenticeshipCompletedOn: null,
    },
    relation: { kind: 'employee', employmentType: 'direct', employerName: '', validFrom: '2023-07-01' },
  },
];

/** The 五级 candidates in the order they applied, with their theory score and the three examiners' skill scores. */
const CANDIDATES: Array<{ name: string; theory: number; skill: [number, number, number] }> = [
  { name: '陈静', theory: 86, skill: [82, 85, 84] },
  { name: '赵敏', theory: 78, skill: [76, 79, 75] },
  { name: '徐鹏', theory: 91, skill: [88, 90, 87] },
  { name: '何佳', theory: 72, skill: [70, 74, 71] },
];

/** Whose certificate the enterprise revoked, and why. */
export const DEMO_REVOKED = { name: '徐鹏', reason: '经复核，该考生技能考核存在他人代考情形，依规撤销证书。' };

export interface DemoCertificateOptions {
  keyring: Keyring;
  publicUrl: string;
  /** Person ids of the demo workers by name (陈静 and 赵敏 among them). */
  personIds: ReadonlyMap<string, string>;
}

/**
 * An earlier exam of the Pudong enterprise that has run its course, so certificates can be tried at
 * once: a 车工（数控车工）五级 plan whose exam was held about seven weeks before the demo is loaded,
 * with 陈静 and 赵敏 (whose identities can be claimed by `candidate-1` and `candidate-4`) and two
 * new hires. Every step goes through its use case as the account that would take it, on the day it
 * would be taken (the clock set back): filed with the notice the rules require and acknowledged,
 * applications admitted, sittings scheduled, seated and staffed, opened, candidates checked in by ID
 * number, the supervisor's record written, the sittings ended, scored (theory by the enterprise,
 * skill by its three examiners) and signed off, the results published for the minimum working days
 * and recorded final the day after, the certificates issued and sealed as credentials chunk by
 * chunk as the issue route does, and 徐鹏's revoked by the enterprise a week later with a reason.
 */
export async function seedDemoCertificates(tx: ServiceContext, enterpriseId: string, { keyring, publicUrl, personIds }: DemoCertificateOptions) {
  const today = shanghaiDate(tx.now());
  const calendar = await workCalendar(tx, addDays(today, -FILING_LEAD_DAYS), today);
  let examDay = addDays(today, -EXAM_LEAD_DAYS);
  while (!isWorkingDay(examDay, calendar)) examDay = addDays(examDay, -1);
  const filedOn = latestDayWithNotice(examDay, await getParameter(tx, 'plan.noticeWorkingDays'), calendar);

  const clock = fixedClock(shanghaiAt(filedOn, '09:00'));
  const at = (date: IsoDate, time: string) => clock.set(shanghaiAt(date, time));
  const as = async (username: string): Promise<ServiceContext> => ({ ...tx, actor: await demoActor(tx, username), now: () => clock.now() });
  const admin = await as('enterprise-admin');
  const district = await as('pudong-officer');
  // One after the other: the seed's transaction is one connection.
  const examiners = [await as('enterprise-examiner'), await as('enterprise-examiner-2'), await as('enterprise-examiner-3')];
  const supervisor = await as('enterprise-supervisor');
  const system = { ...tx, now: () => clock.now() };

  // The new hires were on the enterprise's books well before the plan; 陈静 and 赵敏, long on its
  // books in other jobs, have turned lathes since 2024, which the enterprise records in their profiles.
  at(addDays(filedOn, -7), '10:00');
  const ids = new Map([...personIds, ...(await recordDemoWorkers(system, keyring, enterpriseId, DEMO_NEW_HIRES))]);
  for (const name of ['陈静', '赵敏']) {
    await updateProfile({
      ctx: admin,
      id: ids.get(name)!,
      input: {
        version: 1,
        profile: {
          workHistory: [{ occupationCode: '6-18-01-01', employer: '上海浦江精密机械有限公司', from: '2024-03-01', to: null, evidenceFileIds: [] }],
          certificates: [],
          diplomas: [],
          titles: [],
          apprenticeshipCompletedOn: null,
        },
      },
    });
  }

  at(filedOn, '09:00');
  const draft = await createPlan({
    ctx: admin,
    institutionId: enterpriseId,
    input: {
      occupationCode: '6-18-01-01',
      workType: '数控车工',
      level: 5,
      examStart: examDay,
      examEnd: examDay,
      siteName: '张江实训中心',
      rooms: ['理论考场 301', '数控实操车间'],
      expectedCandidates: 8,
      examiners: ['孙国华', '周建平', '吴秀兰'],
      internalSupervisor: '郑质量',
    },
  });
  const filed = await transitionPlan({ ctx: admin, id: draft.id, action: 'file', input: { version: draft.version } });
  at(filedOn, '11:00');
  await transitionPlan({ ctx: district, id: draft.id, action: 'acknowledge', input: { version: filed.version, reason: '计划符合要求，准予备案。' } });

  at(filedOn, '14:00');
  const applied = [];
  for (const candidate of CANDIDATES) {
    applied.push(await applyToPlan({ ctx: admin, planId: draft.id, input: { personId: ids.get(candidate.name)! } }));
    clock.advance(60_000);
  }
  at(addDays(filedOn, 1), '09:00');
  const registrationOf = new Map<string, string>();
  for (const [index, registration] of applied.entries()) {
    await reviewRegistration({ ctx: admin, id: registration.id, input: { version: registration.version, decision: 'admit' } });
    registrationOf.set(CANDIDATES[index]!.name, registration.id);
  }

  at(addDays(filedOn, 1), '10:00');
  const theory = await scheduleSession({
    ctx: admin,
    planId: draft.id,
    input: { component: 'theory', startsAt: shanghaiAt(examDay, '09:00').toISOString(), endsAt: shanghaiAt(examDay, '10:30').toISOString(), room: '理论考场 301', capacity: 40 },
  });
  const skill = await scheduleSession({
    ctx: admin,
    planId: draft.id,
    input: { component: 'skill', startsAt: shanghaiAt(examDay, '13:00').toISOString(), endsAt: shanghaiAt(examDay, '16:00').toISOString(), room: '数控实操车间', capacity: 12 },
  });
  await assignSeats({ ctx: admin, planId: draft.id, input: { component: 'theory' } });
  await assignSeats({ ctx: admin, planId: draft.id, input: { component: 'skill' } });
  await staffDemoSessions(admin, enterpriseId, theory.id, skill.id);

  // The exam day: 孙国华 opens each sitting and checks the candidates in by ID number, 郑质量 writes the record.
  const [sun] = examiners;
  const idNumbers = new Map([...DEMO_WORKERS, ...DEMO_NEW_HIRES].map((w) => [w.name, w.idNumber]));
  const sitting = async (sessionId: string, opensAt: string, endsAt: string) => {
    at(examDay, opensAt);
    await startSession({ ctx: sun!, id: sessionId, input: { version: await versionOf(tx, sessionId) } });
    for (const candidate of CANDIDATES) {
      clock.advance(60_000);
      await checkInCandidate({ ctx: sun!, keyring, sessionId, input: { code: idNumbers.get(candidate.name)! } });
    }
    at(examDay, endsAt);
    await writeSessionRecord({ ctx: supervisor, id: sessionId, input: { version: await versionOf(tx, sessionId), record: '考生全部到考，考场秩序良好，无违纪情况。' } });
    await endSession({ ctx: sun!, id: sessionId, input: { version: await versionOf(tx, sessionId) } });
  };
  await sitting(theory.id, '08:30', '10:30');
  await sitting(skill.id, '12:30', '16:00');

  at(examDay, '16:30');
  for (const candidate of CANDIDATES) {
    const registrationId = registrationOf.get(candidate.name)!;
    await enterScore({ ctx: admin, sessionId: theory.id, registrationId, input: { score: candidate.theory } });
    for (const [index, examiner] of examiners.entries()) await enterScore({ ctx: examiner, sessionId: skill.id, registrationId, input: { score: candidate.skill[index]! } });
  }

  at(addDays(examDay, 1), '10:00');
  for (const session of [theory, skill]) await signOffSession({ ctx: admin, id: session.id, input: { version: await versionOf(tx, session.id) } });

  at(addDays(examDay, 2), '10:00');
  const published = await publishResults({ ctx: admin, planId: draft.id, input: {} });
  const finalOn = addDays(published.publication!.endsOn, 1);
  at(finalOn, '09:00');
  await recordFinalResults(system, { planId: draft.id });

  at(finalOn, '10:00');
  if (finalOn > today) throw new Error(`演示证书的发证日 ${finalOn} 晚于今天 (the demo's certificates would be issued after today)`);
  await issueCertificates({
    ctx: admin,
    planId: draft.id,
    input: {},
    afterChunk: async (ctx, certificateIds) => {
      await sealCredentials(ctx, keyring, publicUrl, certificateIds);
    },
  });

  const revokedOn = addDays(finalOn, REVOKED_AFTER_DAYS);
  if (revokedOn >= today) throw new Error(`演示证书的撤销日 ${revokedOn} 不早于今天 (the demo's revocation would not be in the past)`);
  at(revokedOn, '15:00');
  const [revoked] = await tx.db
    .select({ id: certificates.id, version: certificates.version })
    .from(certificates)
    .where(eq(certificates.registrationId, registrationOf.get(DEMO_REVOKED.name)!));
  await revokeCertificate({ ctx: admin, id: revoked!.id, input: { version: revoked!.version, reason: DEMO_REVOKED.reason } });

  await tx.db.insert(systemState).values({ key: CERTIFICATES_MARK, value: { planId: draft.id } });
  return { planId: draft.id };
}

/** A session's version as it stands: each step of a sitting moves it on. */
async function versionOf(tx: ServiceContext, sessionId: string) {
  const [row] = await tx.db.select({ version: examSessions.version }).from(examSessions).where(eq(examSessions.id, sessionId));
  return row!.version;
}

export interface DemoCertificateHint {
  number: string;
  holderName: string;
  status: string;
  revocationReason: string | null;
}

/** The demo's certificates as they stand now (start-up prints them); empty when the demo holds none. */
export async function demoCertificateHints(ctx: ServiceContext): Promise<DemoCertificateHint[]> {
  const [mark] = await ctx.db.select().from(systemState).where(eq(systemState.key, CERTIFICATES_MARK));
  const planId = (mark?.value as { planId?: string } | undefined)?.planId;
  if (!planId) return [];
  return ctx.db
    .select({ number: certificates.number, holderName: certificates.holderName, status: certificates.status, revocationReason: certificates.revocationReason })
    .from(certificates)
    .where(eq(certificates.planId, planId))
    .orderBy(asc(certificates.serial));
}
