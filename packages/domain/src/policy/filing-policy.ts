import type { FilingAction, FilingStatus } from '../filing-status.ts';
import { allowedFilingActions, nextFilingStatus } from '../filing-status.ts';
import type { Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, wrongState, type Decision } from './decision.ts';
import { institutionScope } from './scope.ts';

/** The facts about one filing that decide who may do what to it. */
export interface FilingFacts {
  institutionId: string;
  districtCode: string;
  status: FilingStatus;
  occupationCodes: readonly string[];
}

export type FilingOperation = 'read' | 'edit' | FilingAction;

/** Actions the applicant institution takes; the rest are the reviewing bureau's decisions. */
const APPLICANT_ACTIONS: readonly FilingOperation[] = ['edit', 'submit', 'resubmit', 'withdraw'];
const REVIEWER_ACTIONS: readonly FilingOperation[] = ['return', 'approve', 'reject', 'suspend', 'restore', 'terminate'];

/**
 * Territorial review (属地管理): the institution's own admin applies; the officer of the district
 * of registration, or the city centre, decides. Industry officers read filings in their
 * occupations; nobody else sees them. `expire` belongs to the daily job alone, which also restores
 * a filing when a suspension decided as a sanction ends.
 */
export function filingPolicy(actor: Actor, operation: FilingOperation, filing: FilingFacts): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  // Who first, state second: someone out of scope learns nothing about the filing's state.
  const who = whoMay(actor, operation, filing);
  if (!who.allowed || operation === 'read') return who;
  if (operation === 'edit') return ['draft', 'returned'].includes(filing.status) ? ALLOW : wrongState('policy.filing.notEditable', { status: filing.status });
  return nextFilingStatus(filing.status, operation) === null ? wrongState('policy.filing.wrongStatus', { status: filing.status, action: operation }) : ALLOW;
}

function whoMay(actor: Actor, operation: FilingOperation, filing: FilingFacts): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  // The daily jobs: expiry, and the restoration of a filing whose suspension (a sanction) has run its term.
  if (actor.kind === 'system') return operation === 'expire' || operation === 'restore' ? ALLOW : deny('policy.filing.notReviewer');
  if (operation === 'expire') return deny('policy.filing.jobOnly');

  const applicant = actor.grants.some((g) => g.role === 'institution_admin' && g.institutionId === filing.institutionId);
  const scope = institutionScope(actor);
  const reviewer = scope.all || scope.districtCodes.includes(filing.districtCode);
  if (operation === 'read') {
    if (applicant || actor.grants.some((g) => g.role === 'examiner' && g.institutionId === filing.institutionId)) return ALLOW;
    // A draft belongs to its institution until it is submitted: no officer reads it, the city included.
    if (filing.status === 'draft') return deny('policy.draft.institutionOnly');
    if (reviewer) return ALLOW;
    if (filing.occupationCodes.some((code) => scope.occupationCodes.includes(code))) return ALLOW;
    return outOfScope(scope.districtCodes.length > 0, filing.districtCode);
  }
  if (APPLICANT_ACTIONS.includes(operation)) return applicant ? ALLOW : deny('policy.filing.applicantOnly');
  if (REVIEWER_ACTIONS.includes(operation)) {
    if (reviewer) return ALLOW;
    return outOfScope(scope.districtCodes.length > 0, filing.districtCode, 'policy.filing.notReviewer');
  }
  return deny('policy.filing.notReviewer');
}

function outOfScope(isDistrictOfficer: boolean, districtCode: string, otherwise = 'policy.institution.notYours'): Decision {
  return isDistrictOfficer ? deny('policy.district.outOfScope', { district: districtCode }) : deny(otherwise);
}

/** The operations this actor may perform now: sent to the client, which renders buttons from them. */
export function allowedFilingOperations(actor: Actor, filing: FilingFacts): FilingOperation[] {
  const candidates: FilingOperation[] = ['edit', ...allowedFilingActions(filing.status)];
  return candidates.filter((operation) => filingPolicy(actor, operation, filing).allowed);
}

/** Starting a filing, amendment or renewal: the institution's own admin only. */
export function canApplyForInstitution(actor: Actor, institutionId: string): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'user' && actor.grants.some((g) => g.role === 'institution_admin' && g.institutionId === institutionId)) return ALLOW;
  return deny('policy.filing.applicantOnly');
}

/** Listing filings: anyone with institution scope; the query narrows it. */
export function canListFilings(actor: Actor): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  const scope = institutionScope(actor);
  if (scope.all || scope.districtCodes.length || scope.institutionIds.length || scope.occupationCodes.length) return ALLOW;
  return deny('policy.institution.noScope');
}

/** Demonstration designation (示范性社会培训评价组织) is the city's. */
export function canDesignateDemonstration(actor: Actor): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  return institutionScope(actor).all && actor.kind === 'user' ? ALLOW : deny('policy.filing.cityOnly');
}
