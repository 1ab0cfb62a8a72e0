import { CancelInspectionBody, type InspectionDetail } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { changeInspection } from './inspection-change.ts';

/** The running department cancels an inspection not yet submitted, saying why. */
export async function cancelInspection({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof CancelInspectionBody> }): Promise<InspectionDetail> {
  const { version, reason } = parseInput(CancelInspectionBody, input, ctx.locale);
  return changeInspection(ctx, { id, operation: 'cancel', version, action: 'inspection.cancelled', change: () => ({ status: 'cancelled', cancelReason: reason }), detail: () => ({ reason }) });
}
