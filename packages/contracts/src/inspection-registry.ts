import { z } from 'zod';
import { DEPARTMENT_KINDS, FILING_STATUSES, INSTITUTION_CATEGORIES, MAX_CHECKLIST_LINES, RISK_CLASSES } from '@jiping/domain';
import { endpoint } from './endpoint.ts';
import { DistrictCode, IdParams, IsoDateTime, PageQuery, pageOf, Uuid, Version } from './common.ts';

/**
 * The supervision registries (检查名录库): inspectable items with their checklist templates, the
 * inspectors (执法检查人员名录) with their declared conflicts, and the parties (受检对象名录) with
 * their risk classes (docs/domain.md "Supervision registries").
 */
const text = (max: number) => z.string().trim().min(1).max(max);
/** A list filter given as `true` or `false` in the query string. */
const Flag = z.enum(['true', 'false']);
const OccupationCode = z.string().regex(/^[1-8]-\d{2}-\d{2}-\d{2}$/, { error: '职业编码格式应为 6-18-01-01' });

/** One line of a checklist template: answers and findings refer to it by its key, unique within the item. */
export const ChecklistLineInput = z.strictObject({
  key: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, { error: '检查要点编号由字母、数字、点、下划线或连字符组成，不超过 40 个字符' }),
  label: text(300),
  /** The rule the line checks, cited on the inspection report. */
  basis: z.string().trim().max(300).optional(),
});

export const CreateInspectionItemBody = z.strictObject({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,29}$/, { error: '事项编码由字母、数字和连字符组成，2 至 30 个字符' }),
  name: text(100),
  /** 法律依据: the laws, regulations and documents the item rests on. */
  legalBasis: text(2000),
  checklist: z.array(ChecklistLineInput).max(MAX_CHECKLIST_LINES),
});

/** The code names the item for good (inspections and tasks cite it); everything else may change. */
export const UpdateInspectionItemBody = CreateInspectionItemBody.omit({ code: true }).extend({ version: Version });

/** Deactivating or reactivating a registry entry: the version seen and why. */
export const RegistryActiveBody = z.strictObject({ version: Version, reason: text(500) });

export const InspectionItemListQuery = z.strictObject({
  active: Flag.optional(),
  q: z.string().trim().max(50).optional(),
});

export const InspectionItem = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  legalBasis: z.string(),
  checklist: z.array(z.object({ key: z.string(), label: z.string(), basis: z.string().optional() })),
  active: z.boolean(),
  version: z.number().int(),
  updatedAt: IsoDateTime,
});
export type InspectionItem = z.infer<typeof InspectionItem>;

/** The whole list (the city keeps tens of items, not thousands), with whether the caller may write it. */
export const InspectionItemList = z.object({ items: z.array(InspectionItem), canWrite: z.boolean() });

export const InspectorBody = z.strictObject({
  name: text(50),
  /** 执法证号: unique in the registry. */
  certificateNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-Z][0-9A-Z-]{3,39}$/, { error: '执法证号由字母、数字和连字符组成，4 至 40 个字符' }),
  /** 专业领域. */
  field: text(50),
  departmentKind: z.enum(DEPARTMENT_KINDS),
  /** The district bureau of a district inspector; ignored for the others. */
  districtCode: DistrictCode.nullable().default(null),
  /** The industry authority of an industry inspector; ignored for the others. */
  industry: z.string().trim().max(50).nullable().default(null),
  /** The account (role inspector) the inspector signs in with; null: none linked. */
  username: z.string().trim().max(64).nullable().default(null),
});

export const UpdateInspectorBody = InspectorBody.extend({ version: Version });

export const InspectorListQuery = PageQuery.extend({
  departmentKind: z.enum(DEPARTMENT_KINDS).optional(),
  district: DistrictCode.optional(),
  /** Part of the field (专业领域). */
  field: z.string().trim().max(50).optional(),
  active: Flag.optional(),
  /** Part of the name, or the beginning of the certificate number. */
  q: z.string().trim().max(50).optional(),
});

