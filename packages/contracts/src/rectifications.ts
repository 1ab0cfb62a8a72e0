import { z } from 'zod';
import { DOCUMENT_REQUEST_STATUSES, INSPECTION_STATUSES, RECTIFICATION_REQUIREMENT_MAX, RECTIFICATION_STATUSES, SANCTION_KINDS } from '@jiping/domain';
import { endpoint } from './endpoint.ts';
import { DistrictCode, IdParams, IsoDateTime, PageQuery, pageOf, Uuid, Version } from './common.ts';

/** A file kept with an inspection: rectification evidence or requested material. */
export const FollowUpFileView = z.object({
  id: Uuid,
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  createdAt: IsoDateTime,
});
export type FollowUpFileView = z.infer<typeof FollowUpFileView>;

/** One step of an order's or a request's history, from the audit trail: who, when, what, and the text written. */
export const FollowUpTimelineEntry = z.object({
  at: IsoDateTime,
  actorName: z.string(),
  action: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  text: z.string(),
});

export const RectificationSummary = z.object({
  id: Uuid,
  number: z.string(),
  inspectionId: Uuid,
  inspectionNumber: z.string(),
  inspectionTitle: z.string(),
  findingId: Uuid.nullable(),
  findingDescription: z.string().nullable(),
  institutionId: Uuid,
  institutionName: z.string(),
  districtCode: z.string(),
  districtName: z.string(),
  requirement: z.string(),
  deadline: z.string(),
  status: z.enum(RECTIFICATION_STATUSES),
  /** Past its deadline while the institution still owes its answer. */
  overdue: z.boolean(),
  /** The day the daily check first found it overdue; kept once set (it counts against the institution). */
  overdueSince: z.string().nullable(),
  respondedAt: IsoDateTime.nullable(),
  decidedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  version: z.number().int(),
});
export type RectificationSummary = z.infer<typeof RectificationSummary>;

export const RectificationDetail = RectificationSummary.extend({
  response: z.string().nullable(),
  decisionNote: z.string().nullable(),
  files: z.array(FollowUpFileView),
  timeline: z.array(FollowUpTimelineEntry),
  allowedActions: z.array(z.enum(['respond', 'accept', 'reopen'])),
});
export type RectificationDetail = z.infer<typeof RectificationDetail>;

const BooleanQuery = z.enum(['true', 'false']);

export const RectificationListQuery = PageQuery.extend({
  status: z.enum(RECTIFICATION_STATUSES).optional(),
  overdue: BooleanQuery.optional(),
  district: DistrictCode.optional(),
  institutionId: Uuid.optional(),
  inspectionId: Uuid.optional(),
});
export const RectificationPage = pageOf(RectificationSummary);

export const CreateRectificationBody = z.strictObject({
  /** The finding the order is about; none for an order on the inspection as a whole. */
  findingId: Uuid.nullable().optional(),
  requirement: z.string().trim().min(1).max(RECTIFICATION_REQUIREMENT_MAX),
  /** The last day to rectify: after today. */
  deadline: z.iso.date(),
});

export const RespondRectificationBody = z.strictObject({
  version: Version,
  response: z.string().trim().min(1).max(RECTIFICATION_REQUIREMENT_MAX),
});

/** Accepting may carry a note; reopening needs the reason (checked by the use case, in words). */
export const RectificationDecisionBody = z.strictObject({
  version: Version,
  reason: z.string().trim().max(1000).default(''),
});

/** What the follow-up panels of an inspection need: its findings and what the reader may start on it. */
export const InspectionFollowUp = z.object({
  inspectionId: Uuid,
  number: z.string(),
  title: z.string(),
  status: z.enum(INSPECTION_STATUSES),
  institutionId: Uuid,
  institutionName: z.string(),
  findings: z.array(z.object({ id: Uuid, description: z.string() })),
  canOrderRectification: z.boolean(),
  canRequestDocuments: z.boolean(),
  rectifications: z.array(RectificationSummary),
  documentRequests: z.array(
    z.object({ id: Uuid, number: z.string(), materials: z.array(z.string()), deadline: z.string(), status: z.enum(DOCUMENT_REQUEST_STATUSES), overdue: z.boolean(), fileCount: z.number().int() }),
  ),
});
export type InspectionFollowUp = z.infer<typeof InspectionFollowUp>;

