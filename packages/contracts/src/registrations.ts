import { z } from 'zod';
import { APPLICATION_KINDS, REGISTRATION_STATUSES, type AdmissionResult } from '@jiping/domain';
import { pageOf, Version } from './common.ts';
import { EvidenceFileName } from './people.ts';

// The lifecycle's vocabulary is the domain's (registration-status.ts); re-exported for clients.
export { REGISTRATION_STATUSES, type RegistrationStatus } from '@jiping/domain';
export const ATTEMPTS = ['regular', 'resit'] as const;
export const CHANNELS = ['individual', 'group'] as const;

/** The stored decision is the domain's `AdmissionResult`, exactly as it was made. */
export const AdmissionResultSchema = z.custom<AdmissionResult>((value) => typeof value === 'object' && value !== null);

export const RegistrationView = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  personId: z.uuid(),
  personName: z.string(),
  personIdNumberMasked: z.string(),
  institutionId: z.uuid(),
  institutionName: z.string(),
  /** The filed site where the plan's exam takes place. */
  siteName: z.string(),
  occupationCode: z.string(),
  occupationName: z.string(),
  workType: z.string(),
  level: z.number().int(),
  examStart: z.string(),
  kind: z.enum(APPLICATION_KINDS),
  attempt: z.enum(ATTEMPTS),
  channel: z.enum(CHANNELS),
  status: z.enum(REGISTRATION_STATUSES),
  admission: AdmissionResultSchema,
  /** Admitted although the engine said no: the reason is kept and supervisors see the flag. */
  overridden: z.boolean(),
  reviewReason: z.string(),
  /** 破格: the institution's request to waive the conditions, and the district's second decision. */
  directRecognition: z
    .object({
      reason: z.string(),
      evidenceFileIds: z.array(z.uuid()),
      /** The evidence with its file names, in the order cited; null for a caller who may not open the institution's files (the candidate, an examiner). */
      evidenceFiles: z.array(EvidenceFileName).nullable(),
      requestedAt: z.string(),
      requestedByName: z.string(),
      decision: z.enum(['pending', 'approved', 'rejected']),
      decisionReason: z.string(),
      decidedAt: z.string().nullable(),
      decidedByName: z.string().nullable(),
    })
    .nullable(),
  reviewedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  allowedActions: z.array(z.string()),
});
export type RegistrationView = z.infer<typeof RegistrationView>;

/** A candidate applies for themself; staff name a person already on record. */
export const ApplyBody = z.strictObject({
  personId: z.uuid().optional(),
  attempt: z.enum(ATTEMPTS).default('regular'),
});

export const ReviewBody = z.strictObject({
  version: Version,
  decision: z.enum(['admit', 'reject']),
  reason: z.string().trim().max(1000).default(''),
});

export const DirectRecognitionRequestBody = z.strictObject({
  version: Version,
  reason: z.string().trim().min(10, { error: '破格理由至少 10 个字，须写明突出业绩或贡献' }).max(2000),
  evidenceFileIds: z.array(z.uuid()).min(1, { error: '请上传至少一份证明材料（获奖证书、业绩证明等）' }).max(20),
});

export const DirectRecognitionDecisionBody = z.strictObject({
  version: Version,
  decision: z.enum(['approve', 'reject']),
  reason: z.string().trim().max(1000).default(''),
});

export const RegistrationListQuery = z.strictObject({
  status: z.enum(REGISTRATION_STATUSES).optional(),
  /** Part of the candidate's name, or of their admission ticket number: narrows a long list to the one sought. */
  q: z.string().trim().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(200).optional(),
});

export const IMPORT_MODES = ['all_or_nothing', 'valid_rows'] as const;
export const IMPORT_STATUSES = ['running', 'completed', 'rejected', 'failed'] as const;

export const ImportRowError = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type ImportRowError = z.infer<typeof ImportRowError>;

export const RegistrationImportView = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  fileName: z.string(),
  mode: z.enum(IMPORT_MODES),
  status: z.enum(IMPORT_STATUSES),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  acceptedRows: z.number().int(),
  errorRows: z.number().int(),
  /** The first errors (the rest are counted); a complete report is downloadable as xlsx. */
  errors: z.array(ImportRowError),
  message: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type RegistrationImportView = z.infer<typeof RegistrationImportView>;

export const WithdrawBody = z.strictObject({ version: Version });
export const RegistrationList = z.object({ items: z.array(RegistrationView) });
export const RegistrationImportList = z.object({ items: z.array(RegistrationImportView) });
export const DirectRecognitionQuery = z.strictObject({ status: z.enum(['pending', 'decided']).default('pending') });
export const RegistrationPage = pageOf(RegistrationView);
