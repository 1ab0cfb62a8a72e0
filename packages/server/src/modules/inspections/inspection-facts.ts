import type { InspectionFacts } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { factsOf, institutionName, loadInspection } from './queries.ts';

export interface InspectionFactsView extends InspectionFacts {
  id: string;
  institutionName: string;
  /** Completed or published: the day the result stood. */
  completedAt: Date | null;
}

/**
 * What other modules decide on about an inspection (rectification orders and document requests
 * hang on one): the institution, its district, the running department, the assigned inspectors'
 * accounts and the state. Pass it to `inspectionPolicy` from the domain, or build a policy on it.
 */
export async function inspectionFacts(ctx: ServiceContext, id: string): Promise<InspectionFactsView> {
  const row = await loadInspection(ctx.db, id);
  return { id: row.id, institutionName: await institutionName(ctx.db, row.institutionId), completedAt: row.completedAt, ...(await factsOf(ctx.db, row)) };
}