export const InspectorSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  certificateNumber: z.string(),
  field: z.string(),
  departmentKind: z.enum(DEPARTMENT_KINDS),
  districtCode: z.string().nullable(),
  districtName: z.string().nullable(),
  industry: z.string().nullable(),
  active: z.boolean(),
  account: z.object({ username: z.string(), displayName: z.string() }).nullable(),
  conflictCount: z.number().int(),
  version: z.number().int(),
  /** The caller keeps this inspector's record (edit, deactivate). */
  canWrite: z.boolean(),
});
export type InspectorSummary = z.infer<typeof InspectorSummary>;

export const InspectorConflict = z.object({
  id: z.uuid(),
  institutionId: z.uuid(),
  institutionName: z.string(),
  districtCode: z.string(),
  districtName: z.string(),
  reason: z.string(),
  /** Who declared it: the inspector themself, or the officer keeping the record. */
  declaredByName: z.string().nullable(),
  declaredAt: IsoDateTime,
});
export type InspectorConflict = z.infer<typeof InspectorConflict>;

export const InspectorDetail = InspectorSummary.extend({
  conflicts: z.array(InspectorConflict),
  /** The caller may declare and withdraw this inspector's conflicts. */
  canDeclareConflicts: z.boolean(),
});
export type InspectorDetail = z.infer<typeof InspectorDetail>;

export const InspectorPage = pageOf(InspectorSummary);
export const InspectorListResult = InspectorPage.extend({ canCreate: z.boolean() });

/** 回避: the institution the inspector must never be drawn for, and why. */
export const DeclareConflictBody = z.strictObject({ institutionId: Uuid, reason: text(500) });
export const WithdrawConflictBody = z.strictObject({ reason: text(500) });
export const ConflictParams = z.strictObject({ id: Uuid, conflictId: Uuid });

/** Accounts holding the inspector role that no registry entry names yet: the picker of the inspector form. */
export const InspectorAccountQuery = PageQuery.extend({ q: z.string().trim().max(50).optional() });
export const InspectorAccount = z.object({ username: z.string(), displayName: z.string() });
export const InspectorAccountPage = pageOf(InspectorAccount);

export const PartyListQuery = PageQuery.extend({
  district: DistrictCode.optional(),
  category: z.enum(INSTITUTION_CATEGORIES).optional(),
  occupation: OccupationCode.optional(),
  /** B includes the parties nobody has classed (they are sampled as B). */
  riskClass: z.enum(RISK_CLASSES).optional(),
  /** Part of the institution's name. */
  q: z.string().trim().max(50).optional(),
});

export const Party = z.object({
  institutionId: z.uuid(),
  name: z.string(),
  organizationName: z.string(),
  category: z.enum(INSTITUTION_CATEGORIES),
  districtCode: z.string(),
  districtName: z.string(),
  filingId: z.uuid(),
  filingNumber: z.string().nullable(),
  filingStatus: z.enum(FILING_STATUSES),
  validUntil: z.string().nullable(),
  occupations: z.array(z.object({ code: z.string(), name: z.string() })),
  sites: z.array(z.object({ name: z.string(), address: z.string(), districtCode: z.string() })),
  /** The class sampled: the one set, or B while unclassed (`riskAssessed` false). */
  riskClass: z.enum(RISK_CLASSES),
  riskAssessed: z.boolean(),
  riskBasis: z.string().nullable(),
  riskSetAt: IsoDateTime.nullable(),
  /** Version of the class row, sent back with a change; null while there is none. */
  riskVersion: z.number().int().nullable(),
  canSetRiskClass: z.boolean(),
});
export type Party = z.infer<typeof Party>;

export const PartyPage = pageOf(Party);

export const RiskClassChange = z.object({ riskClass: z.enum(RISK_CLASSES), basis: z.string(), at: IsoDateTime, by: z.string() });
export const PartyDetail = Party.extend({ riskHistory: z.array(RiskClassChange) });
export type PartyDetail = z.infer<typeof PartyDetail>;

