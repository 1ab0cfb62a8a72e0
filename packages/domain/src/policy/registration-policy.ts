import { nextRegistrationStatus, type RegistrationAction, type RegistrationStatus } from '../registration-status.ts';
import type { Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, wrongState, type Decision } from './decision.ts';
import { institutionScope } from './scope.ts';
import { canApplyForInstitution } from './filing-policy.ts';

export type RegistrationStatusFact = RegistrationStatus;

export interface RegistrationFacts {
  institutionId: string;
  districtCode: string;
  personId: string;
  status: RegistrationStatusFact;
  /** The exam has started: nothing about the application can change any more. */
  examStarted: boolean;
  /** Who asked for direct recognition (破格), when someone did: they cannot also approve it. */
  directRequestedBy: string | null;
}

export type RegistrationOperation = 'read' | 'review' | 'withdraw' | 'requestDirect' | 'decideDirect';

/** The lifecycle action each operation fires; whether the state allows it is the transition table's to say. */
const ACTION: Record<Exclude<RegistrationOperation, 'read'>, RegistrationAction> = {
  review: 'admit',
  withdraw: 'withdraw',
  requestDirect: 'requestDirect',
  decideDirect: 'approveDirect',
};

function inState(operation: Exclude<RegistrationOperation, 'read'>, status: RegistrationStatus): Decision {
  return nextRegistrationStatus(status, ACTION[operation]) ? ALLOW : wrongState('policy.registration.wrongStatus', { registrationStatus: status });
}

function ownsPerson(actor: Actor, personId: string): boolean {
  return actor.kind === 'user' && actor.grants.some((g) => g.role === 'candidate' && g.personId === personId);
}

function staffOf(actor: Actor, institutionId: string): boolean {
  return actor.kind === 'user' && actor.grants.some((g) => g.role === 'institution_admin' && g.institutionId === institutionId);
}

/**
 * An application is the candidate's and the evaluating institution's: the candidate sees and
 * withdraws it, the institution reviews it (谁评价、谁负责), the district and city supervise it.
 */
export function registrationPolicy(actor: Actor, operation: RegistrationOperation, registration: RegistrationFacts): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  const own = ownsPerson(actor, registration.personId);
  const staff = staffOf(actor, registration.institutionId);
  if (operation === 'read') {
    const scope = institutionScope(actor);
    if (own || staff || scope.all || scope.districtCodes.includes(registration.districtCode)) return ALLOW;
    if (actor.grants.some((g) => g.role === 'examiner' && g.institutionId === registration.institutionId)) return ALLOW;
    return deny('policy.registration.notYours');
  }
  if (operation === 'review') {
    if (!staff) return deny('policy.registration.institutionOnly');
    if (registration.examStarted) return wrongState('policy.registration.examStarted');
    return inState('review', registration.status);
  }
  if (operation === 'requestDirect') {
    if (!staff) return deny('policy.registration.institutionOnly');
    if (registration.examStarted) return wrongState('policy.registration.examStarted');
    return inState('requestDirect', registration.status);
  }
  if (operation === 'decideDirect') {
    // The second approval belongs to the supervising bureau, and never to the person who asked.
    const scope = institutionScope(actor);
    if (!scope.all && !scope.districtCodes.includes(registration.districtCode)) return deny('policy.registration.districtOnly');
    if (registration.directRequestedBy === actor.userId) return deny('policy.registration.sameApprover');
    if (registration.examStarted) return wrongState('policy.registration.examStarted');
    return inState('decideDirect', registration.status);
  }
  if (!own && !staff) return deny('policy.registration.notYours');
  if (registration.examStarted) return wrongState('policy.registration.examStarted');
  return inState('withdraw', registration.status);
}

/**
 * Applying to a plan: a candidate for themself (any institution's open plan — the admission
 * check decides whether that institution may evaluate them), or the institution's staff for
 * people they name.
 */
export function canApply(actor: Actor, plan: { institutionId: string }, personId: string | null): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  if (personId === null) {
    if (actor.grants.some((g) => g.role === 'candidate')) return ALLOW;
    return deny('policy.registration.personRequired');
  }
  if (staffOf(actor, plan.institutionId) || ownsPerson(actor, personId)) return ALLOW;
  return deny('policy.registration.institutionOnly');
}

/** A group import and its report: the institution that uploaded it, and the city. */
export function registrationImportPolicy(actor: Actor, institutionId: string): Decision {
  if (actor.kind === 'system') return ALLOW;
  if (institutionScope(actor).all) return ALLOW;
  return canApplyForInstitution(actor, institutionId);
}

/** The 破格 queue: the bureaus that give the second approval (districts, and the city). */
export function canListDirectRecognitions(actor: Actor): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  const scope = institutionScope(actor);
  return scope.all || scope.districtCodes.length ? ALLOW : deny('policy.registration.districtOnly');
}
