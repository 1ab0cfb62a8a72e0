import { z } from 'zod';
import { DOCUMENT_REQUEST_MATERIAL_MAX_LENGTH, DOCUMENT_REQUEST_MATERIALS_MAX, DOCUMENT_REQUEST_MATERIALS_MIN, DOCUMENT_REQUEST_STATUSES } from '@jiping/domain';
import { endpoint } from './endpoint.ts';
import { DistrictCode, IdParams, IsoDateTime, PageQuery, pageOf, Uuid, Version } from './common.ts';
import { FollowUpTimelineEntry, FollowUpFileView } from './rectifications.ts';

export const DocumentRequestSummary = z.object({
  id: Uuid,
  number: z.string(),
  inspectionId: Uuid,
  inspectionNumber: z.string(),
  inspectionTitle: z.string(),
  institutionId: Uuid,
  institutionName: z.string(),
  districtCode: z.string(),
  districtName: z.string(),
  materials: z.array(z.string()),
  note: z.string().nullable(),
  deadline: z.string(),
  status: z.enum(DOCUMENT_REQUEST_STATUSES),
  overdue: z.boolean(),
  overdueSince: z.string().nullable(),
  fileCount: z.number().int(),
  answeredAt: IsoDateTime.nullable(),
  closedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  version: z.number().int(),
});
export type DocumentRequestSummary = z.infer<typeof DocumentRequestSummary>;

export const DocumentRequestDetail = DocumentRequestSummary.extend({
  files: z.array(FollowUpFileView),
  timeline: z.array(FollowUpTimelineEntry),
  allowedActions: z.array(z.enum(['upload', 'answer', 'close'])),
  /** The largest file accepted: documents and images, and video. */
  limits: z.object({ documentBytes: z.number().int(), videoBytes: z.number().int() }),
});
export type DocumentRequestDetail = z.infer<typeof DocumentRequestDetail>;

export const DocumentRequestListQuery = PageQuery.extend({
  status: z.enum(DOCUMENT_REQUEST_STATUSES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  district: DistrictCode.optional(),
  institutionId: Uuid.optional(),
  inspectionId: Uuid.optional(),
});
export const DocumentRequestPage = pageOf(DocumentRequestSummary);

export const CreateDocumentRequestBody = z.strictObject({
  materials: z.array(z.string().trim().min(1).max(DOCUMENT_REQUEST_MATERIAL_MAX_LENGTH)).min(DOCUMENT_REQUEST_MATERIALS_MIN).max(DOCUMENT_REQUEST_MATERIALS_MAX),
  note: z.string().trim().max(1000).optional(),
  deadline: z.iso.date(),
});

export const AnswerDocumentRequestBody = z.strictObject({ version: Version });
export const CloseDocumentRequestBody = z.strictObject({ version: Version });

export const documentRequestEndpoints = {
  documentRequests: endpoint({ method: 'GET', url: '/api/v1/document-requests', query: DocumentRequestListQuery, response: DocumentRequestPage }),
  documentRequest: endpoint({ method: 'GET', url: '/api/v1/document-requests/:id', params: IdParams, response: DocumentRequestDetail }),
  createDocumentRequest: endpoint({ method: 'POST', url: '/api/v1/inspections/:id/document-requests', params: IdParams, body: CreateDocumentRequestBody, response: DocumentRequestDetail }),
  uploadDocumentRequestFile: endpoint({ method: 'POST', url: '/api/v1/document-requests/:id/files', params: IdParams, upload: true, response: FollowUpFileView }),
  answerDocumentRequest: endpoint({ method: 'POST', url: '/api/v1/document-requests/:id/answer', params: IdParams, body: AnswerDocumentRequestBody, response: DocumentRequestDetail }),
  closeDocumentRequest: endpoint({ method: 'POST', url: '/api/v1/document-requests/:id/close', params: IdParams, body: CloseDocumentRequestBody, response: DocumentRequestDetail }),
} as const;

/** Files uploaded in answer, each download audited. */
export const documentRequestDownloads = {
  documentRequestFile: { url: '/api/v1/document-requests/:id/files/:fileId' },
} as const;
