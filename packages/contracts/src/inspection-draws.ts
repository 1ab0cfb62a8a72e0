import { z } from 'zod';
import {
  DEFAULT_RISK_RATIOS,
  DEPARTMENT_KINDS,
  DRAW_TASK_STATUSES,
  INSPECTION_TASK_ACTIONS,
  INSTITUTION_CATEGORIES,
  MAX_INSPECTORS_PER_TARGET,
  MIN_INSPECTORS_PER_TARGET,
  RISK_CLASSES,
} from '@jiping/domain';
import { endpoint } from './endpoint.ts';
import { DistrictCode, IdParams, IsoDateTime, PageQuery, pageOf, Uuid, Version } from './common.ts';

/**
 * Random-inspection tasks and their publicly verifiable draw (双随机, docs/draws.md): the
 * government's task pages, and the public list, task page and files anyone can check a draw with.
 */

const text = (max: number) => z.string().trim().min(1).max(max);
/** A sampling ratio in percent; whether it lies in its class's range is judged by the use case, which names the range. */
const Ratio = z.number().int().min(0).max(100);

export const RiskRatiosSchema = z.strictObject({ A: Ratio, B: Ratio, C: Ratio, D: Ratio });

export const DrawTaskScopeSchema = z.strictObject({
  districtCodes: z.array(DistrictCode).max(16).default([]),
  categories: z.array(z.enum(INSTITUTION_CATEGORIES)).max(3).default([]),
  occupationCodes: z.array(z.string().trim().min(1).max(20)).max(200).default([]),
  riskClasses: z.array(z.enum(RISK_CLASSES)).max(4).default([]),
});

export const InspectorPoolSchema = z.strictObject({
  departmentKinds: z.array(z.enum(DEPARTMENT_KINDS)).max(3).default([]),
  districtCodes: z.array(DistrictCode).max(16).default([]),
  fields: z.array(text(50)).max(50).default([]),
});

/** A draft task: what will be drawn from whom, by whom, with which witnesses. Empty lists mean "all". */
export const InspectionTaskBody = z.strictObject({
  title: text(200),
  inspectionItemId: Uuid,
  scope: DrawTaskScopeSchema.default({ districtCodes: [], categories: [], occupationCodes: [], riskClasses: [] }),
  ratios: RiskRatiosSchema.default(DEFAULT_RISK_RATIOS),
  inspectorsPerTarget: z.number().int().min(MIN_INSPECTORS_PER_TARGET).max(MAX_INSPECTORS_PER_TARGET).default(MIN_INSPECTORS_PER_TARGET),
  pool: InspectorPoolSchema.default({ departmentKinds: [], districtCodes: [], fields: [] }),
  /** 异地交叉检查: never draw an inspector of the district bureau where the party is. */
  excludeLocalDistrict: z.boolean().default(false),
  /** The witnesses, named before the commitment (at least two); each types values at the draw. */
  witnesses: z.array(text(50)).min(2).max(10),
  /** A public number named in advance, e.g. 2026-12-01 中国福利彩票双色球开奖号码. */
  publicSource: z.string().trim().max(200).nullable().default(null),
});

export const UpdateInspectionTaskBody = InspectionTaskBody.extend({ version: Version });
export const PublishInspectionTaskBody = z.strictObject({ version: Version });
export const CancelInspectionTaskBody = z.strictObject({ version: Version, reason: text(1000) });

/** A value as typed at the draw: a non-negative integer of at most 30 digits (the domain judges it, naming the source). */
const TypedValue = z.string().trim().min(1).max(40);

export const DrawBody = z.strictObject({
  version: Version,
  /** One entry per named witness, in the order they were named; 1–6 values each. */
  witnesses: z
    .array(z.strictObject({ name: text(50), values: z.array(TypedValue).min(1).max(6) }))
    .min(2)
    .max(10),
  /** The public source's value, when one was named in advance. */
  publicSourceValue: TypedValue.nullable().default(null),
});

export const InspectionTaskItem = z.object({ id: z.string(), code: z.string(), name: z.string() });

