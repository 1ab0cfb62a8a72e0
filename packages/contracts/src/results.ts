import { z } from 'zod';
import {
  EXAM_SESSION_STATUSES,
  INSTITUTION_CATEGORIES,
  OBJECTION_CONTACT_KINDS,
  OBJECTION_STATUSES,
  PLAN_STATUSES,
  RESULT_OUTCOMES,
  RESULTS_STAGES,
  SUBMISSION_DECISIONS,
  SUBMISSION_STATUSES,
} from '@jiping/domain';
import { IdParams, PageQuery, pageOf, Uuid, Version } from './common.ts';
import { endpoint, family } from './endpoint.ts';

/** The institution publishes for at least the parameter's working days; longer is its choice. */
export const PublishResultsBody = z.strictObject({ workingDays: z.number().int().min(1).max(60).optional() });

export const SubmissionDecisionBody = z.strictObject({
  version: Version,
  /** Required to return: the institution reads what to correct. */
  reason: z.string().trim().max(1000).default(''),
});

export const AnswerObjectionBody = z.strictObject({ version: Version, answer: z.string().trim().min(1).max(2000) });

/** An objection from anyone, during publicity. The contact is a mobile number or an e-mail address. */
export const ObjectionBody = z.strictObject({
  contactName: z.string().trim().min(1).max(50),
  contact: z.string().trim().min(1).max(254),
  reason: z.string().trim().min(5).max(2000),
  /** The publicised entry objected to, when it concerns one person. */
  entryId: Uuid.optional(),
});

const PlanSummary = z.object({
  id: z.uuid(),
  institutionId: z.uuid(),
  institutionName: z.string(),
  institutionCategory: z.enum(INSTITUTION_CATEGORIES),
  districtCode: z.string(),
  occupationCode: z.string(),
  occupationName: z.string(),
  workType: z.string(),
  level: z.number().int(),
  examStart: z.string(),
  examEnd: z.string(),
  status: z.enum(PLAN_STATUSES),
});

export const PublicationView = z.object({
  id: z.uuid(),
  startsOn: z.string(),
  endsOn: z.string(),
  workingDays: z.number().int(),
  publishedAt: z.string(),
  /** When the results became final and were recorded so (certificates rely on it); null until then. */
  finalAt: z.string().nullable(),
});

export const ObjectionView = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  institutionName: z.string(),
  districtCode: z.string(),
  occupationName: z.string(),
  workType: z.string(),
  level: z.number().int(),
  publicityEndsOn: z.string(),
  entryNo: z.number().int().nullable(),
  entryName: z.string().nullable(),
  contactName: z.string(),
  contactKind: z.enum(OBJECTION_CONTACT_KINDS),
  /** Masked: the full contact comes only from the audited reveal. */
  contactMasked: z.string(),
  reason: z.string(),
  status: z.enum(OBJECTION_STATUSES),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  /** Whether the requesting user answers it (the institution) or only follows it (the district). */
  canAnswer: z.boolean(),
});
export type ObjectionView = z.infer<typeof ObjectionView>;
/** Objections open first, then newest first, a page at a time (`nextCursor` fetches the next). */
export const ObjectionList = z.object({ items: z.array(ObjectionView), nextCursor: z.string().nullable() });
export const ObjectionListQuery = PageQuery.extend({ status: z.enum(OBJECTION_STATUSES).optional() });
export const ObjectionContact = z.object({ contact: z.string() });

/** A deadline as the pages show it (docs/ux.md): the date, and the working days left or past, counted by the server. */
export const Deadline = z.object({ dueOn: z.string(), workingDaysLeft: z.number().int(), overdue: z.boolean(), lateWorkingDays: z.number().int() });
export type Deadline = z.infer<typeof Deadline>;

export const SubmissionView = z.object({
  id: z.uuid(),
  attempt: z.number().int(),
  status: z.enum(SUBMISSION_STATUSES),
  dueOn: z.string(),
  submittedOn: z.string(),
  lateWorkingDays: z.number().int(),
  submittedAt: z.string(),
  reviewDueOn: z.string(),
  /** The district's check while it waits; null once decided. */
  review: Deadline.nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string(),
  correctionDueOn: z.string().nullable(),
  version: z.number().int(),
});

/** The internal view of one candidate's result: the institution and its supervisors see names and masked ID numbers. */
export const ResultEntryView = z.object({
  registrationId: z.uuid(),
  entryNo: z.number().int().nullable(),
  name: z.string(),
  idNumberMasked: z.string(),
  outcome: z.enum(RESULT_OUTCOMES),
});

