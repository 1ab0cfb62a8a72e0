import { inspectionPolicy } from '@jiping/domain';
import type { InspectionDetail } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { factsOf, loadInspection } from './queries.ts';
import { inspectionView } from './inspection-view.ts';

/** One inspection, for the officers who supervise the institution, its inspectors, and the institution once completed. */
export async function getInspection({ ctx, id }: { ctx: ServiceContext; id: string }): Promise<InspectionDetail> {
  const row = await loadInspection(ctx.db, id);
  assertAllowed(inspectionPolicy(ctx.actor, 'read', await factsOf(ctx.db, row)));
  return inspectionView(ctx, row);
}
