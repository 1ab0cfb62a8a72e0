import { DecisionBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { transitionFiling } from './filing-transition.ts';

export type ReasonedAction = 'return' | 'reject' | 'suspend' | 'restore' | 'terminate' | 'withdraw';

/**
 * The decisions that only change status, each with its reason: return for correction, reject,
 * suspend, restore, terminate (by the reviewing bureau) and withdraw (by the applicant).
 */
export async function decideFiling({ ctx, id, action, input }: { ctx: ServiceContext; id: string; action: ReasonedAction; input: z.input<typeof DecisionBody> }) {
  const { version, reason } = parseInput(DecisionBody, input, ctx.locale);
  return withTransaction(ctx, (tx) => transitionFiling(tx, { id, action, version, reason }));
}
