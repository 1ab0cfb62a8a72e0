import { PUBLICATION_FIELDS } from '@jiping/domain';
import { PublishInspectionBody, type InspectionDetail } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { changeInspection } from './inspection-change.ts';

/**
 * 一公开: the running department publishes a completed inspection's result, keeping out the
 * fields it marks (personal data, trade or state secrets) and writing the text the public reads.
 * Publishing late is still publishing: the overdue flag only goes with it.
 */
export async function publishInspection({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof PublishInspectionBody> }): Promise<InspectionDetail> {
  const { version, withheld, publishedSummary } = parseInput(PublishInspectionBody, input, ctx.locale);
  const fields = PUBLICATION_FIELDS.filter((field) => withheld.includes(field));
  return changeInspection(ctx, {
    id,
    operation: 'publish',
    version,
    action: 'inspection.published',
    change: (tx) => ({ status: 'published', publishedAt: tx.now(), withheld: fields, publishedSummary }),
    detail: (row) => ({ withheld: fields, publicationDue: row.publicationDue }),
  });
}
