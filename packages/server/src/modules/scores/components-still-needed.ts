import { eq } from 'drizzle-orm';
import { requiredComponents, type ExamComponent } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { registrations } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';
import { keptComponents } from './attempt-results.ts';

/**
 * The components a registration still has to sit: those its level requires, less the ones a
 * resit keeps from the attempt it rests on. Seat assignment asks this; it reads no one's scores
 * for the caller, so access is the caller's to check.
 */
export async function componentsStillNeeded(ctx: ServiceContext, registrationId: string): Promise<ExamComponent[]> {
  const [registration] = await ctx.db.select({ level: registrations.level }).from(registrations).where(eq(registrations.id, registrationId));
  if (!registration) throw notFound('registration');
  const kept = (await keptComponents(ctx, [registrationId])).get(registrationId) ?? [];
  return requiredComponents(registration.level).filter((component) => !kept.some((k) => k.component === component));
}
