import { z } from 'zod';
import { FILING_KINDS, FILING_STATUSES, INSTITUTION_CATEGORIES, ORGANIZATION_KINDS } from '@jiping/domain';
import { DistrictCode, PageQuery, pageOf, SkillLevel, Uuid, Version } from './common.ts';
import { RenewalChecklist } from './renewal-checklist.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

export const ScopeRowInput = z.strictObject({
  occupationCode: z.string().regex(/^[1-8]-\d{2}-\d{2}-\d{2}$/, { error: '职业编码格式应为 6-18-01-01' }),
  workType: z.string().trim().max(50).default(''),
  level: SkillLevel,
});

export const ExaminerInput = z.strictObject({
  name: text(50),
  certificateNo: text(50).describe('考评员证书编号'),
  occupationCode: z.string().regex(/^[1-8]-\d{2}-\d{2}-\d{2}$/),
  levels: z.array(SkillLevel).min(1),
});
export const PersonInput = z.strictObject({ name: text(50), certificateNo: z.string().trim().max(50).default('') });
export const ExpertInput = z.strictObject({ name: text(50), title: z.string().trim().max(50).default(''), field: z.string().trim().max(100).default('') });
export const RoomInput = z.strictObject({ name: text(50), capacity: z.number().int().min(1).max(1000), videoMonitoring: z.boolean() });
export const SiteInput = z.strictObject({ name: text(100), address: text(200), districtCode: DistrictCode, rooms: z.array(RoomInput).max(200) });

export const ITEM_BANK_SOURCES = ['national', 'municipal', 'self_developed'] as const;

/** Everything a filing application declares besides its scope. Drafts may be incomplete. */
export const FilingContent = z.strictObject({
  examiners: z.array(ExaminerInput).max(500).default([]),
  supervisors: z.array(PersonInput).max(100).default([]),
  experts: z.array(ExpertInput).max(100).default([]),
  sites: z.array(SiteInput).max(50).default([]),
  itemBankSource: z.enum(ITEM_BANK_SOURCES).nullable().default(null),
  itemBankNote: z.string().trim().max(500).default(''),
  managementRules: z.string().trim().max(5000).default(''),
  /** Employers only: certificates are linked to posts and pay (与岗位、薪酬挂钩). */
  employerCommitment: z.boolean().default(false),
});
export type FilingContent = z.infer<typeof FilingContent>;

export const SaveFilingBody = z.strictObject({
  scope: z.array(ScopeRowInput).max(500),
  content: FilingContent,
});
export const CreateFilingBody = SaveFilingBody;
export const UpdateFilingBody = SaveFilingBody.extend({ version: Version });

export const DecisionBody = z.strictObject({
  version: Version,
  reason: z.string().trim().max(1000).default(''),
});
export const ApproveBody = DecisionBody.extend({
  institutionCode: z
    .string()
    .regex(/^\d{4}$/, { error: '机构代码应为 4 位数字' })
    .optional(),
  siteSequence: z
    .string()
    .regex(/^\d{6}$/, { error: '考点序列号应为 6 位数字' })
    .optional(),
});
export const VersionBody = z.strictObject({ version: Version });

export const FilingIdParams = z.strictObject({ id: Uuid });
export const InstitutionFilingParams = z.strictObject({ id: Uuid });

export const FilingScopeRow = z.object({ occupationCode: z.string(), occupationName: z.string(), workType: z.string(), level: z.number().int(), withdrawn: z.boolean() });

