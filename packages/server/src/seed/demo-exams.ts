import { and, eq } from 'drizzle-orm';
import { addDays, latestDayWithNotice, shanghaiDate, type IsoDate, type SessionDuty } from '@jiping/domain';
import type { ServiceContext } from '../platform/context.ts';
import { staffMembers } from '../platform/db/schema.ts';
import { fixedClock } from '../platform/clock.ts';
import { createPlan, transitionPlan } from '../modules/plans/index.ts';
import { applyToPlan, reviewRegistration } from '../modules/registrations/index.ts';
import { scheduleSession, assignSeats } from '../modules/exam-sessions/index.ts';
import { getParameter } from '../modules/parameters/index.ts';
import { workCalendar } from '../modules/calendar/index.ts';
import { assignSessionStaff } from '../modules/staffing/index.ts';
import { demoActor, DEMO_LATHE_WORKERS } from './demo-enterprise.ts';

const MINUTE = 60_000;

/** An instant at a Shanghai wall-clock time (UTC+8 all year). */
const shanghaiAt = (date: IsoDate, time: string) => new Date(`${date}T${time}:00+08:00`);

/**
 * Today's theory and skill sittings: 08:00–11:30 and 13:00–17:30 Shanghai time, moved later when
 * the demo is loaded after such a time, because a sitting cannot be scheduled to start in the past.
 * Both stay on the exam day and never overlap, as the same staff serve in both.
 */
export function demoExamTimes(now: Date): { day: IsoDate; theory: [Date, Date]; skill: [Date, Date] } {
  let day = shanghaiDate(now);
  let earliest = new Date(Math.ceil((now.getTime() + 5 * MINUTE) / (15 * MINUTE)) * 15 * MINUTE);
  // Too little of the day left for two sittings: they are held the next day instead.
  if (shanghaiDate(earliest) !== day || shanghaiAt(day, '23:59').getTime() - earliest.getTime() < 40 * MINUTE) {
    day = addDays(day, 1);
    earliest = shanghaiAt(day, '00:00');
  }
  const later = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);
  const plus = (at: Date, minutes: number) => new Date(at.getTime() + minutes * MINUTE);
  const dayEnd = shanghaiAt(day, '23:59');
  const theoryStart = later(shanghaiAt(day, '08:00'), earliest);
  const theoryEnd = later(shanghaiAt(day, '11:30'), plus(theoryStart, 90));
  const skillStart = later(shanghaiAt(day, '13:00'), plus(theoryEnd, 30));
  const skillEnd = later(shanghaiAt(day, '17:30'), plus(skillStart, 120));
  if (skillEnd.getTime() <= dayEnd.getTime()) return { day, theory: [theoryStart, theoryEnd], skill: [skillStart, skillEnd] };
  // Late in the day: the rest of it is shared between the two sittings.
  const half = Math.floor((dayEnd.getTime() - theoryStart.getTime()) / 2 / MINUTE);
  return { day, theory: [theoryStart, plus(theoryStart, half - 5)], skill: [plus(theoryStart, half), dayEnd] };
}

/**
 * The Pudong enterprise's 车工（数控车工）四级 exam, ready to be run today: the plan was drafted,
 * filed and acknowledged by the district with the notice the rules require (the clock set back to
 * the last day that allowed it), 李强 and four colleagues applied and were admitted before the exam
 * day, and today the sittings are scheduled, seats drawn, tickets issued and staffed — each step
 * through its use case as the demo account that would take it, so policies and audit apply.
 */
