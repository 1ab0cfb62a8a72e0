import { AppError } from '../errors.ts';
import type { DatabaseErrorFacts } from './database-error.ts';

/**
 * Constraints whose violation a user can understand, with the message that explains it. Use
 * cases check these rules first where they can; the constraint is what makes them hold under
 * concurrency, so the second of two racing requests lands here instead of in a 500. Any other
 * constraint gets the generic message of its kind, never its name or the values involved.
 */
const KNOWN_CONSTRAINTS: Record<string, string> = {
  organizations_credit_code_key: 'organization.creditCodeTaken',
  users_username_unique: 'error.db.usernameTaken',
  filings_filing_number_key: 'error.db.filingNumberTaken',
  filings_certificate_segments_key: 'error.db.segmentsTaken',
  number_counters_pkey: 'error.db.retry',
  registrations_plan_person_key: 'error.db.alreadyApplied',
  apprenticeships_open_key: 'error.db.apprenticeOpen',
  appointments_active_key: 'error.db.appointmentHeld',
  registration_imports_idempotency_key: 'error.db.idempotencyKeyTaken',
  persons_id_number_blind_key: 'error.db.personExists',
  user_grants_candidate_person_key: 'error.db.personLinked',
  identity_claims_open_key: 'error.db.claimOpen',
  inspectors_certificate_number_key: 'error.db.inspectorCertificateTaken',
  inspectors_user_key: 'error.db.inspectorAccountTaken',
  inspection_items_code_key: 'error.db.inspectionItemCodeTaken',
  inspector_conflicts_key: 'error.db.inspectorConflictExists',
};

/**
 * The problem a database refusal becomes: a duplicate is a 409 conflict; a reference to
 * nothing, a broken rule or a missing value is 422 (the request was well-formed, the data
 * cannot be stored); a value the column cannot hold is 400; a lost serialisation race is a 409
 * the client may retry. Null for anything else (a real fault: 500).
 */
export function problemOfDatabaseError(facts: DatabaseErrorFacts): AppError | null {
  const known = facts.constraint ? KNOWN_CONSTRAINTS[facts.constraint] : undefined;
  switch (facts.code) {
    case '23505':
      return new AppError('CONFLICT', known ?? 'error.db.unique');
    case '23503':
      return new AppError('UNPROCESSABLE', known ?? 'error.db.foreignKey');
    case '23514':
    case '23P01':
      return new AppError('UNPROCESSABLE', known ?? 'error.db.check');
    case '23502':
      return new AppError('UNPROCESSABLE', 'error.db.notNull');
    case '22P02':
    case '22003':
    case '22001':
    case '22007':
    case '22008':
    case '22021':
    case '22023':
    case '54000':
      return new AppError('VALIDATION', 'error.db.invalidValue');
    case '40001':
    case '40P01':
    case '55P03':
      return new AppError('CONFLICT', 'error.db.retry');
    default:
      return null;
  }
}
