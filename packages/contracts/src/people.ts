import { z } from 'zod';
import { AGREEMENT_KINDS, DIPLOMA_KINDS, EMPLOYMENT_TYPES, RELATION_KINDS, TITLE_RANKS } from '@jiping/domain';
import { Version } from './common.ts';

export const PERSON_ID_TYPES = ['resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'foreign_permanent_resident'] as const;

export const RegisterPersonBody = z.strictObject({
  idType: z.enum(PERSON_ID_TYPES),
  idNumber: z.string().trim().min(1).max(32),
  name: z.string().trim().min(1).max(50),
  gender: z.enum(['male', 'female']).optional(),
  /** Required for documents that do not carry it; taken from a resident ID otherwise. */
  birthDate: z.iso.date().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^1\d{10}$/, { error: '手机号应为 11 位数字' })
    .optional(),
});

export const PersonView = z.object({
  id: z.uuid(),
  idType: z.enum(PERSON_ID_TYPES),
  idNumberMasked: z.string(),
  name: z.string(),
  gender: z.enum(['male', 'female']).nullable(),
  birthDate: z.string(),
  phoneMasked: z.string().nullable(),
  version: z.number().int(),
});
export type PersonView = z.infer<typeof PersonView>;

export const RegisterPersonResult = PersonView.extend({ created: z.boolean() });
export const PersonIdentity = z.object({ idNumber: z.string(), phone: z.string().nullable() });

const Day = z.iso.date();
const EvidenceIds = z.array(z.uuid()).max(10).default([]);
const OccupationCode = z.string().regex(/^[1-8]-\d{2}-\d{2}-\d{2}$/, { error: '职业编码格式应为 x-xx-xx-xx' });

/** The person's own declarations: what the eligibility engine judges, each with its evidence. */
export const PersonProfile = z.strictObject({
  workHistory: z
    .array(z.strictObject({ occupationCode: OccupationCode, employer: z.string().trim().max(100).default(''), from: Day, to: Day.nullable().default(null), evidenceFileIds: EvidenceIds }))
    .max(50)
    .default([]),
  certificates: z
    .array(
      z.strictObject({
        occupationCode: OccupationCode,
        level: z.union([z.literal(5), z.literal(4), z.literal(3), z.literal(2), z.literal(1)]),
        number: z.string().trim().max(40).default(''),
        issuedOn: Day,
        evidenceFileIds: EvidenceIds,
      }),
    )
    .max(30)
    .default([]),
  diplomas: z
    .array(
      z.strictObject({
        kind: z.enum(DIPLOMA_KINDS),
        major: z.string().trim().max(100).default(''),
        school: z.string().trim().max(100).default(''),
        graduatedOn: Day.nullable().default(null),
        finalYear: z.boolean().default(false),
        evidenceFileIds: EvidenceIds,
      }),
    )
    .max(20)
    .default([]),
  titles: z
    .array(z.strictObject({ rank: z.enum(TITLE_RANKS), name: z.string().trim().max(100).default(''), obtainedOn: Day, evidenceFileIds: EvidenceIds }))
    .max(20)
    .default([]),
  apprenticeshipCompletedOn: Day.nullable().default(null),
});
export type PersonProfile = z.infer<typeof PersonProfile>;

export const UpdateProfileBody = z.strictObject({ version: Version, profile: PersonProfile });

export const EvidenceFileView = z.object({ id: z.uuid(), fileName: z.string(), contentType: z.string(), size: z.number().int(), purpose: z.string(), createdAt: z.string() });
export type EvidenceFileView = z.infer<typeof EvidenceFileView>;

export const PersonDetail = PersonView.extend({ profile: PersonProfile, files: z.array(EvidenceFileView) });
export type PersonDetail = z.infer<typeof PersonDetail>;

/** An evidence file as a declaration cites it: enough to link it by its name. */
export const EvidenceFileName = z.object({ id: z.uuid(), fileName: z.string() });

export const RelationView = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  personName: z.string(),
  personIdNumberMasked: z.string(),
  institutionId: z.uuid(),
  kind: z.enum(RELATION_KINDS),
  employmentType: z.enum(EMPLOYMENT_TYPES).nullable(),
  employerName: z.string(),
  agreementId: z.uuid().nullable(),
  graduationDate: z.string().nullable(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  evidenceFileIds: z.array(z.uuid()),
  evidenceFiles: z.array(EvidenceFileName),
  version: z.number().int(),
});
export type RelationView = z.infer<typeof RelationView>;

/** Staff name the person by ID number: the relation attaches to the one person with that ID. */
export const CreateRelationBody = z.strictObject({
  person: RegisterPersonBody,
  kind: z.enum(RELATION_KINDS),
  employmentType: z.enum(EMPLOYMENT_TYPES).optional(),
  employerName: z.string().trim().max(100).default(''),
  agreementId: z.uuid().optional(),
  graduationDate: Day.optional(),
  validFrom: Day,
  validUntil: Day.optional(),
  evidenceFileIds: EvidenceIds,
});

export const AgreementView = z.object({
  id: z.uuid(),
  institutionId: z.uuid(),
  kind: z.enum(AGREEMENT_KINDS),
  counterpartName: z.string(),
  counterpartCreditCode: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  evidenceFileIds: z.array(z.uuid()),
  evidenceFiles: z.array(EvidenceFileName),
  version: z.number().int(),
});
export type AgreementView = z.infer<typeof AgreementView>;

export const CreateAgreementBody = z.strictObject({
  kind: z.enum(AGREEMENT_KINDS),
  counterpartName: z.string().trim().min(2).max(100),
  counterpartCreditCode: z.string().trim().toUpperCase().length(18, { error: '统一社会信用代码为 18 位' }),
  validFrom: Day,
  validUntil: Day,
  evidenceFileIds: EvidenceIds,
});

export const AgreementList = z.object({ items: z.array(AgreementView) });

/** Find people among an institution's relations by name or by a fragment of the masked ID (e.g. the last four). */
export const RelationListQuery = z.strictObject({ q: z.string().trim().max(50).optional() });
export const RelationList = z.object({ items: z.array(RelationView) });

/** Relations are ended, never deleted: the admission decisions made while they held must stay explainable. */
export const EndRelationBody = z.strictObject({ version: Version, validUntil: Day });