export async function seedDemoExam(tx: ServiceContext, enterpriseId: string, personIds: ReadonlyMap<string, string>) {
  const times = demoExamTimes(tx.now());
  const notice = await getParameter(tx, 'plan.noticeWorkingDays');
  const filedOn = latestDayWithNotice(times.day, notice, await workCalendar(tx, addDays(times.day, -120), times.day));
  const earlier = fixedClock(shanghaiAt(filedOn, '09:00'));
  const then = (ctx: ServiceContext) => ({ ...ctx, now: () => earlier.now() });
  const admin = { ...tx, actor: await demoActor(tx, 'enterprise-admin') };
  const district = { ...tx, actor: await demoActor(tx, 'pudong-officer') };
  const candidate = { ...tx, actor: await demoActor(tx, 'candidate-2') };

  const draft = await createPlan({
    ctx: then(admin),
    institutionId: enterpriseId,
    input: {
      occupationCode: '6-18-01-01',
      workType: '数控车工',
      level: 4,
      examStart: times.day,
      examEnd: times.day,
      siteName: '张江实训中心',
      rooms: ['理论考场 301', '数控实操车间'],
      expectedCandidates: 12,
      examiners: ['孙国华', '周建平', '吴秀兰'],
      internalSupervisor: '郑质量',
    },
  });
  const filed = await transitionPlan({ ctx: then(admin), id: draft.id, action: 'file', input: { version: draft.version } });
  earlier.advance(2 * 60 * MINUTE);
  await transitionPlan({ ctx: then(district), id: draft.id, action: 'acknowledge', input: { version: filed.version, reason: '计划符合要求，准予备案。' } });

  // Applications come in after the acknowledgement, and are reviewed before the exam day.
  earlier.advance(2 * 60 * MINUTE);
  const applied = [await applyToPlan({ ctx: then(candidate), planId: draft.id, input: {} })];
  for (const worker of DEMO_LATHE_WORKERS) applied.push(await applyToPlan({ ctx: then(admin), planId: draft.id, input: { personId: personIds.get(worker.name)! } }));
  earlier.advance(24 * 60 * MINUTE);
  for (const registration of applied) await reviewRegistration({ ctx: then(admin), id: registration.id, input: { version: registration.version, decision: 'admit' } });

  const theory = await scheduleSession({
    ctx: admin,
    planId: draft.id,
    input: { component: 'theory', startsAt: times.theory[0].toISOString(), endsAt: times.theory[1].toISOString(), room: '理论考场 301', capacity: 40 },
  });
  const skill = await scheduleSession({
    ctx: admin,
    planId: draft.id,
    input: { component: 'skill', startsAt: times.skill[0].toISOString(), endsAt: times.skill[1].toISOString(), room: '数控实操车间', capacity: 12 },
  });
  await assignSeats({ ctx: admin, planId: draft.id, input: { component: 'theory' } });
  await assignSeats({ ctx: admin, planId: draft.id, input: { component: 'skill' } });

  await staffDemoSessions(admin, enterpriseId, theory.id, skill.id);
  return { planId: draft.id, sessionIds: [theory.id, skill.id] };
}

/**
 * The filed staff in a theory and a skill sitting of the enterprise, breaking no staffing rule for
 * up to 15 candidates: 孙国华 and 周建平 invigilate the theory sitting, the three examiners score the
 * skill one, 郑质量 supervises both.
 */
export async function staffDemoSessions(admin: ServiceContext, enterpriseId: string, theoryId: string, skillId: string) {
  const staff = new Map(
    (
      await admin.db
        .select({ id: staffMembers.id, name: staffMembers.name })
        .from(staffMembers)
        .where(and(eq(staffMembers.institutionId, enterpriseId), eq(staffMembers.active, true)))
    ).map((member) => [member.name, member.id]),
  );
  const staffing: Array<[string, SessionDuty, string]> = [
    [theoryId, 'invigilator', '孙国华'],
    [theoryId, 'invigilator', '周建平'],
    [theoryId, 'internal_supervisor', '郑质量'],
    [skillId, 'examiner', '孙国华'],
    [skillId, 'examiner', '周建平'],
    [skillId, 'examiner', '吴秀兰'],
    [skillId, 'internal_supervisor', '郑质量'],
  ];
  for (const [sessionId, duty, name] of staffing) await assignSessionStaff({ ctx: admin, id: sessionId, input: { staffId: staff.get(name)!, duty } });
}
