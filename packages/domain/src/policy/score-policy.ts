import type { ExamComponent, ExamSessionStatus, SessionDuty } from '../exams.ts';
import { SCORING_DUTY, type ScoreCorrectionStatus } from '../scores.ts';
import type { Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, wrongState, type Decision } from './decision.ts';
import { institutionScope, reviewerDistricts } from './scope.ts';

/** The facts about one session that decide who may do what with its scores. */
export interface ScoreSessionFacts {
  institutionId: string;
  districtCode: string;
  component: ExamComponent;
  status: ExamSessionStatus;
  /** The duties the acting user holds in this session (session_staff). */
  duties: readonly SessionDuty[];
}

export const SCORE_SESSION_OPERATIONS = ['read', 'enter', 'import', 'signOff', 'requestCorrection'] as const;
export type ScoreSessionOperation = (typeof SCORE_SESSION_OPERATIONS)[number];

function institutionAdmin(actor: Actor, institutionId: string): boolean {
  return actor.kind === 'user' && actor.grants.some((g) => g.role === 'institution_admin' && g.institutionId === institutionId);
}

/** The actor scores this session's component: an examiner of the skill assessment, a member of the review panel. */
export function scoresComponent(session: Pick<ScoreSessionFacts, 'component' | 'duties'>): boolean {
  const duty = SCORING_DUTY[session.component];
  return duty !== null && session.duties.includes(duty);
}

/** Scores are entered while the session runs and after it has ended, until sign-off locks them. */
function open(status: ExamSessionStatus): Decision {
  if (status === 'in_progress' || status === 'ended') return ALLOW;
  if (status === 'signed_off') return wrongState('policy.score.locked');
  if (status === 'cancelled') return wrongState('policy.score.cancelled');
  return wrongState('policy.score.notStarted');
}

/**
 * Scores of a session (谁评价、谁负责): the skill assessment's examiners and the review panel each
 * enter their own score; theory is entered or imported by the institution. The institution's
 * administrator imports score sheets and signs the session off, which locks its scores; after
 * that a score changes only by a correction, asked for by the administrator or one of the
 * session's scorers and approved by a second administrator (`scoreCorrectionPolicy`). The
 * staff of the session, the institution, its district and the city read the scores.
 * Who first, state second.
 */
export function scoreSessionPolicy(actor: Actor, operation: ScoreSessionOperation, session: ScoreSessionFacts): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  const admin = institutionAdmin(actor, session.institutionId);
  const scorer = scoresComponent(session);
  if (operation === 'read') {
    if (admin || session.duties.length) return ALLOW;
    const scope = institutionScope(actor);
    if (scope.all || scope.districtCodes.includes(session.districtCode)) return ALLOW;
    return scope.districtCodes.length ? deny('policy.district.outOfScope', { district: session.districtCode }) : deny('policy.score.notYours');
  }
  if (operation === 'enter') {
    if (session.component === 'theory' ? !admin : !scorer) return deny(session.component === 'theory' ? 'policy.score.theoryByInstitution' : 'policy.score.notAssigned');
    return open(session.status);
  }
  if (operation === 'import') {
    if (!admin) return deny('policy.score.institutionOnly');
    return open(session.status);
  }
  if (operation === 'signOff') {
    if (!admin) return deny('policy.score.institutionOnly');
    if (session.status === 'signed_off') return wrongState('policy.score.alreadySignedOff');
    if (session.status !== 'ended') return wrongState('policy.score.notEnded', { sessionStatus: session.status });
    return ALLOW;
  }
  if (!admin && !scorer) return deny('policy.score.correctionRequester');
  // Before sign-off a score is simply edited; a correction is for a locked one.
  return session.status === 'signed_off' ? ALLOW : wrongState('policy.score.notLocked');
}

export interface ScoreCorrectionFacts {
  institutionId: string;
  districtCode: string;
  status: ScoreCorrectionStatus;
  requestedBy: string;
}

/**
 * A correction of a locked score is decided by someone who did not ask for it: two people always.
 * That is another administrator of the institution, or an officer of its district (or the city):
 * an institution with a single administrator could otherwise never have a correction its
 * administrator asked for decided. Its history is read by the institution, the people of the
 * session who asked, the district and the city.
 */
export function scoreCorrectionPolicy(actor: Actor, operation: 'read' | 'decide', correction: ScoreCorrectionFacts): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  const admin = institutionAdmin(actor, correction.institutionId);
  if (operation === 'read') {
    if (admin || correction.requestedBy === actor.userId) return ALLOW;
    const scope = institutionScope(actor);
    if (scope.all || scope.districtCodes.includes(correction.districtCode)) return ALLOW;
    return scope.districtCodes.length ? deny('policy.district.outOfScope', { district: correction.districtCode }) : deny('policy.score.notYours');
  }
  const districts = reviewerDistricts(actor);
  if (!admin && !districts.all && !districts.districtCodes.includes(correction.districtCode)) return deny('policy.score.approverInstitutionOnly');
  if (correction.requestedBy === actor.userId) return deny('policy.score.sameApprover');
  return correction.status === 'pending' ? ALLOW : wrongState('policy.score.correctionDecided', { correctionStatus: correction.status });
}

/**
 * Lists of sessions and corrections: an institution's administrators and examiners (each list
 * narrowed in SQL to their institution, sessions and requests), the districts and the city.
 */
export function canListScores(actor: Actor): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  if (actor.grants.some((g) => g.role === 'institution_admin' || g.role === 'examiner' || g.role === 'municipal_admin' || g.role === 'district_officer')) return ALLOW;
  return deny('policy.score.notYours');
}
