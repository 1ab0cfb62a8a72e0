import type { ExamComponent } from '@jiping/domain';
import type { Db } from '../../platform/db/client.ts';

/**
 * Which components each registration keeps from an earlier attempt and so does not sit again:
 * a resit candidate who passed a component keeps it for a while (docs/domain.md "Evaluating":
 * default 1 year, one resit). Seats are drawn only for the components a registration does not
 * keep. The rule belongs to scoring, which records passes (component_scores); until it decides
 * kept components this answers none, so every admitted candidate sits every component.
 */
export async function componentsKept(_db: Db, registrationIds: readonly string[]): Promise<Map<string, ReadonlySet<ExamComponent>>> {
  return new Map(registrationIds.map((id) => [id, new Set<ExamComponent>()]));
}
