import type { ResultsStage } from '../results.ts';
import { administeredInstitutionIds, hasRole, type Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, wrongState, type Decision } from './decision.ts';
import { institutionScope, reviewerDistricts } from './scope.ts';

export interface ResultsFacts {
  institutionId: string;
  districtCode: string;
  occupationCode: string;
  stage: ResultsStage;
}

/** What the results page offers; `allowedActions` lists those the actor may take now. */
export const RESULTS_ACTIONS = ['publish', 'submit', 'accept', 'return', 'revealContact', 'downloadArchive'] as const;
export type ResultsAction = (typeof RESULTS_ACTIONS)[number];
export type ResultsOperation = 'read' | 'answerObjection' | ResultsAction;

/** The stages in which each action of the path is possible (who may act is checked first). */
const STAGES: Partial<Record<ResultsOperation, readonly ResultsStage[]>> = {
  publish: ['ready'],
  submit: ['final', 'returned'],
  accept: ['submitted'],
  return: ['submitted'],
};

/**
 * 谁评价、谁负责: the institution publishes its results, answers objections and submits them;
 * the district of registration (or the city) checks the submission. Supervisors read: the city,
 * the district, the industry by occupation, and inspectors, who may open any plan's file. The
 * file (档案) is downloaded by the district of the plan, the city or an inspector.
 */
export function resultsPolicy(actor: Actor, operation: ResultsOperation, plan: ResultsFacts): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  const own = administeredInstitutionIds(actor).includes(plan.institutionId);
  const reviewers = reviewerDistricts(actor);
  const reviewer = reviewers.all || reviewers.districtCodes.includes(plan.districtCode);
  const outOfDistrict = () => (reviewers.all || !reviewers.districtCodes.length ? null : deny('policy.district.outOfScope', { district: plan.districtCode }));
  let who: Decision;
  switch (operation) {
    case 'read': {
      const scope = institutionScope(actor);
      const supervises = scope.all || scope.districtCodes.includes(plan.districtCode) || scope.occupationCodes.includes(plan.occupationCode);
      who = own || supervises || hasRole(actor, 'inspector') ? ALLOW : (outOfDistrict() ?? deny('policy.institution.notYours'));
      break;
    }
    case 'publish':
    case 'submit':
    case 'answerObjection':
      who = own ? ALLOW : deny('policy.results.institutionOnly');
      break;
    case 'accept':
    case 'return':
      who = reviewer ? ALLOW : (outOfDistrict() ?? deny('policy.results.districtOnly'));
      break;
    case 'revealContact':
      who = own || reviewer ? ALLOW : (outOfDistrict() ?? deny('policy.results.institutionOnly'));
      break;
    case 'downloadArchive':
      who = reviewer || hasRole(actor, 'inspector') ? ALLOW : (outOfDistrict() ?? deny('policy.results.archiveReaders'));
      break;
  }
  if (!who.allowed) return who;
  const stages = STAGES[operation];
  return stages && !stages.includes(plan.stage) ? wrongState('policy.results.wrongStage', { stage: plan.stage }) : ALLOW;
}

/** The results list: whoever may read some plan's results. */
export function canListResults(actor: Actor): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  const allowed = actor.grants.some((g) => g.role !== 'candidate' && g.role !== 'examiner');
  return allowed ? ALLOW : deny('policy.results.notForRole');
}

/** Objections reach the institution that must answer them and the district that watches them. */
export function canListObjections(actor: Actor): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  const reviewers = reviewerDistricts(actor);
  return administeredInstitutionIds(actor).length || reviewers.all || reviewers.districtCodes.length ? ALLOW : deny('policy.results.notForRole');
}

/**
 * Full ID numbers in a downloaded file: only for those who may reveal any person's (the city, as
 * with `personPolicy`'s reveal); everyone else gets them masked. Each full number is audited as a reveal.
 */
export function archiveShowsFullIdNumbers(actor: Actor): boolean {
  return actor.kind === 'system' || hasRole(actor, 'municipal_admin');
}
