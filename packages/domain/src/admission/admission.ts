import type { IsoDate } from '../dates.ts';
import type { InstitutionCategory } from '../institutions.ts';
import type { LocalizedText } from '../locale.ts';
import type { Level } from '../levels.ts';
import { evaluateEligibility } from '../eligibility/evaluate-eligibility.ts';
import type { EvaluationContext } from '../eligibility/facts.ts';
import type { EligibilityResult } from '../eligibility/result.ts';
import type { RuleSet } from '../eligibility/types.ts';
import { candidateFacts, type PersonProfile } from './profile.ts';
import { checkRelations, type RelationCheck, type RelationFacts } from './relations.ts';
import { checkWorkingAge, type Gender, type WorkingAgeCheck } from './working-age.ts';

/**
 * The whole decision on one application, stored with the registration as it was made: may this
 * institution evaluate the person (relation, and working age for social organisations), and
 * does the person meet the standard's conditions for the level.
 */
export interface AdmissionResult {
  admissible: boolean;
  examDate: IsoDate;
  relation: RelationCheck;
  workingAge: WorkingAgeCheck | null;
  eligibility: EligibilityResult;
  summary: LocalizedText;
}

export interface AdmissionInput {
  category: InstitutionCategory;
  ruleSet: RuleSet;
  level: Level;
  person: { birthDate: IsoDate; gender: Gender | null; profile: PersonProfile };
  relations: readonly RelationFacts[];
  context: EvaluationContext;
}

export function decideAdmission(input: AdmissionInput): AdmissionResult {
  const examDate = input.context.evaluationDate;
  const relation = checkRelations(input.category, input.relations, examDate);
  const workingAge = input.category === 'social' ? checkWorkingAge(input.person.birthDate, input.person.gender, examDate) : null;
  const eligibility = evaluateEligibility(input.ruleSet, input.level, candidateFacts(input.person.birthDate, input.person.profile), input.context);
  const admissible = relation.passed && (workingAge?.passed ?? true) && eligibility.eligible;
  return { admissible, examDate, relation, workingAge, eligibility, summary: summarize(relation, workingAge, eligibility) };
}

/** One line a candidate reads first: what admitted them, or every reason they were not. */
function summarize(relation: RelationCheck, workingAge: WorkingAgeCheck | null, eligibility: EligibilityResult): LocalizedText {
  const passedPath = eligibility.paths.find((p) => p.passed);
  const reasons: LocalizedText[] = [];
  if (!relation.passed) reasons.push(relation.explanation);
  if (workingAge && !workingAge.passed) reasons.push(workingAge.explanation);
  if (!eligibility.eligible) {
    const failed = eligibility.paths.map((path) => {
      const missing = path.predicates.filter((p) => !p.passed);
      return {
        'zh-CN': `${path.label['zh-CN']}：${missing.map((p) => p.explanation['zh-CN']).join('，')}`,
        'en-US': `${path.label['en-US']}: ${missing.map((p) => p.explanation['en-US']).join(', ')}`,
      };
    });
    reasons.push({
      'zh-CN': `不符合申报条件（${failed.map((f) => f['zh-CN']).join('；') || '该等级无申报路径'}）`,
      'en-US': `Does not meet the conditions (${failed.map((f) => f['en-US']).join('; ') || 'no path for this level'})`,
    });
  }
  if (reasons.length) {
    return { 'zh-CN': reasons.map((r) => r['zh-CN']).join('；'), 'en-US': reasons.map((r) => r['en-US']).join('; ') };
  }
  const path = passedPath!;
  const detail = path.predicates.map((p) => p.explanation);
  return {
    'zh-CN': `符合申报条件：${path.label['zh-CN']}（${detail.map((d) => d['zh-CN']).join('，')}）；${relation.explanation['zh-CN']}`,
    'en-US': `Eligible: ${path.label['en-US']} (${detail.map((d) => d['en-US']).join(', ')}); ${relation.explanation['en-US']}`,
  };
}
