import { and, asc, eq, or } from 'drizzle-orm';
import { planPolicy, sessionStaffingPolicy, staffEligibility, staffingRulesFor, staffPolicy } from '@jiping/domain';
import type { PlanStaffingView } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { userGrants, users } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { getParameter } from '../parameters/index.ts';
import { loadPlan, loadPlanStaffing, loadSession, sessionFacts, sessionView, type PlanRow, type PlanStaffing } from './session-staffing.ts';

/** 人员安排: every session of the plan with who serves in it and every rule its staffing breaks. */
export async function getPlanStaffing({ ctx, id }: { ctx: ServiceContext; id: string }): Promise<PlanStaffingView> {
  const plan = await loadPlan(ctx, id);
  assertAllowed(planPolicy(ctx.actor, 'read', plan));
  assertAllowed(sessionStaffingPolicy(ctx.actor, 'read', { institutionId: plan.institutionId, districtCode: plan.districtCode, occupationCode: plan.occupationCode, status: 'scheduled' }));
  return planStaffingView(ctx, await loadPlanStaffing(ctx, plan));
}

/** One session's staffing and verdict. */
export async function getSessionStaffing({ ctx, id }: { ctx: ServiceContext; id: string }) {
  const session = await loadSession(ctx, id);
  const plan = await loadPlan(ctx, session.planId);
  assertAllowed(sessionStaffingPolicy(ctx.actor, 'read', sessionFacts(plan, session)));
  const staffing = await loadPlanStaffing(ctx, plan, [id]);
  return sessionView(ctx.actor, plan, staffing.sessions[0]!);
}

export async function planStaffingView(ctx: ServiceContext, staffing: PlanStaffing): Promise<PlanStaffingView> {
  const { plan } = staffing;
  const manages = staffPolicy(ctx.actor, 'manage', { id: plan.institutionId, districtCode: plan.districtCode }).allowed;
  const [first] = staffing.sessions;
  return {
    plan: {
      id: plan.id,
      institutionId: plan.institutionId,
      occupationCode: plan.occupationCode,
      workType: plan.workType,
      level: plan.level,
      examStart: plan.examStart,
      examEnd: plan.examEnd,
      siteName: plan.siteName,
      internalSupervisor: plan.internalSupervisor,
      externalSupervisor: plan.externalSupervisor,
      status: plan.status,
    },
    rules: first?.rules ?? (await rulesForPlan(ctx, staffing)),
    sessions: staffing.sessions.map((session) => sessionView(ctx.actor, plan, session)),
    staff: manages
      ? staffing.staff
          .filter((member) => member.named)
          .map((member) => ({
            id: member.id,
            name: member.name,
            kind: member.kind,
            // Qualified for the plan's occupation and level (supervisors for any).
            qualified:
              staffEligibility(
                { component: 'skill', examDate: plan.examStart, institutionId: plan.institutionId, occupationCode: plan.occupationCode, level: plan.level },
                member,
                member.kind === 'supervisor' ? 'internal_supervisor' : 'examiner',
              ).length === 0,
          }))
      : [],
    dispatchable: mayDispatch(ctx, plan) ? await dispatchableAccounts(ctx, plan) : [],
  };
}

/** A plan without sessions yet still shows the numbers its sessions will be held to. */
async function rulesForPlan(ctx: ServiceContext, staffing: PlanStaffing) {
  return staffingRulesFor(await getParameter(ctx, 'staffing.rules', staffing.plan.examStart), staffing.plan.occupationCode, staffing.plan.level);
}

function mayDispatch(ctx: ServiceContext, plan: PlanRow): boolean {
  return sessionStaffingPolicy(ctx.actor, 'dispatch', { institutionId: plan.institutionId, districtCode: plan.districtCode, occupationCode: plan.occupationCode, status: 'scheduled' }).allowed;
}

/** Who the district may send as external supervisor (外督): inspectors, and the officers of the plan's district. */
export async function dispatchableAccounts(ctx: ServiceContext, plan: PlanRow) {
  return ctx.db
    .selectDistinct({ id: users.id, username: users.username, displayName: users.displayName })
    .from(users)
    .innerJoin(userGrants, eq(userGrants.userId, users.id))
    .where(and(eq(users.status, 'active'), or(eq(userGrants.role, 'inspector'), and(eq(userGrants.role, 'district_officer'), eq(userGrants.districtCode, plan.districtCode)))))
    .orderBy(asc(users.username));
}