export const SanctionView = z.object({
  id: Uuid,
  kind: z.enum(SANCTION_KINDS),
  months: z.number().int().nullable(),
  reason: z.string(),
  /** A suspension: the day the filing is in force again. */
  endsOn: z.string().nullable(),
  inspectionId: Uuid.nullable(),
  inspectionNumber: z.string().nullable(),
  filingId: Uuid.nullable(),
  decidedAt: IsoDateTime,
  decidedByName: z.string().nullable(),
});
export type SanctionView = z.infer<typeof SanctionView>;

/** An institution's standing under supervision: its orders (open and ever overdue), its filing and the sanctions decided. */
export const InstitutionSupervisionRecord = z.object({
  institutionId: Uuid,
  institutionName: z.string(),
  districtCode: z.string(),
  districtName: z.string(),
  openRectifications: z.number().int(),
  overdueRectifications: z.number().int(),
  filing: z.object({ id: Uuid, filingNumber: z.string().nullable(), status: z.string() }).nullable(),
  sanctions: z.array(SanctionView),
  canSanction: z.boolean(),
});
export type InstitutionSupervisionRecord = z.infer<typeof InstitutionSupervisionRecord>;

export const DecideSanctionBody = z.strictObject({
  kind: z.enum(SANCTION_KINDS),
  /**
   * A suspension's length, 1–12 months; nothing for an interview or a termination. Bounded here
   * only to the column (smallint): the use case says what the rule is, in words.
   */
  months: z.number().int().min(-32_768).max(32_767).nullable().optional(),
  /** Why; for an interview also its date and place. */
  reason: z.string().trim().max(2000).default(''),
  /** The inspection the sanction follows from, when there is one. */
  inspectionId: Uuid.nullable().optional(),
});

export const FollowUpFileParams = z.strictObject({ id: Uuid, fileId: Uuid });

export const rectificationEndpoints = {
  rectifications: endpoint({ method: 'GET', url: '/api/v1/rectifications', query: RectificationListQuery, response: RectificationPage }),
  rectification: endpoint({ method: 'GET', url: '/api/v1/rectifications/:id', params: IdParams, response: RectificationDetail }),
  inspectionFollowUp: endpoint({ method: 'GET', url: '/api/v1/inspections/:id/follow-up', params: IdParams, response: InspectionFollowUp }),
  orderRectification: endpoint({ method: 'POST', url: '/api/v1/inspections/:id/rectifications', params: IdParams, body: CreateRectificationBody, response: RectificationDetail }),
  uploadRectificationFile: endpoint({ method: 'POST', url: '/api/v1/rectifications/:id/files', params: IdParams, upload: true, response: FollowUpFileView }),
  respondRectification: endpoint({ method: 'POST', url: '/api/v1/rectifications/:id/respond', params: IdParams, body: RespondRectificationBody, response: RectificationDetail }),
  acceptRectification: endpoint({ method: 'POST', url: '/api/v1/rectifications/:id/accept', params: IdParams, body: RectificationDecisionBody, response: RectificationDetail }),
  reopenRectification: endpoint({ method: 'POST', url: '/api/v1/rectifications/:id/reopen', params: IdParams, body: RectificationDecisionBody, response: RectificationDetail }),
  institutionSupervisionRecord: endpoint({ method: 'GET', url: '/api/v1/institutions/:id/supervision-record', params: IdParams, response: InstitutionSupervisionRecord }),
  decideSanction: endpoint({ method: 'POST', url: '/api/v1/institutions/:id/sanctions', params: IdParams, body: DecideSanctionBody, response: SanctionView }),
} as const;

/** Evidence files of an order, each download audited. */
export const rectificationDownloads = {
  rectificationFile: { url: '/api/v1/rectifications/:id/files/:fileId' },
} as const;