/** A class with its basis; `version` is the class row's (null when the party has none yet). */
export const SetRiskClassBody = z.strictObject({ riskClass: z.enum(RISK_CLASSES), basis: text(1000), version: Version.nullable() });

/** The class as set, and the party as its registry now shows it (null for an institution whose filing is not in force yet). */
export const RiskClassResult = z.object({
  institutionId: z.uuid(),
  institutionName: z.string(),
  riskClass: z.enum(RISK_CLASSES),
  basis: z.string(),
  version: z.number().int(),
  party: PartyDetail.nullable(),
});

export const inspectionRegistryEndpoints = {
  inspectionItems: endpoint({ method: 'GET', url: '/api/v1/inspection-items', query: InspectionItemListQuery, response: InspectionItemList }),
  inspectionItem: endpoint({ method: 'GET', url: '/api/v1/inspection-items/:id', params: IdParams, response: InspectionItem }),
  createInspectionItem: endpoint({ method: 'POST', url: '/api/v1/inspection-items', body: CreateInspectionItemBody, response: InspectionItem }),
  updateInspectionItem: endpoint({ method: 'PUT', url: '/api/v1/inspection-items/:id', params: IdParams, body: UpdateInspectionItemBody, response: InspectionItem }),
  deactivateInspectionItem: endpoint({ method: 'POST', url: '/api/v1/inspection-items/:id/deactivate', params: IdParams, body: RegistryActiveBody, response: InspectionItem }),
  reactivateInspectionItem: endpoint({ method: 'POST', url: '/api/v1/inspection-items/:id/reactivate', params: IdParams, body: RegistryActiveBody, response: InspectionItem }),
  inspectors: endpoint({ method: 'GET', url: '/api/v1/inspectors', query: InspectorListQuery, response: InspectorListResult }),
  myInspectorRecord: endpoint({ method: 'GET', url: '/api/v1/inspectors/mine', response: InspectorDetail }),
  inspectorAccounts: endpoint({ method: 'GET', url: '/api/v1/inspectors/accounts', query: InspectorAccountQuery, response: InspectorAccountPage }),
  inspector: endpoint({ method: 'GET', url: '/api/v1/inspectors/:id', params: IdParams, response: InspectorDetail }),
  createInspector: endpoint({ method: 'POST', url: '/api/v1/inspectors', body: InspectorBody, response: InspectorDetail }),
  updateInspector: endpoint({ method: 'PUT', url: '/api/v1/inspectors/:id', params: IdParams, body: UpdateInspectorBody, response: InspectorDetail }),
  deactivateInspector: endpoint({ method: 'POST', url: '/api/v1/inspectors/:id/deactivate', params: IdParams, body: RegistryActiveBody, response: InspectorDetail }),
  reactivateInspector: endpoint({ method: 'POST', url: '/api/v1/inspectors/:id/reactivate', params: IdParams, body: RegistryActiveBody, response: InspectorDetail }),
  declareInspectorConflict: endpoint({ method: 'POST', url: '/api/v1/inspectors/:id/conflicts', params: IdParams, body: DeclareConflictBody, response: InspectorDetail }),
  withdrawInspectorConflict: endpoint({
    method: 'POST',
    url: '/api/v1/inspectors/:id/conflicts/:conflictId/withdraw',
    params: ConflictParams,
    body: WithdrawConflictBody,
    response: InspectorDetail,
  }),
  inspectionParties: endpoint({ method: 'GET', url: '/api/v1/inspection-parties', query: PartyListQuery, response: PartyPage }),
  inspectionParty: endpoint({ method: 'GET', url: '/api/v1/inspection-parties/:id', params: IdParams, response: PartyDetail }),
  setPartyRiskClass: endpoint({ method: 'PUT', url: '/api/v1/inspection-parties/:id/risk-class', params: IdParams, body: SetRiskClassBody, response: RiskClassResult }),
} as const;
