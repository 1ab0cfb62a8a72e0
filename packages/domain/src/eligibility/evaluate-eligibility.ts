import type { Level } from '../levels.ts';
import { checkApprenticeship, checkDiploma, checkTitle } from './credential-predicates.ts';
import { checkHoldsLevel, checkMinAge, checkWorkYears } from './experience-predicates.ts';
import type { CandidateFacts, EvaluationContext } from './facts.ts';
import type { EligibilityResult, PathResult, PredicateResult } from './result.ts';
import type { Path, Predicate, RuleSet } from './types.ts';

export function evaluatePredicate(predicate: Predicate, facts: CandidateFacts, context: EvaluationContext): PredicateResult {
  switch (predicate.kind) {
    case 'minAge':
      return checkMinAge(predicate.years, facts, context);
    case 'workYears':
      return checkWorkYears(predicate.years, predicate.related ?? false, facts, context);
    case 'holdsLevel':
      return checkHoldsLevel(predicate.level, predicate.years, predicate.related ?? false, facts, context);
    case 'diploma':
      return checkDiploma(predicate, facts, context);
    case 'title':
      return checkTitle(predicate.rank, predicate.years, facts, context);
    case 'apprenticeship':
      return checkApprenticeship(facts, context);
  }
}

/** Every predicate is evaluated, even after one fails, so the candidate sees everything missing. */
export function evaluatePath(path: Path, facts: CandidateFacts, context: EvaluationContext): PathResult {
  const predicates = path.all.map((predicate) => evaluatePredicate(predicate, facts, context));
  return { id: path.id, label: { ...path.label }, passed: predicates.length > 0 && predicates.every((p) => p.passed), predicates };
}

/**
 * Judges a candidate against every path of one level. Eligible when any path passes; a level
 * without paths admits no one. The result is plain JSON and is stored as it is.
 */
export function evaluateEligibility(ruleSet: RuleSet, level: Level, facts: CandidateFacts, context: EvaluationContext): EligibilityResult {
  const paths = ruleSet.levels[level].map((path) => evaluatePath(path, facts, context));
  return {
    eligible: paths.some((path) => path.passed),
    level,
    ruleSetId: ruleSet.id,
    standardVersion: ruleSet.standardVersion,
    evaluatedOn: context.evaluationDate,
    paths,
  };
}
