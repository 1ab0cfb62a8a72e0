import { ConclusionBody, type InspectionDetail } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { changeInspection } from './inspection-change.ts';

/** The inspectors write the conclusion (合规 / 限期整改 / 不合规) and the summary while the inspection is in progress. */
export async function saveConclusion({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof ConclusionBody> }): Promise<InspectionDetail> {
  const { version, conclusion, summary } = parseInput(ConclusionBody, input, ctx.locale);
  return changeInspection(ctx, { id, operation: 'fill', version, action: 'inspection.conclusion_saved', change: () => ({ conclusion, summary }), detail: () => ({ conclusion }) });
}