export const PlanResultsView = z.object({
  plan: PlanSummary,
  stage: z.enum(RESULTS_STAGES),
  today: z.string(),
  sessions: z.array(z.object({ id: z.uuid(), component: z.string(), startsAt: z.string(), room: z.string(), status: z.enum(EXAM_SESSION_STATUSES) })),
  entries: z.array(ResultEntryView),
  minimumPublicityWorkingDays: z.number().int(),
  publication: PublicationView.nullable(),
  objections: z.array(ObjectionView),
  /** The deadline the next or current submission is held to, in working days from the last exam day (or the return). */
  submissionDue: Deadline,
  submissions: z.array(SubmissionView),
  archive: z.object({ archivedOn: z.string(), paperRetainUntil: z.string(), electronicRetainUntil: z.string() }).nullable(),
  allowedActions: z.array(z.string()),
});
export type PlanResultsView = z.infer<typeof PlanResultsView>;

export const ResultsListQuery = z.strictObject({ stage: z.enum(RESULTS_STAGES).optional() });
export const ResultsListItem = PlanSummary.extend({
  stage: z.enum(RESULTS_STAGES),
  publicityStartsOn: z.string().nullable(),
  publicityEndsOn: z.string().nullable(),
  openObjections: z.number().int(),
  submission: z.object({ status: z.enum(SUBMISSION_STATUSES), submittedOn: z.string(), lateWorkingDays: z.number().int(), reviewDueOn: z.string() }).nullable(),
  archivedOn: z.string().nullable(),
});
export type ResultsListItem = z.infer<typeof ResultsListItem>;
export const ResultsList = z.object({ items: z.array(ResultsListItem) });

/** What the public sees of a publicised plan: who evaluated what, and when objections are taken. */
export const PublicPublication = z.object({
  id: z.uuid(),
  institutionName: z.string(),
  districtName: z.string(),
  occupationCode: z.string(),
  occupationName: z.string(),
  workType: z.string(),
  level: z.number().int(),
  startsOn: z.string(),
  endsOn: z.string(),
  /** Whether objections are taken today. */
  open: z.boolean(),
  entries: z.number().int(),
});
export const PublicPublicationPage = pageOf(PublicPublication);
export const PublicResultsQuery = PageQuery;

/** One line of the public list: the name masked, 合格 or 不合格; never an ID number or a score. */
export const PublicResultEntry = z.object({
  id: z.uuid(),
  entryNo: z.number().int(),
  name: z.string(),
  occupationName: z.string(),
  workType: z.string(),
  level: z.number().int(),
  outcome: z.enum(RESULT_OUTCOMES),
});
export const PublicPublicationDetail = PublicPublication.extend({ items: z.array(PublicResultEntry) });

export const ObjectionReceipt = z.object({ id: z.uuid(), createdAt: z.string(), publicityEndsOn: z.string() });

export const resultsEndpoints = {
  resultsList: endpoint({ method: 'GET', url: '/api/v1/results', query: ResultsListQuery, response: ResultsList }),
  planResults: endpoint({ method: 'GET', url: '/api/v1/plans/:id/results', params: IdParams, response: PlanResultsView }),
  publishResults: endpoint({ method: 'POST', url: '/api/v1/plans/:id/results/publication', params: IdParams, body: PublishResultsBody, response: PlanResultsView }),
  submitResults: endpoint({ method: 'POST', url: '/api/v1/plans/:id/results/submissions', params: IdParams, response: PlanResultsView }),
  decideSubmission: family(SUBMISSION_DECISIONS, (decision) =>
    endpoint({ method: 'POST', url: `/api/v1/plans/:id/results/submissions/${decision}`, params: IdParams, body: SubmissionDecisionBody, response: PlanResultsView }),
  ),
  objections: endpoint({ method: 'GET', url: '/api/v1/results/objections', query: ObjectionListQuery, response: ObjectionList }),
  answerObjection: endpoint({ method: 'POST', url: '/api/v1/results/objections/:id/answer', params: IdParams, body: AnswerObjectionBody, response: ObjectionView }),
  revealObjectionContact: endpoint({ method: 'POST', url: '/api/v1/results/objections/:id/contact', params: IdParams, response: ObjectionContact }),
  publicResults: endpoint({ method: 'GET', url: '/api/v1/public/results', query: PublicResultsQuery, response: PublicPublicationPage }),
  publicResult: endpoint({ method: 'GET', url: '/api/v1/public/results/:id', params: IdParams, response: PublicPublicationDetail }),
  submitObjection: endpoint({ method: 'POST', url: '/api/v1/public/results/:id/objections', params: IdParams, body: ObjectionBody, response: ObjectionReceipt }),
} as const;

/** The plan's file, one zip (index and one file per part), for its district, the city and inspectors. */
export const resultsDownloads = {
  planArchive: { url: '/api/v1/plans/:id/archive.zip' },
} as const;
