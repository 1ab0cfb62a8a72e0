import type { ExamComponent } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { keptComponents } from '../scores/index.ts';

/**
 * Which components each registration keeps from an earlier attempt and so does not sit again:
 * a resit keeps the components passed in the attempt it rests on, while they are inside the
 * keep period on its exam day (docs/domain.md "Resits"). Seats are drawn only for the
 * components a registration does not keep; scoring decides which those are.
 */
export async function componentsKept(ctx: ServiceContext, registrationIds: readonly string[]): Promise<Map<string, ReadonlySet<ExamComponent>>> {
  const kept = await keptComponents(ctx, registrationIds);
  return new Map(registrationIds.map((id) => [id, new Set((kept.get(id) ?? []).map((k) => k.component))]));
}
