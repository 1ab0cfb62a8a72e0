import { z } from 'zod';
import { ATTEMPT_RESULTS, COMPONENT_STANDINGS, EXAM_COMPONENTS, EXAM_SESSION_STATUSES, SCORE_COMBINATIONS, SCORE_CORRECTION_STATUSES, SCORE_SESSION_OPERATIONS, SESSION_DUTIES } from '@jiping/domain';
import { IdParams, INT4_MAX, PageQuery, pageOf, Uuid, Version } from './common.ts';
import { endpoint } from './endpoint.ts';
import { VersionBody } from './filings.ts';
import { RegistrationImportView } from './registrations.ts';

/**
 * Scores (docs/domain.md "Scores and results"). Scores travel as points with at most two
 * decimals (87.5); the server keeps hundredths. A score sent is checked by the server itself
 * (range, decimals) so the refusal names what is wrong in words, in the request's language; the
 * schema only bounds it like every number a client may send.
 */
export const Score = z.number().min(-INT4_MAX).max(INT4_MAX);

/** What names a session wherever scores are shown: its institution, occupation, level and component. */
const SessionNaming = {
  institutionId: z.uuid(),
  institutionName: z.string(),
  districtCode: z.string(),
  occupationCode: z.string(),
  occupationName: z.string(),
  workType: z.string(),
  level: z.number().int(),
  component: z.enum(EXAM_COMPONENTS),
};

/** One sitting as the people who score or manage it see it. */
export const ScoreSessionView = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  ...SessionNaming,
  startsAt: z.string(),
  endsAt: z.string(),
  siteName: z.string(),
  room: z.string(),
  status: z.enum(EXAM_SESSION_STATUSES),
  /** The supervisor's record of the session is in (sign-off needs it). */
  recordPresent: z.boolean(),
  seated: z.number().int(),
  absent: z.number().int(),
  /** Present candidates whose component score is complete. */
  scored: z.number().int(),
  pendingCorrections: z.number().int(),
  signedOffAt: z.string().nullable(),
  /** What the signed-in user does in this session (session staff). */
  myDuties: z.array(z.enum(SESSION_DUTIES)),
  version: z.number().int(),
  allowedActions: z.array(z.enum(SCORE_SESSION_OPERATIONS)),
});
export type ScoreSessionView = z.infer<typeof ScoreSessionView>;
/** Sessions latest first, a page at a time (`nextCursor` fetches the next). */
export const ScoreSessionList = pageOf(ScoreSessionView);

export const SessionScorer = z.object({ staffId: z.uuid(), name: z.string(), duty: z.enum(SESSION_DUTIES), mine: z.boolean() });

/** A seated candidate with their scores, as far as the reader may see them. */
export const ScoreSheetRow = z.object({
  registrationId: z.uuid(),
  seatNumber: z.number().int(),
  ticketNumber: z.string(),
  name: z.string(),
  absent: z.boolean(),
  /** The signed-in scorer's own score and its version (for editing), or null. */
  myScore: z.object({ score: z.number(), version: z.number().int() }).nullable(),
  /** How many of the session's scorers have scored this candidate. */
  scoredBy: z.number().int(),
  /** Each scorer's score: shown to the institution and supervisors, and to scorers once the score is complete. */
  examinerScores: z.array(z.object({ staffId: z.uuid(), score: z.number() })),
  /** The component's score once complete (theory: the one score entered). */
  result: z
    .object({
      score: z.number(),
      passed: z.boolean(),
      combination: z.enum(SCORE_COMBINATIONS).nullable(),
      spread: z.number().nullable(),
      spreadWarning: z.boolean(),
      locked: z.boolean(),
      version: z.number().int(),
    })
    .nullable(),
  pendingCorrectionId: z.uuid().nullable(),
});
export type ScoreSheetRow = z.infer<typeof ScoreSheetRow>;

export const ScoreSheet = z.object({
  session: ScoreSessionView,
  /** The rules in force on the exam day, for the occupation. */
  rules: z.object({ passMark: z.number(), combination: z.enum(SCORE_COMBINATIONS), spreadWarning: z.number() }),
  scorers: z.array(SessionScorer),
  rows: z.array(ScoreSheetRow),
});
export type ScoreSheet = z.infer<typeof ScoreSheet>;

export const SessionCandidateParams = z.strictObject({ id: Uuid, registrationId: Uuid });

/** A score entered by hand; `version` of the score being changed, absent for a first entry. */
export const EnterScoreBody = z.strictObject({ score: Score, version: Version.optional() });

export const RequestScoreCorrectionBody = z.strictObject({
  score: Score,
  reason: z.string().trim().min(1).max(1000),
});