export const InspectionTaskView = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  status: z.enum(DRAW_TASK_STATUSES),
  /** `city`, `district:<code>` or `industry:<occupations>`, and in words. */
  department: z.string(),
  departmentName: z.string(),
  item: InspectionTaskItem,
  scope: z.object({ districtCodes: z.array(z.string()), categories: z.array(z.enum(INSTITUTION_CATEGORIES)), occupationCodes: z.array(z.string()), riskClasses: z.array(z.enum(RISK_CLASSES)) }),
  ratios: z.object({ A: z.number(), B: z.number(), C: z.number(), D: z.number() }),
  inspectorsPerTarget: z.number().int(),
  excludeLocalDistrict: z.boolean(),
  pool: z.object({ departmentKinds: z.array(z.enum(DEPARTMENT_KINDS)), districtCodes: z.array(z.string()), fields: z.array(z.string()) }),
  witnesses: z.array(z.string()),
  publicSource: z.string().nullable(),
  /** Fixed at publishing: the SHA-256 of the candidate lists and of the secret, and the list sizes. */
  candidatesDigest: z.string().nullable(),
  commitment: z.string().nullable(),
  committedAt: IsoDateTime.nullable(),
  partyCount: z.number().int().nullable(),
  inspectorCount: z.number().int().nullable(),
  drawnAt: IsoDateTime.nullable(),
  cancelReason: z.string().nullable(),
  createdAt: IsoDateTime,
  version: z.number().int(),
  allowedActions: z.array(z.enum(INSPECTION_TASK_ACTIONS)),
});
export type InspectionTaskView = z.infer<typeof InspectionTaskView>;

/** One drawn target with its inspectors and the inspection made for it (null until written, when a draw was cut off). */
export const DrawnTarget = z.object({
  riskClass: z.enum(RISK_CLASSES),
  partyCode: z.string(),
  partyName: z.string(),
  districtCode: z.string(),
  inspectors: z.array(z.object({ code: z.string(), name: z.string() })),
  inspectionId: z.string().nullable(),
  inspectionNumber: z.string().nullable(),
});
export type DrawnTarget = z.infer<typeof DrawnTarget>;

export const DrawSummary = z.object({
  drawnAt: IsoDateTime,
  drawnByName: z.string().nullable(),
  witnesses: z.array(z.object({ name: z.string(), values: z.array(z.string()) })),
  publicSource: z.object({ description: z.string(), value: z.string() }).nullable(),
  keyString: z.string(),
  targets: z.array(DrawnTarget),
  /** Inspections written for the targets; fewer than the targets while a cut-off draw is being completed. */
  inspectionsWritten: z.number().int(),
});

export const InspectionTaskDetail = InspectionTaskView.extend({ draw: DrawSummary.nullable() });
export type InspectionTaskDetail = z.infer<typeof InspectionTaskDetail>;

export const InspectionTaskQuery = PageQuery.extend({ status: z.enum(DRAW_TASK_STATUSES).optional() });
export const InspectionTaskPage = pageOf(InspectionTaskView);

/** What the task form offers: the active inspectable items, the inspectors' fields, the defaults and the creator's department. */
export const InspectionTaskOptions = z.object({
  items: z.array(InspectionTaskItem),
  inspectorFields: z.array(z.string()),
  ratioRanges: z.record(z.enum(RISK_CLASSES), z.object({ min: z.number(), max: z.number(), default: z.number() })),
  department: z.string(),
  departmentName: z.string(),
  /** The districts and occupations the department's tasks may cover; null: any. */
  districtCodes: z.array(z.string()).nullable(),
  occupationCodes: z.array(z.string()).nullable(),
});

/* The published record (`DrawRecord` of the domain): what anyone re-runs the draw from. */
const DrawPartySchema = z.object({ code: z.string(), name: z.string(), districtCode: z.string(), riskClass: z.enum(RISK_CLASSES) });
const DrawInspectorSchema = z.object({ code: z.string(), name: z.string(), department: z.string(), conflicts: z.array(z.string()) });
export const DrawCandidatesSchema = z.object({ parties: z.array(DrawPartySchema), inspectors: z.array(DrawInspectorSchema) });
export const DrawRecordSchema = z.object({
  format: z.literal('jiping-draw/1'),
  task: z.object({
    number: z.string(),
    title: z.string(),
    department: z.string(),
    item: z.string(),
    scope: z.record(z.string(), z.array(z.string())),
    committedAt: z.string(),
  }),
  rules: z.object({ ratios: z.object({ A: z.number(), B: z.number(), C: z.number(), D: z.number() }), inspectorsPerTarget: z.number(), excludeLocalDistrict: z.boolean() }),
  candidates: DrawCandidatesSchema,
  candidatesDigest: z.string(),
  commitment: z.string(),
  secret: z.string(),
  entropy: z.object({
    witnesses: z.array(z.object({ name: z.string(), values: z.array(z.string()) })),
    publicSource: z.object({ description: z.string(), value: z.string() }).nullable(),
  }),
  keyString: z.string(),
  drawnAt: z.string(),
  picks: z.array(z.object({ party: z.string(), riskClass: z.enum(RISK_CLASSES), inspectors: z.array(z.string()) })),
});

