import { z } from 'zod';
import { INSTITUTION_CATEGORIES, PLAN_STATUSES } from '@jiping/domain';
import { SkillLevel, Version } from './common.ts';

export const CreatePlanBody = z.strictObject({
  occupationCode: z.string().regex(/^[1-8]-\d{2}-\d{2}-\d{2}$/),
  workType: z.string().trim().max(50).default(''),
  level: SkillLevel,
  examStart: z.iso.date(),
  examEnd: z.iso.date(),
  siteName: z.string().trim().min(1).max(100),
  rooms: z.array(z.string().trim().min(1).max(50)).min(1).max(50),
  expectedCandidates: z.number().int().min(1).max(10_000),
  examiners: z.array(z.string().trim().min(1).max(50)).min(1).max(100),
  internalSupervisor: z.string().trim().min(1).max(50),
});

export const PlanDecisionBody = z.strictObject({
  version: Version,
  reason: z.string().trim().max(1000).default(''),
  /** On acknowledgement the district may dispatch an external supervisor (外督). */
  externalSupervisor: z.string().trim().max(50).optional(),
});

export const PlanView = z.object({
  id: z.uuid(),
  institutionId: z.uuid(),
  districtCode: z.string(),
  occupationCode: z.string(),
  workType: z.string(),
  level: z.number().int(),
  examStart: z.string(),
  examEnd: z.string(),
  siteName: z.string(),
  rooms: z.array(z.string()),
  expectedCandidates: z.number().int(),
  examiners: z.array(z.string()),
  internalSupervisor: z.string(),
  externalSupervisor: z.string().nullable(),
  status: z.enum(PLAN_STATUSES),
  version: z.number().int(),
  /** What the requesting user may do now; the page renders buttons from it. */
  allowedActions: z.array(z.string()),
});

/** An acknowledged plan whose exam has not started: candidates may apply to it. */
export const OpenPlanView = PlanView.extend({
  institutionName: z.string(),
  institutionCategory: z.enum(INSTITUTION_CATEGORIES),
  occupationName: z.string(),
  /** For a candidate linked to a person: whether they may apply to this plan as a resit (补考), and if not why, in the words the application would be refused with. */
  resit: z.object({ allowed: z.boolean(), reason: z.string().nullable() }).nullable(),
});
export const OpenPlanList = z.object({ items: z.array(OpenPlanView) });
export const PlanList = z.array(PlanView);
