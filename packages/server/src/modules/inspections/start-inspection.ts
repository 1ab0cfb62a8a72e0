import { InspectionVersionBody, type InspectionDetail } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { changeInspection } from './inspection-change.ts';

/** An assigned inspector starts the inspection on site: assigned → in_progress; the checklist opens. */
export async function startInspection({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof InspectionVersionBody> }): Promise<InspectionDetail> {
  const { version } = parseInput(InspectionVersionBody, input, ctx.locale);
  return changeInspection(ctx, { id, operation: 'start', version, action: 'inspection.started', change: (tx) => ({ status: 'in_progress', startedAt: tx.now() }) });
}
