/**
 * Application (报名) lifecycle. An application is born `pending` (the admission engine finds the
 * candidate eligible) or `ineligible`; the institution admits or rejects it (admitting an
 * ineligible one is an override), or asks the district for direct recognition (破格), which the
 * district approves or refuses; until the exam the candidate may withdraw it.
 */
export const REGISTRATION_STATUSES = ['pending', 'ineligible', 'direct_pending', 'admitted', 'rejected', 'withdrawn'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** What the admission engine's verdict makes a new application. */
export function initialRegistrationStatus(admissible: boolean): RegistrationStatus {
  return admissible ? 'pending' : 'ineligible';
}

export const REGISTRATION_ACTIONS = ['admit', 'reject', 'requestDirect', 'approveDirect', 'refuseDirect', 'withdraw'] as const;
export type RegistrationAction = (typeof REGISTRATION_ACTIONS)[number];

export const REGISTRATION_TRANSITIONS: Record<RegistrationAction, { from: readonly RegistrationStatus[]; to: RegistrationStatus }> = {
  admit: { from: ['pending', 'ineligible'], to: 'admitted' },
  reject: { from: ['pending', 'ineligible'], to: 'rejected' },
  requestDirect: { from: ['ineligible'], to: 'direct_pending' },
  approveDirect: { from: ['direct_pending'], to: 'admitted' },
  // A refused waiver leaves the application as the engine judged it; the institution may still reject it.
  refuseDirect: { from: ['direct_pending'], to: 'ineligible' },
  withdraw: { from: ['pending', 'ineligible', 'direct_pending', 'admitted'], to: 'withdrawn' },
};

export function nextRegistrationStatus(status: RegistrationStatus, action: RegistrationAction): RegistrationStatus | null {
  const rule = REGISTRATION_TRANSITIONS[action];
  return rule.from.includes(status) ? rule.to : null;
}

/** Rejected and withdrawn applications are final: a candidate applies again instead. */
export const REGISTRATION_TERMINAL: readonly RegistrationStatus[] = REGISTRATION_STATUSES.filter((status) => REGISTRATION_ACTIONS.every((action) => nextRegistrationStatus(status, action) === null));
