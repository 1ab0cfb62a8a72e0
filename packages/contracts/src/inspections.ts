import { z } from 'zod';
import {
  CHECKLIST_ANSWERS,
  DEPARTMENT_KINDS,
  INSPECTION_ACTIONS,
  INSPECTION_CONCLUSIONS,
  INSPECTION_KINDS,
  INSPECTION_METHODS,
  INSPECTION_STATUSES,
  MAX_INSPECTORS_PER_TARGET,
  MIN_INSPECTORS_PER_TARGET,
  PUBLICATION_FIELDS,
} from '@jiping/domain';
import { DistrictCode, IdParams, IsoDateTime, PageQuery, pageOf, Uuid, Version } from './common.ts';
import { endpoint } from './endpoint.ts';

/** Kinds an officer creates directly; random inspections come from a draw. */
export const DIRECT_INSPECTION_KINDS = ['routine', 'special', 'session'] as const;

const Text = (max: number) => z.string().trim().min(1).max(max);

/**
 * A routine (日常督导) or special (专项督导) inspection of an institution, or on-site supervision
 * of one of its sessions (`examSessionId` required then): the item inspected, the methods, a title
 * and 2–5 inspectors from the registry.
 */
export const CreateInspectionBody = z.strictObject({
  kind: z.enum(DIRECT_INSPECTION_KINDS),
  institutionId: Uuid,
  examSessionId: Uuid.optional(),
  inspectionItemId: Uuid,
  methods: z.array(z.enum(INSPECTION_METHODS)).min(1).max(INSPECTION_METHODS.length),
  title: Text(200),
  inspectorIds: z.array(Uuid).min(MIN_INSPECTORS_PER_TARGET).max(MAX_INSPECTORS_PER_TARGET),
});

/** The checklist as answered so far (every line saved at once, compare-and-set on the inspection's version). */
export const ChecklistEntryInput = z.strictObject({
  key: Text(100),
  answer: z.enum(CHECKLIST_ANSWERS),
  note: z.string().trim().max(1000).optional(),
});
export const SaveChecklistBody = z.strictObject({ version: Version, entries: z.array(ChecklistEntryInput).max(500) });

/** A finding against a checklist line, or general (no key). */
export const AddFindingBody = z.strictObject({ checklistKey: Text(100).optional(), description: Text(2000) });

export const ConclusionBody = z.strictObject({ version: Version, conclusion: z.enum(INSPECTION_CONCLUSIONS), summary: Text(4000) });
export const InspectionVersionBody = z.strictObject({ version: Version });
export const ReassignInspectionBody = z.strictObject({ version: Version, inspectorIds: z.array(Uuid).min(MIN_INSPECTORS_PER_TARGET).max(MAX_INSPECTORS_PER_TARGET) });
export const CancelInspectionBody = z.strictObject({ version: Version, reason: Text(1000) });
/** What the running department publishes: the fields it keeps out (personal data, trade or state secrets) and the text. */
export const PublishInspectionBody = z.strictObject({
  version: Version,
  withheld: z.array(z.enum(PUBLICATION_FIELDS)).max(PUBLICATION_FIELDS.length).default([]),
  publishedSummary: Text(4000),
});

export const InspectionListQuery = PageQuery.extend({
  status: z.enum(INSPECTION_STATUSES).optional(),
  kind: z.enum(INSPECTION_KINDS).optional(),
  district: DistrictCode.optional(),
  institutionId: Uuid.optional(),
  /** 'true': completed and past the publication due date (逾期未公开). */
  overdue: z.enum(['true', 'false']).optional(),
  /** 'true': only the inspections the actor is assigned to as an inspector (我的检查). */
  mine: z.enum(['true', 'false']).optional(),
});

