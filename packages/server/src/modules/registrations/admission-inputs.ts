import { and, eq, inArray } from 'drizzle-orm';
import {
  decideAdmission,
  type AdmissionResult,
  type AgreementFacts,
  type AgreementKind,
  type EmploymentType,
  type Gender,
  type InstitutionCategory,
  type Level,
  type PersonProfile,
  type RelationFacts,
  type RelationKind,
  type RuleSet,
} from '@jiping/domain';
import type { Db } from '../../platform/db/client.ts';
import { evaluationPlans, institutionAgreements, institutions, occupations, personRelations } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';
import { ruleSetFor, type OccupationRow } from '../catalogue/index.ts';

export type PlanRow = typeof evaluationPlans.$inferSelect;

export interface PlanForRegistration {
  plan: PlanRow;
  category: InstitutionCategory;
  institutionName: string;
  occupation: OccupationRow;
  ruleSet: RuleSet;
}

export async function loadPlanForRegistration(db: Db, planId: string, options: { forUpdate?: boolean } = {}): Promise<PlanForRegistration> {
  const query = db
    .select({ plan: evaluationPlans, category: institutions.category, institutionName: institutions.name, occupation: occupations })
    .from(evaluationPlans)
    .innerJoin(institutions, eq(institutions.id, evaluationPlans.institutionId))
    .innerJoin(occupations, eq(occupations.code, evaluationPlans.occupationCode))
    .where(eq(evaluationPlans.id, planId));
  // Row-locking the plan serialises applications against a plan being cancelled or closed.
  const [row] = options.forUpdate ? await query.for('update', { of: evaluationPlans }) : await query;
  if (!row) throw notFound('plan');
  return { ...row, ruleSet: ruleSetFor(row.occupation) };
}

/** Every relation the institution has recorded for these people, with the agreements behind them. */
/** A relation on record: what admission judges, and the agreement's id to tell one relation from another. */
export type RecordedRelationFacts = RelationFacts & { agreementId: string | null };

export async function relationsOf(db: Db, institutionId: string, personIds: readonly string[]): Promise<Map<string, RecordedRelationFacts[]>> {
  const result = new Map<string, RecordedRelationFacts[]>();
  if (!personIds.length) return result;
  const rows = await db
    .select({ relation: personRelations, agreement: institutionAgreements })
    .from(personRelations)
    .leftJoin(institutionAgreements, eq(institutionAgreements.id, personRelations.agreementId))
    .where(and(eq(personRelations.institutionId, institutionId), inArray(personRelations.personId, [...personIds])));
  for (const { relation, agreement } of rows) {
    const facts: RecordedRelationFacts = {
      id: relation.id,
      agreementId: relation.agreementId,
      kind: relation.kind as RelationKind,
      employmentType: (relation.employmentType as EmploymentType | null) ?? null,
      employerName: relation.employerName,
      validFrom: relation.validFrom,
      validUntil: relation.validUntil,
      graduationDate: relation.graduationDate,
      agreement: agreement ? agreementFacts(agreement) : null,
      evidenceCount: relation.evidenceFileIds.length,
    };
    result.set(relation.personId, [...(result.get(relation.personId) ?? []), facts]);
  }
  return result;
}

export type AgreementRow = typeof institutionAgreements.$inferSelect;

export function agreementFacts(agreement: AgreementRow): AgreementFacts {
  return { kind: agreement.kind as AgreementKind, counterpartName: agreement.counterpartName, validFrom: agreement.validFrom, validUntil: agreement.validUntil };
}

export interface PersonForAdmission {
  birthDate: string;
  gender: string | null;
  profile: unknown;
}

/** Judged on the first exam day: relations, age and years all count up to the day of the exam. */
export function admissionFor(target: PlanForRegistration, person: PersonForAdmission, relations: readonly RelationFacts[]): AdmissionResult {
  const { plan, occupation } = target;
  return decideAdmission({
    category: target.category,
    ruleSet: target.ruleSet,
    level: plan.level as Level,
    person: { birthDate: person.birthDate, gender: (person.gender as Gender | null) ?? null, profile: person.profile as PersonProfile },
    relations,
    context: {
      occupationCode: occupation.code,
      relatedOccupationCodes: occupation.relatedOccupationCodes,
      relatedMajors: occupation.relatedMajors,
      evaluationDate: plan.examStart,
    },
  });
}
