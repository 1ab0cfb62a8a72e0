/**
 * Evaluation plan (评价计划) lifecycle: drafted by the institution, filed with the district, which
 * acknowledges it (备案) or returns it; an acknowledged plan runs its batch and is closed.
 */
export const PLAN_STATUSES = ['draft', 'filed', 'returned', 'acknowledged', 'cancelled', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_ACTIONS = ['file', 'acknowledge', 'return', 'cancel', 'close'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

export const PLAN_TRANSITIONS: Record<PlanAction, { from: readonly PlanStatus[]; to: PlanStatus }> = {
  file: { from: ['draft', 'returned'], to: 'filed' },
  acknowledge: { from: ['filed'], to: 'acknowledged' },
  return: { from: ['filed'], to: 'returned' },
  cancel: { from: ['draft', 'filed', 'returned', 'acknowledged'], to: 'cancelled' },
  close: { from: ['acknowledged'], to: 'closed' },
};

export function nextPlanStatus(status: PlanStatus, action: PlanAction): PlanStatus | null {
  const rule = PLAN_TRANSITIONS[action];
  return rule.from.includes(status) ? rule.to : null;
}

export const PLAN_REASON_REQUIRED: readonly PlanAction[] = ['return', 'cancel'];