export const InspectionFileView = z.object({
  id: z.uuid(),
  findingId: z.uuid().nullable(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: IsoDateTime,
});
export type InspectionFileView = z.infer<typeof InspectionFileView>;

export const InspectionFindingView = z.object({
  id: z.uuid(),
  checklistKey: z.string().nullable(),
  description: z.string(),
  createdAt: IsoDateTime,
  files: z.array(InspectionFileView),
});

export const InspectionInspectorView = z.object({
  inspectorId: z.uuid(),
  name: z.string(),
  certificateNumber: z.string(),
  confirmedAt: IsoDateTime.nullable(),
  /** The signed-in user is this inspector. */
  isMe: z.boolean(),
});

export const InspectionSummary = z.object({
  id: z.uuid(),
  number: z.string(),
  kind: z.enum(INSPECTION_KINDS),
  title: z.string(),
  institutionId: z.uuid(),
  institutionName: z.string(),
  districtCode: z.string(),
  status: z.enum(INSPECTION_STATUSES),
  conclusion: z.enum(INSPECTION_CONCLUSIONS).nullable(),
  inspectorNames: z.array(z.string()),
  createdAt: IsoDateTime,
  completedAt: IsoDateTime.nullable(),
  publicationDue: z.string().nullable(),
  /** Completed and not published after its due date (逾期未公开). */
  publicationOverdue: z.boolean(),
  publishedAt: IsoDateTime.nullable(),
  /** The signed-in user is one of its inspectors. */
  mine: z.boolean(),
});
export type InspectionSummary = z.infer<typeof InspectionSummary>;
export const InspectionPage = pageOf(InspectionSummary);

const ChecklistLineView = z.object({ key: z.string(), label: z.string(), basis: z.string().nullable() });

export const InspectionDetail = InspectionSummary.extend({
  taskId: z.uuid().nullable(),
  examSession: z.object({ id: z.uuid(), startsAt: IsoDateTime, room: z.string(), component: z.string() }).nullable(),
  item: z.object({ id: z.uuid(), code: z.string(), name: z.string(), legalBasis: z.string(), checklist: z.array(ChecklistLineView) }),
  methods: z.array(z.enum(INSPECTION_METHODS)),
  departmentKind: z.enum(DEPARTMENT_KINDS),
  departmentDistrictCode: z.string().nullable(),
  checklist: z.array(z.object({ key: z.string(), answer: z.enum(CHECKLIST_ANSWERS), note: z.string().nullable() })),
  summary: z.string().nullable(),
  startedAt: IsoDateTime.nullable(),
  submittedAt: IsoDateTime.nullable(),
  withheld: z.array(z.enum(PUBLICATION_FIELDS)),
  publishedSummary: z.string().nullable(),
  cancelReason: z.string().nullable(),
  inspectors: z.array(InspectionInspectorView),
  findings: z.array(InspectionFindingView),
  /** Files of the inspection itself (not of a finding, a rectification order or a document request). */
  files: z.array(InspectionFileView),
  allowedActions: z.array(z.enum(INSPECTION_ACTIONS)),
  /** The report PDF may be downloaded by the actor. */
  canDownloadReport: z.boolean(),
  version: z.number().int(),
});
export type InspectionDetail = z.infer<typeof InspectionDetail>;

/** What the creation form offers for an institution: active items, the registry's inspectors (conflicts marked), the sessions on-site supervision may pick. */
export const InspectionFormQuery = z.strictObject({ institutionId: Uuid.optional() });
export const InspectionFormOptions = z.object({
  items: z.array(z.object({ id: z.uuid(), code: z.string(), name: z.string(), legalBasis: z.string(), lines: z.number().int() })),
  inspectors: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      certificateNumber: z.string(),
      field: z.string(),
      departmentKind: z.enum(DEPARTMENT_KINDS),
      districtCode: z.string().nullable(),
      /** Declared a conflict with the institution asked about: cannot be chosen. */
      conflicted: z.boolean(),
    }),
  ),
  sessions: z.array(z.object({ id: z.uuid(), startsAt: IsoDateTime, room: z.string(), component: z.string(), status: z.string() })),
  /** The institution has a filing in force (an inspection needs one). */
  filingInForce: z.boolean().nullable(),
});

export const InspectionFindingParams = z.strictObject({ id: Uuid, findingId: Uuid });

