import { z } from 'zod';
import { NATIONAL_EXPORT_ACTIONS, NATIONAL_EXPORT_STATUSES } from '@jiping/domain';
import { endpoint } from './endpoint.ts';
import { IdParams, IsoDateTime, Version } from './common.ts';

/** One batch (one attempt at sending its events) as the city's list and detail show it. */
export const NationalExportBatch = z.object({
  id: z.string(),
  sequence: z.number().int(),
  attempt: z.number().int(),
  /** The rejected batch this attempt sends again, and the one that sends this one again after its rejection. */
  retryOfSequence: z.number().int().nullable(),
  retriedBySequence: z.number().int().nullable(),
  firstEventId: z.number().int(),
  lastEventId: z.number().int(),
  rowCount: z.number().int(),
  status: z.enum(NATIONAL_EXPORT_STATUSES),
  dueOn: z.string(),
  /** Not yet acknowledged after its due date. */
  overdue: z.boolean(),
  /** Acknowledged, but on a day after its due date. */
  late: z.boolean(),
  createdAt: IsoDateTime,
  exportedAt: IsoDateTime.nullable(),
  acknowledgedAt: IsoDateTime.nullable(),
  acknowledgedOn: z.string().nullable(),
  ackReference: z.string().nullable(),
  rejectedAt: IsoDateTime.nullable(),
  rejectionReason: z.string().nullable(),
  /** SHA-256 (hex) of the CSV and JSON files, fixed at the first download; every later download gives the same bytes. */
  csvDigest: z.string().nullable(),
  jsonDigest: z.string().nullable(),
  version: z.number().int(),
  allowedActions: z.array(z.enum(NATIONAL_EXPORT_ACTIONS)),
});
export type NationalExportBatch = z.infer<typeof NationalExportBatch>;

/** Events of a batch as listed on its page: no ID numbers (those are only in the downloaded files). */
export const NationalExportItem = z.object({
  eventId: z.number().int(),
  changeKind: z.string(),
  certificateNumber: z.string(),
  holderName: z.string(),
  institutionName: z.string(),
  occurredOn: z.string(),
  dueOn: z.string(),
});

export const NationalExportBatchDetail = NationalExportBatch.extend({ items: z.array(NationalExportItem) });

/** What waits: events in no batch yet (and how many of them are past due), and the batches, newest first. */
export const NationalExportOverview = z.object({
  today: z.string(),
  dueWorkingDays: z.number().int(),
  waiting: z.object({ count: z.number().int(), overdue: z.number().int(), earliestDueOn: z.string().nullable() }),
  overdueBatches: z.number().int(),
  canPrepare: z.boolean(),
  batches: z.array(NationalExportBatch),
});

export const AcknowledgeBatchBody = z.strictObject({
  version: Version,
  /** The national system's receipt number. */
  reference: z.string().trim().min(1).max(200),
  /** The day the national system gives for its receipt; not in the future. */
  acknowledgedOn: z.iso.date(),
});

export const RejectBatchBody = z.strictObject({
  version: Version,
  reason: z.string().trim().min(1).max(1000),
});

/** A rejection answers with the rejected batch and the new attempt that sends its events again. */
export const RejectBatchResult = z.object({ rejected: NationalExportBatch, retry: NationalExportBatch });

/** Preparing when nothing waits answers 409; otherwise the new batch. */
export const nationalExportEndpoints = {
  nationalExportOverview: endpoint({ method: 'GET', url: '/api/v1/national-export', response: NationalExportOverview }),
  prepareNationalExport: endpoint({ method: 'POST', url: '/api/v1/national-export/batches', response: NationalExportBatch }),
  nationalExportBatch: endpoint({ method: 'GET', url: '/api/v1/national-export/batches/:id', params: IdParams, response: NationalExportBatchDetail }),
  acknowledgeNationalExport: endpoint({ method: 'POST', url: '/api/v1/national-export/batches/:id/acknowledge', params: IdParams, body: AcknowledgeBatchBody, response: NationalExportBatch }),
  rejectNationalExport: endpoint({ method: 'POST', url: '/api/v1/national-export/batches/:id/reject', params: IdParams, body: RejectBatchBody, response: RejectBatchResult }),
} as const;

/** The files of a batch (CSV with BOM, JSON), each download audited. */
export const nationalExportDownloads = {
  nationalExportCsv: { url: '/api/v1/national-export/batches/:id/export.csv' },
  nationalExportJson: { url: '/api/v1/national-export/batches/:id/export.json' },
} as const;