export const DecideScoreCorrectionBody = z.strictObject({
  version: Version,
  decision: z.enum(['approve', 'reject']),
  reason: z.string().trim().max(1000).default(''),
});

export const ScoreCorrectionView = z.object({
  id: z.uuid(),
  sessionId: z.uuid(),
  registrationId: z.uuid(),
  personName: z.string(),
  ticketNumber: z.string(),
  ...SessionNaming,
  sessionStartsAt: z.string(),
  oldScore: z.number(),
  newScore: z.number(),
  reason: z.string(),
  status: z.enum(SCORE_CORRECTION_STATUSES),
  requestedByName: z.string(),
  requestedAt: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string(),
  version: z.number().int(),
  allowedActions: z.array(z.enum(['decide'])),
});
export type ScoreCorrectionView = z.infer<typeof ScoreCorrectionView>;

export const ScoreCorrectionQuery = PageQuery.extend({
  status: z.enum(SCORE_CORRECTION_STATUSES).optional(),
  sessionId: Uuid.optional(),
});
/** Corrections newest first, a page at a time (`nextCursor` fetches the next). */
export const ScoreCorrectionList = pageOf(ScoreCorrectionView);

/** A score import: what a group registration import shows, for a session instead of a plan, without a mode. */
export const ScoreImportView = RegistrationImportView.omit({ planId: true, mode: true }).extend({ sessionId: z.uuid() });
export type ScoreImportView = z.infer<typeof ScoreImportView>;
export const ScoreImportList = z.object({ items: z.array(ScoreImportView) });

/** A candidate's own results: signed-off components only, and the registration's outcome. */
export const MyScores = z.object({
  items: z.array(
    z.object({
      registrationId: z.uuid(),
      occupationCode: z.string(),
      occupationName: z.string(),
      workType: z.string(),
      level: z.number().int(),
      institutionName: z.string(),
      examStart: z.string(),
      attempt: z.enum(['regular', 'resit']),
      result: z.enum(ATTEMPT_RESULTS),
      passMark: z.number(),
      components: z.array(
        z.object({
          component: z.enum(EXAM_COMPONENTS),
          standing: z.enum(COMPONENT_STANDINGS),
          score: z.number().nullable(),
          examDate: z.string().nullable(),
          keptUntil: z.string().nullable(),
        }),
      ),
    }),
  ),
});
export type MyScores = z.infer<typeof MyScores>;

export const scoreEndpoints = {
  scoringSessions: endpoint({ method: 'GET', url: '/api/v1/scoring/sessions', query: PageQuery, response: ScoreSessionList }),
  scoreSheet: endpoint({ method: 'GET', url: '/api/v1/exam-sessions/:id/scores', params: IdParams, response: ScoreSheet }),
  enterScore: endpoint({ method: 'PUT', url: '/api/v1/exam-sessions/:id/scores/:registrationId', params: SessionCandidateParams, body: EnterScoreBody, response: ScoreSheetRow }),
  signOffSession: endpoint({ method: 'POST', url: '/api/v1/exam-sessions/:id/sign-off', params: IdParams, body: VersionBody, response: ScoreSessionView }),
  requestScoreCorrection: endpoint({
    method: 'POST',
    url: '/api/v1/exam-sessions/:id/scores/:registrationId/corrections',
    params: SessionCandidateParams,
    body: RequestScoreCorrectionBody,
    response: ScoreCorrectionView,
  }),
  scoreCorrections: endpoint({ method: 'GET', url: '/api/v1/score-corrections', query: ScoreCorrectionQuery, response: ScoreCorrectionList }),
  decideScoreCorrection: endpoint({ method: 'POST', url: '/api/v1/score-corrections/:id/decision', params: IdParams, body: DecideScoreCorrectionBody, response: ScoreCorrectionView }),
  startScoreImport: endpoint({ method: 'POST', url: '/api/v1/exam-sessions/:id/score-imports', params: IdParams, upload: true, response: ScoreImportView }),
  sessionScoreImports: endpoint({ method: 'GET', url: '/api/v1/exam-sessions/:id/score-imports', params: IdParams, response: ScoreImportList }),
  scoreImport: endpoint({ method: 'GET', url: '/api/v1/score-imports/:id', params: IdParams, response: ScoreImportView }),
  myScores: endpoint({ method: 'GET', url: '/api/v1/scores/mine', response: MyScores }),
} as const;

/** Files the score pages link to. */
export const scoreDownloads = {
  scoreTemplate: { url: '/api/v1/exam-sessions/:id/score-template.xlsx' },
  scoreImportErrorsXlsx: { url: '/api/v1/score-imports/:id/errors.xlsx' },
  scoreImportErrorsCsv: { url: '/api/v1/score-imports/:id/errors.csv' },
} as const;