/** A published task (committed or drawn) as the public list shows it. */
export const PublicInspectionTask = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  status: z.enum(DRAW_TASK_STATUSES),
  departmentName: z.string(),
  itemName: z.string(),
  commitment: z.string(),
  candidatesDigest: z.string(),
  committedAt: IsoDateTime,
  drawnAt: IsoDateTime.nullable(),
});

export const PublicInspectionTaskDetail = PublicInspectionTask.extend({
  witnesses: z.array(z.string()),
  publicSource: z.string().nullable(),
  ratios: z.object({ A: z.number(), B: z.number(), C: z.number(), D: z.number() }),
  inspectorsPerTarget: z.number().int(),
  excludeLocalDistrict: z.boolean(),
  scope: z.object({ districtCodes: z.array(z.string()), categories: z.array(z.string()), occupationCodes: z.array(z.string()), riskClasses: z.array(z.string()) }),
  partyCount: z.number().int(),
  inspectorCount: z.number().int(),
  /** The drawn targets with their inspectors (names and certificate numbers, public in 双随机 practice); null before the draw. */
  targets: z.array(z.object({ riskClass: z.enum(RISK_CLASSES), partyCode: z.string(), partyName: z.string(), inspectors: z.array(z.object({ code: z.string(), name: z.string() })) })).nullable(),
});

export const PublicInspectionTaskPage = pageOf(PublicInspectionTask);

export const inspectionDrawEndpoints = {
  inspectionTaskOptions: endpoint({ method: 'GET', url: '/api/v1/inspection-tasks/options', response: InspectionTaskOptions }),
  inspectionTasks: endpoint({ method: 'GET', url: '/api/v1/inspection-tasks', query: InspectionTaskQuery, response: InspectionTaskPage }),
  createInspectionTask: endpoint({ method: 'POST', url: '/api/v1/inspection-tasks', body: InspectionTaskBody, response: InspectionTaskDetail }),
  inspectionTask: endpoint({ method: 'GET', url: '/api/v1/inspection-tasks/:id', params: IdParams, response: InspectionTaskDetail }),
  updateInspectionTask: endpoint({ method: 'PUT', url: '/api/v1/inspection-tasks/:id', params: IdParams, body: UpdateInspectionTaskBody, response: InspectionTaskDetail }),
  publishInspectionTask: endpoint({ method: 'POST', url: '/api/v1/inspection-tasks/:id/publish', params: IdParams, body: PublishInspectionTaskBody, response: InspectionTaskDetail }),
  drawInspectionTask: endpoint({ method: 'POST', url: '/api/v1/inspection-tasks/:id/draw', params: IdParams, body: DrawBody, response: InspectionTaskDetail }),
  cancelInspectionTask: endpoint({ method: 'POST', url: '/api/v1/inspection-tasks/:id/cancel', params: IdParams, body: CancelInspectionTaskBody, response: InspectionTaskDetail }),
  publicInspectionTasks: endpoint({ method: 'GET', url: '/api/v1/public/inspection-tasks', query: PageQuery, response: PublicInspectionTaskPage }),
  publicInspectionTask: endpoint({ method: 'GET', url: '/api/v1/public/inspection-tasks/:id', params: IdParams, response: PublicInspectionTaskDetail }),
  publicDrawRecord: endpoint({ method: 'GET', url: '/api/v1/public/inspection-tasks/:id/record', params: IdParams, response: DrawRecordSchema }),
} as const;

/** The files anyone may download: the candidate lists (canonical JSON whose SHA-256 is the published digest) and the full record once drawn. */
export const inspectionDrawDownloads = {
  drawCandidates: { url: '/api/v1/public/inspection-tasks/:id/candidates.json' },
  drawRecordFile: { url: '/api/v1/public/inspection-tasks/:id/draw.json' },
} as const;
