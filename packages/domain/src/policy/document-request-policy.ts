import type { DocumentRequestStatus, InspectionStatus } from '../supervision/vocabulary.ts';
import { administeredInstitutionIds, type Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, wrongState, type Decision } from './decision.ts';
import { followsUpInspection, readsInspectionFollowUp, type InspectionFollowUpFacts } from './rectification-policy.ts';

export type DocumentRequestAction = 'read' | 'request' | 'upload' | 'answer' | 'close' | 'download';

export interface DocumentRequestFacts extends InspectionFollowUpFacts {
  /** The request's status; absent when asking a new one. */
  requestStatus?: DocumentRequestStatus;
}

/** Materials may be asked for from the assignment (调取资料 is often the first step) until the inspection is completed. */
export const DOCUMENT_REQUESTABLE: readonly InspectionStatus[] = ['assigned', 'in_progress', 'submitted', 'completed'];

/**
 * 调取资料: the supervisors of the inspection ask, the institution's administrator uploads and
 * marks the request answered while it is open, the supervisors close it. Supervisors and the
 * institution read it and download its files.
 */
export function documentRequestPolicy(actor: Actor, action: DocumentRequestAction, facts: DocumentRequestFacts): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (action === 'read' || action === 'download') return readsInspectionFollowUp(actor, facts);
  if (action === 'upload' || action === 'answer') {
    if (!administeredInstitutionIds(actor).includes(facts.institutionId)) return deny('policy.documentRequest.institutionOnly');
    return facts.requestStatus === 'open' ? ALLOW : wrongState('policy.documentRequest.wrongStatus', { documentRequestStatus: facts.requestStatus ?? '' });
  }
  const who = followsUpInspection(actor, facts);
  if (!who.allowed) return who;
  if (action === 'request') {
    return DOCUMENT_REQUESTABLE.includes(facts.status) ? ALLOW : wrongState('policy.documentRequest.inspectionNotRequestable', { inspectionStatus: facts.status });
  }
  return facts.requestStatus === 'open' || facts.requestStatus === 'answered' ? ALLOW : wrongState('policy.documentRequest.wrongStatus', { documentRequestStatus: facts.requestStatus ?? '' });
}

export function allowedDocumentRequestActions(actor: Actor, facts: DocumentRequestFacts): Array<'upload' | 'answer' | 'close'> {
  return (['upload', 'answer', 'close'] as const).filter((action) => documentRequestPolicy(actor, action, facts).allowed);
}
