import type { IsoDate } from '../dates.ts';
import type { AgreementKind, EmploymentType, RelationKind } from './relations.ts';

/** Whether a relation kind takes a field: must have it, may have it, or has no such thing. */
export type FieldNeed = 'required' | 'optional' | 'none';

export interface RelationFieldRules {
  employmentType: FieldNeed;
  /** Per employment type for employees: a dispatched or outsourced worker's employer is another company. */
  employerName: FieldNeed | Record<EmploymentType, FieldNeed>;
  /** The kind of agreement the relation rests on, or null. */
  agreement: AgreementKind | null;
  graduationDate: FieldNeed;
}

/**
 * Which fields each relation kind needs: the one table the relation form, the single-relation
 * API and the group import all read (docs/domain.md "Relations").
 * - Employer name: required where the person's employer is not the institution itself (labour
 *   dispatch, outsourcing: the dispatching or outsourcing company; an entrusting enterprise's
 *   employee: the company they work for), optional for a direct employee, and no such thing for
 *   students and residents.
 * - Graduation date: both student kinds, because admission judges the graduating year.
 */
export const RELATION_FIELDS: Record<RelationKind, RelationFieldRules> = {
  employee: { employmentType: 'required', employerName: { direct: 'optional', dispatched: 'required', outsourced: 'required' }, agreement: null, graduationDate: 'none' },
  cooperation_student: { employmentType: 'none', employerName: 'none', agreement: 'cooperation', graduationDate: 'required' },
  entrusted_employee: { employmentType: 'none', employerName: 'required', agreement: 'entrustment', graduationDate: 'none' },
  enrolled_student: { employmentType: 'none', employerName: 'none', agreement: null, graduationDate: 'required' },
  shanghai_household: { employmentType: 'none', employerName: 'none', agreement: null, graduationDate: 'none' },
  shanghai_residence: { employmentType: 'none', employerName: 'none', agreement: null, graduationDate: 'none' },
  shanghai_work: { employmentType: 'none', employerName: 'none', agreement: null, graduationDate: 'none' },
  shanghai_study: { employmentType: 'none', employerName: 'none', agreement: null, graduationDate: 'none' },
};

/** What a kind needs once its employment type is known (before it is, an employee's employer name is optional). */
export function relationFieldNeeds(kind: RelationKind, employmentType: EmploymentType | null | undefined) {
  const rules = RELATION_FIELDS[kind];
  const employerName = typeof rules.employerName === 'string' ? rules.employerName : employmentType ? rules.employerName[employmentType] : 'optional';
  return {
    employmentType: rules.employmentType,
    employerName,
    agreement: (rules.agreement ? 'required' : 'none') as FieldNeed,
    agreementKind: rules.agreement,
    graduationDate: rules.graduationDate,
  };
}

export interface RelationFields {
  employmentType: EmploymentType | null;
  employerName: string;
  /**
   * The kind of the agreement cited; null when none is cited; 'unresolved' when one is named but
   * the caller could not find it among the institution's (where the kind needs one, the caller
   * reports that in its own words).
   */
  agreement: AgreementKind | null | 'unresolved';
  graduationDate: IsoDate | null;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
}

export type RelationField = 'employmentType' | 'employerName' | 'agreementId' | 'graduationDate' | 'validUntil';

/** Params are codes (`relationKind`, `agreementKind`); the message catalogue words them. */
export interface RelationFieldProblem {
  field: RelationField;
  code: string;
  messageKey: string;
  params: Record<string, string>;
}

/** Every field of a relation that does not fit its kind, so the clerk fixes them all at once. */
export function relationProblems(kind: RelationKind, fields: RelationFields): RelationFieldProblem[] {
  const problems: RelationFieldProblem[] = [];
  const fail = (field: RelationField, code: string, params: Record<string, string> = {}) => problems.push({ field, code, messageKey: `relation.${code}`, params });
  const needs = relationFieldNeeds(kind, fields.employmentType);
  if (needs.employmentType === 'required' && !fields.employmentType) fail('employmentType', 'employmentTypeRequired');
  if (needs.employmentType === 'none' && fields.employmentType) fail('employmentType', 'employmentTypeOnlyEmployee');
  const employer = fields.employerName.trim();
  if (needs.employerName === 'required' && !employer) fail('employerName', 'employerNameRequired', { relationKind: kind });
  if (needs.employerName === 'none' && employer) fail('employerName', 'employerNameNotApplicable', { relationKind: kind });
  const needed = needs.agreementKind;
  if (needed && !fields.agreement) fail('agreementId', 'agreementRequired', { agreementKind: needed });
  if (!needed && fields.agreement) fail('agreementId', 'agreementNotApplicable', { relationKind: kind });
  if (needed && fields.agreement && fields.agreement !== 'unresolved' && fields.agreement !== needed) fail('agreementId', 'agreementKind', { agreementKind: needed, relationKind: kind });
  if (needs.graduationDate === 'required' && !fields.graduationDate) fail('graduationDate', 'graduationDateRequired');
  if (needs.graduationDate === 'none' && fields.graduationDate) fail('graduationDate', 'graduationDateNotApplicable');
  if (fields.validUntil && fields.validUntil < fields.validFrom) fail('validUntil', 'period');
  return problems;
}

/** A relation as stored, for comparing a new one with those already on record. */
export interface RecordedRelation {
  id: string;
  kind: RelationKind;
  employmentType: EmploymentType | null;
  employerName: string;
  agreementId: string | null;
  graduationDate: IsoDate | null;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
}

export type RelationMatch = { outcome: 'new' } | { outcome: 'same'; id: string } | { outcome: 'conflict'; with: RecordedRelation };

/**
 * A person has at most one relation of a kind with an institution at any time, so what admitted
 * them is never ambiguous. A new relation identical to one on record is that relation (a group
 * sheet naming the same worker for a second plan reuses it); one that overlaps it and differs
 * in any field contradicts the record and is refused: the record is ended or corrected first.
 * `recorded` holds the same person's relations with the same institution.
 */
export function matchRecordedRelation(candidate: Omit<RecordedRelation, 'id'>, recorded: readonly RecordedRelation[]): RelationMatch {
  const overlapping = recorded.filter(
    (r) => r.kind === candidate.kind && (candidate.validUntil === null || r.validFrom <= candidate.validUntil) && (r.validUntil === null || r.validUntil >= candidate.validFrom),
  );
  const same = overlapping.find(
    (r) =>
      r.employmentType === candidate.employmentType &&
      r.employerName.trim() === candidate.employerName.trim() &&
      r.agreementId === candidate.agreementId &&
      r.graduationDate === candidate.graduationDate &&
      r.validFrom === candidate.validFrom &&
      r.validUntil === candidate.validUntil,
  );
  if (same) return { outcome: 'same', id: same.id };
  const [first] = overlapping;
  return first ? { outcome: 'conflict', with: first } : { outcome: 'new' };
}
