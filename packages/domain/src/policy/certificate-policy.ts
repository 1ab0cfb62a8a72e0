import type { CertificateStatus } from '../certificates.ts';
import { administeredInstitutionIds, hasRole, ownPersonIds, type Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, wrongState, type Decision } from './decision.ts';
import { institutionScope } from './scope.ts';

/** What a certificate decision is taken on: whose it is, where, of which occupation, and its state. */
export interface CertificateFacts {
  institutionId: string;
  districtCode: string;
  occupationCode: string;
  personId: string;
  status: CertificateStatus;
}

/** What the certificate page offers; `allowedActions` lists those the actor may take now. */
export const CERTIFICATE_ACTIONS = ['download', 'revoke', 'correct'] as const;
export type CertificateAction = (typeof CERTIFICATE_ACTIONS)[number];
export type CertificateOperation = 'read' | CertificateAction;

/** A revocation or correction reason: long enough to say why, short enough for the record. */
export const CERTIFICATE_REASON_MIN = 5;
export const CERTIFICATE_REASON_MAX = 500;

/**
 * 谁评价、谁负责、谁发证: the evaluating institution's administrator issues, corrects and revokes
 * its certificates; the city (市人社局) may also revoke one (after a fraud finding, say).
 * Supervisors read in scope: the city, the district of the institution, the industry officer by
 * occupation, and inspectors. A holder reads their own certificates, and only through the person
 * their account is linked to: a name or an ID number alone opens nothing.
 */
export function certificatePolicy(actor: Actor, operation: CertificateOperation, certificate: CertificateFacts): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  const own = administeredInstitutionIds(actor).includes(certificate.institutionId);
  const city = hasRole(actor, 'municipal_admin');
  let who: Decision;
  switch (operation) {
    case 'read': {
      const scope = institutionScope(actor);
      const supervises = scope.all || scope.districtCodes.includes(certificate.districtCode) || scope.occupationCodes.includes(certificate.occupationCode);
      const holder = ownPersonIds(actor).includes(certificate.personId);
      if (own || supervises || holder || hasRole(actor, 'inspector')) who = ALLOW;
      else if (scope.districtCodes.length) who = deny('policy.district.outOfScope', { district: certificate.districtCode });
      else who = deny('policy.certificate.notYours');
      break;
    }
    case 'revoke':
      who = own || city ? ALLOW : deny('policy.certificate.revokers');
      break;
    case 'correct':
      who = own ? ALLOW : deny('policy.certificate.issuerOnly');
      break;
    // The documents print the full ID number: the holder and the issuer only, never a supervisor by scope.
    case 'download':
      who = own || ownPersonIds(actor).includes(certificate.personId) ? ALLOW : deny('policy.certificate.downloaders');
      break;
  }
  // A revoked or replaced certificate still downloads (marked so on the document); only changes need a valid one.
  if (!who.allowed || operation === 'read' || operation === 'download') return who;
  return certificate.status === 'valid' ? ALLOW : wrongState('policy.certificate.notValid', { certificateStatus: certificate.status });
}

/** Only the evaluating institution's administrator issues its certificates (谁评价、谁发证). */
export function canIssueCertificates(actor: Actor, institutionId: string): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  return administeredInstitutionIds(actor).includes(institutionId) ? ALLOW : deny('policy.certificate.issuerOnly');
}

/** The certificates list: institutions (their own) and supervisors (in scope); candidates use their own list. */
export function canListCertificates(actor: Actor): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  const allowed = actor.grants.some((g) => g.role !== 'candidate' && g.role !== 'examiner');
  return allowed ? ALLOW : deny('policy.certificate.notForRole');
}

/** The actions of `CERTIFICATE_ACTIONS` the actor may take on a certificate now. */
export function allowedCertificateActions(actor: Actor, certificate: CertificateFacts): CertificateAction[] {
  return CERTIFICATE_ACTIONS.filter((action) => certificatePolicy(actor, action, certificate).allowed);
}
