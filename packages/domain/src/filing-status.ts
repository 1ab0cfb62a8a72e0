/**
 * Filing (备案) lifecycle. Amendments and renewals are filings of their own kind that go through
 * the same review; on approval they change (amendment) or extend (renewal) the filing they point at.
 */
export const FILING_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'rejected', 'suspended', 'expired', 'terminated', 'superseded'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

export const FILING_KINDS = ['initial', 'amendment', 'renewal'] as const;
export type FilingKind = (typeof FILING_KINDS)[number];

export const FILING_ACTIONS = ['submit', 'return', 'resubmit', 'approve', 'reject', 'suspend', 'restore', 'expire', 'terminate', 'withdraw'] as const;
export type FilingAction = (typeof FILING_ACTIONS)[number];

/** The transition table: action → from-states → to-state. Anything not listed is refused. */
export const FILING_TRANSITIONS: Record<FilingAction, { from: readonly FilingStatus[]; to: FilingStatus }> = {
  submit: { from: ['draft'], to: 'submitted' },
  return: { from: ['submitted'], to: 'returned' },
  resubmit: { from: ['returned'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  reject: { from: ['submitted'], to: 'rejected' },
  suspend: { from: ['approved'], to: 'suspended' },
  restore: { from: ['suspended'], to: 'approved' },
  expire: { from: ['approved', 'suspended'], to: 'expired' },
  terminate: { from: ['approved', 'suspended'], to: 'terminated' },
  // An applicant may withdraw a draft or returned application instead of pursuing it.
  withdraw: { from: ['draft', 'returned'], to: 'superseded' },
};

/** Terminal states: nothing leaves them; a new filing starts over. */
export const TERMINAL_FILING_STATUSES: readonly FilingStatus[] = ['rejected', 'expired', 'terminated', 'superseded'];

export function allowedFilingActions(status: FilingStatus): FilingAction[] {
  return FILING_ACTIONS.filter((action) => FILING_TRANSITIONS[action].from.includes(status));
}

export function nextFilingStatus(status: FilingStatus, action: FilingAction): FilingStatus | null {
  const rule = FILING_TRANSITIONS[action];
  return rule.from.includes(status) ? rule.to : null;
}

/** Statuses in which an institution may evaluate under the filing. */
export function isFilingInForce(status: FilingStatus): boolean {
  return status === 'approved';
}

/** Decisions whose reason is mandatory (docs/domain.md "Filing"; docs/ux.md "Page patterns"). */
export const REASON_REQUIRED: readonly FilingAction[] = ['return', 'reject', 'suspend', 'restore', 'terminate'];