export const FilingSummary = z.object({
  id: Uuid,
  institutionId: Uuid,
  institutionName: z.string(),
  institutionCategory: z.enum(INSTITUTION_CATEGORIES),
  districtCode: z.string(),
  districtName: z.string(),
  kind: z.enum(FILING_KINDS),
  status: z.enum(FILING_STATUSES),
  filingNumber: z.string().nullable(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  submittedAt: z.string().nullable(),
  version: z.number().int(),
});
export type FilingSummary = z.infer<typeof FilingSummary>;

export const TimelineEntry = z.object({ at: z.string(), actorName: z.string(), action: z.string(), from: z.string().nullable(), to: z.string().nullable(), reason: z.string() });

export const FilingDetail = FilingSummary.extend({
  baseFilingId: Uuid.nullable(),
  organization: z.object({
    name: z.string(),
    creditCode: z.string(),
    kind: z.enum(ORGANIZATION_KINDS),
    address: z.string(),
    legalRepresentative: z.string(),
    contactName: z.string(),
    /** Masked (138****8000); the full number is sealed and never sent. */
    contactPhoneMasked: z.string(),
  }),
  institutionCode: z.string().nullable(),
  provinceCode: z.string().nullable(),
  siteSequence: z.string().nullable(),
  scope: z.array(FilingScopeRow),
  content: FilingContent,
  /** For an amendment: the scope and content of the filing it would change, for a side-by-side diff. */
  base: z.object({ scope: z.array(FilingScopeRow), content: FilingContent }).nullable(),
  timeline: z.array(TimelineEntry),
  attachments: z.array(z.object({ id: Uuid, purpose: z.string(), fileName: z.string(), contentType: z.string(), size: z.number().int(), createdAt: z.string() })),
  allowedActions: z.array(z.string()),
  /** An open renewal: certificate changes of the current term not yet acknowledged by the national system, which keep it back. */
  renewalExportBlock: z.object({ count: z.number().int(), from: z.string(), until: z.string() }).nullable(),
  /** A renewal: every condition of renewal, met or not, for the district reviewing it and the institution preparing it. */
  renewalChecklist: RenewalChecklist.nullable(),
});
export type FilingDetail = z.infer<typeof FilingDetail>;

export const FilingListQuery = PageQuery.extend({
  status: z.enum(FILING_STATUSES).optional(),
  kind: z.enum(FILING_KINDS).optional(),
  district: DistrictCode.optional(),
  institutionId: Uuid.optional(),
});
export const FilingPage = pageOf(FilingSummary);

export const RegisterOrganizationBody = z.strictObject({
  organization: z.strictObject({
    creditCode: z.string().trim().toUpperCase(),
    name: text(100),
    kind: z.enum(ORGANIZATION_KINDS),
    districtCode: DistrictCode,
    address: text(200),
    legalRepresentative: text(50),
    contactName: text(50),
    contactPhone: z
      .string()
      .trim()
      .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, { error: '联系电话应为手机号或带区号的固定电话' }),
  }),
  institution: z.strictObject({ name: text(100), category: z.enum(INSTITUTION_CATEGORIES) }),
  admin: z.strictObject({
    username: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, { error: '用户名为 3–32 位小写字母、数字或 . _ -' }),
    displayName: text(50),
    password: z.string().min(10, { error: '密码至少 10 位' }).max(128),
  }),
});
export const RegisterOrganizationResult = z.object({ organizationId: Uuid, institutionId: Uuid, userId: Uuid });

export const PublicInstitution = z.object({
  id: Uuid,
  name: z.string(),
  category: z.enum(INSTITUTION_CATEGORIES),
  districtCode: z.string(),
  districtName: z.string(),
  demonstration: z.boolean(),
  filingNumber: z.string().nullable(),
  status: z.enum(FILING_STATUSES),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  scope: z.array(z.object({ occupationCode: z.string(), occupationName: z.string(), workType: z.string(), level: z.number().int() })),
});
export const PublicInstitutionQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  occupation: z.string().trim().max(50).optional(),
  district: DistrictCode.optional(),
});
export const PublicInstitutionPage = pageOf(PublicInstitution);

export const DemonstrationBody = z.strictObject({ demonstration: z.boolean(), version: Version, reason: z.string().trim().min(1).max(500) });

/** What a filing write answers: enough to continue editing (the new version) or to open it. */
export const FilingChanged = z.object({ id: z.uuid(), status: z.string(), version: z.number().int() });
export const FilingAttachmentView = z.object({ id: z.uuid(), fileName: z.string(), contentType: z.string(), size: z.number().int() });
export const FilingAttachmentParams = z.strictObject({ id: Uuid, attachmentId: Uuid });
export const DemonstrationResult = z.object({ demonstration: z.boolean(), version: z.number().int() });
