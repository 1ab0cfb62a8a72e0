import type { StaffingGate } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { loadPlan, loadPlanStaffing, loadSession } from './session-staffing.ts';

/**
 * The staffing verdict a session's start waits on, in the caller's transaction: every broken rule
 * (in both languages) with the member of staff it concerns; `ok` only when there is none. The
 * start action checks who may start the session; this says whether its staffing lets it.
 */
export async function checkStaffingForStart(ctx: ServiceContext, sessionId: string): Promise<StaffingGate> {
  const session = await loadSession(ctx, sessionId);
  const staffing = await loadPlanStaffing(ctx, await loadPlan(ctx, session.planId), [sessionId]);
  const problems = staffing.sessions[0]!.problems.map((p) => ({ rule: p.rule, message: p.message, ...(p.staff ? { staff: p.staff.name } : {}) }));
  return { ok: problems.length === 0, problems };
}
