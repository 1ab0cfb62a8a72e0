import { z } from 'zod';
import { RENEWAL_CONDITIONS, RENEWAL_MIN_FINAL_PLANS } from '@jiping/domain';

/**
 * The conditions of a renewal (延续), each met or not with what it rests on, as the district reads
 * them beside the application and as a refused submission lists them (docs/domain.md "Renewal preconditions").
 */
export const RenewalConditionView = z.object({
  condition: z.enum(RENEWAL_CONDITIONS),
  met: z.boolean(),
  /** What was counted: plans run to final results, certificate changes not acknowledged, rectification orders still open. */
  count: z.number().int(),
  /** The figure the condition needs: RENEWAL_MIN_FINAL_PLANS plans, 0 changes waiting, 0 orders open. */
  required: z.number().int(),
  /** The days the condition looks at (the term, or the filing's validity up to today). */
  from: z.string().nullable(),
  until: z.string().nullable(),
  /** The condition worded in the reader's language, with its figures. */
  text: z.string(),
});
export type RenewalConditionView = z.infer<typeof RenewalConditionView>;

export const RenewalChecklist = z.object({
  met: z.boolean(),
  minFinalPlans: z.literal(RENEWAL_MIN_FINAL_PLANS),
  conditions: z.array(RenewalConditionView),
});
export type RenewalChecklist = z.infer<typeof RenewalChecklist>;