/** The published result (一公开): never a withheld field; inspector names only when not withheld. */
export const PublicInspection = z.object({
  id: z.uuid(),
  number: z.string(),
  kind: z.enum(INSPECTION_KINDS),
  /** Null when the institution is withheld. */
  institutionId: z.uuid().nullable(),
  institutionName: z.string().nullable(),
  districtCode: z.string(),
  itemName: z.string(),
  legalBasis: z.string(),
  methods: z.array(z.enum(INSPECTION_METHODS)),
  completedOn: z.string(),
  publishedAt: IsoDateTime,
  conclusion: z.enum(INSPECTION_CONCLUSIONS),
  publishedSummary: z.string(),
  findings: z.array(z.string()).nullable(),
  inspectorNames: z.array(z.string()).nullable(),
  withheld: z.array(z.enum(PUBLICATION_FIELDS)),
});
export type PublicInspection = z.infer<typeof PublicInspection>;
export const PublicInspectionQuery = PageQuery.extend({
  district: DistrictCode.optional(),
  q: z.string().trim().max(100).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  institutionId: Uuid.optional(),
});
export const PublicInspectionPage = pageOf(PublicInspection);

export const inspectionEndpoints = {
  inspections: endpoint({ method: 'GET', url: '/api/v1/inspections', query: InspectionListQuery, response: InspectionPage }),
  inspectionFormOptions: endpoint({ method: 'GET', url: '/api/v1/inspections/form-options', query: InspectionFormQuery, response: InspectionFormOptions }),
  createInspection: endpoint({ method: 'POST', url: '/api/v1/inspections', body: CreateInspectionBody, response: InspectionDetail }),
  inspection: endpoint({ method: 'GET', url: '/api/v1/inspections/:id', params: IdParams, response: InspectionDetail }),
  startInspection: endpoint({ method: 'POST', url: '/api/v1/inspections/:id/start', params: IdParams, body: InspectionVersionBody, response: InspectionDetail }),
  saveInspectionChecklist: endpoint({ method: 'PUT', url: '/api/v1/inspections/:id/checklist', params: IdParams, body: SaveChecklistBody, response: InspectionDetail }),
  addInspectionFinding: endpoint({ method: 'POST', url: '/api/v1/inspections/:id/findings', params: IdParams, body: AddFindingBody, response: InspectionDetail }),
  removeInspectionFinding: endpoint({ method: 'DELETE', url: '/api/v1/inspections/:id/findings/:findingId', params: InspectionFindingParams, response: InspectionDetail }),
  uploadInspectionFile: endpoint({ method: 'POST', url: '/api/v1/inspections/:id/files', params: IdParams, upload: true, response: InspectionFileView }),
  saveInspectionConclusion: endpoint({ method: 'PUT', url: '/api/v1/inspections/:id/conclusion', params: IdParams, body: ConclusionBody, response: InspectionDetail }),
  submitInspection: endpoint({ method: 'POST', url: '/api/v1/inspections/:id/submit', params: IdParams, body: InspectionVersionBody, response: InspectionDetail }),
  confirmInspection: endpoint({ method: 'POST', url: '/api/v1/inspections/:id/confirm', params: IdParams, response: InspectionDetail }),
  reassignInspection: endpoint({ method: 'POST', url: '/api/v1/inspections/:id/reassign', params: IdParams, body: ReassignInspectionBody, response: InspectionDetail }),
  cancelInspection: endpoint({ method: 'POST', url: '/api/v1/inspections/:id/cancel', params: IdParams, body: CancelInspectionBody, response: InspectionDetail }),
  publishInspection: endpoint({ method: 'POST', url: '/api/v1/inspections/:id/publish', params: IdParams, body: PublishInspectionBody, response: InspectionDetail }),
  publicInspections: endpoint({ method: 'GET', url: '/api/v1/public/inspections', query: PublicInspectionQuery, response: PublicInspectionPage }),
  publicInspection: endpoint({ method: 'GET', url: '/api/v1/public/inspections/:id', params: IdParams, response: PublicInspection }),
} as const;

/** The report (PDF, audited) and the files of an inspection. */
export const inspectionDownloads = {
  inspectionReport: { url: '/api/v1/inspections/:id/report.pdf' },
  inspectionFile: { url: '/api/v1/inspection-files/:id' },
} as const;
