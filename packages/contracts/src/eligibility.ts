import { z } from 'zod';
import { DIPLOMA_KINDS, STANDARD_VERSIONS, TITLE_RANKS } from '@jiping/domain';
import { Version } from './common.ts';

const Level = z.union([z.literal(5), z.literal(4), z.literal(3), z.literal(2), z.literal(1)]);
const Years = z.number().int().min(0).max(50);
const Text = z.strictObject({ 'zh-CN': z.string().trim().min(1).max(300), 'en-US': z.string().trim().min(1).max(300) });

/** One predicate of a path, exactly as the engine reads it (`domain/eligibility/types.ts`). */
export const PredicateSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('minAge'), years: Years }),
  z.strictObject({ kind: z.literal('workYears'), years: Years, related: z.boolean().optional() }),
  z.strictObject({ kind: z.literal('holdsLevel'), level: Level, years: Years, related: z.boolean().optional() }),
  z.strictObject({ kind: z.literal('diploma'), diplomaKinds: z.array(z.enum(DIPLOMA_KINDS)).min(1), relatedMajor: z.boolean(), finalYearAllowed: z.boolean() }),
  z.strictObject({ kind: z.literal('title'), rank: z.enum(TITLE_RANKS), years: Years }),
  z.strictObject({ kind: z.literal('apprenticeship') }),
]);

export const PathSchema = z.strictObject({ id: z.string().trim().min(1).max(60), label: Text, all: z.array(PredicateSchema).min(1).max(10) });

/** What the city sets for one occupation: related occupations and majors, and per-level paths. */
export const OccupationEligibilityBody = z.strictObject({
  version: Version,
  standardVersion: z.enum(STANDARD_VERSIONS),
  relatedOccupationCodes: z
    .array(z.string().regex(/^[1-8]-\d{2}-\d{2}-\d{2}$/, { error: '职业编码格式应为 x-xx-xx-xx' }))
    .max(50)
    .default([]),
  relatedMajors: z.array(z.string().trim().min(1).max(60)).max(100).default([]),
  /** Levels named here replace the template's paths as a whole; null keeps the template. */
  levels: z
    .partialRecord(z.enum(['5', '4', '3', '2', '1']), z.array(PathSchema).max(10))
    .nullable()
    .default(null),
});

export const OccupationEligibilityView = z.object({
  code: z.string(),
  nameZh: z.string(),
  version: z.number().int(),
  standardVersion: z.enum(STANDARD_VERSIONS),
  relatedOccupationCodes: z.array(z.string()),
  relatedMajors: z.array(z.string()),
  overriddenLevels: z.array(z.number().int()),
  /** The rule set in force: the template with this occupation's overrides applied. */
  ruleSet: z.object({ id: z.string(), standardVersion: z.enum(STANDARD_VERSIONS), label: z.record(z.string(), z.string()), levels: z.record(z.string(), z.array(PathSchema)) }),
});
export type OccupationEligibilityView = z.infer<typeof OccupationEligibilityView>;
