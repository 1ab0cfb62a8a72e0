import { and, asc, eq, inArray } from 'drizzle-orm';
import { planOutcome, type ResultOutcome } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { componentScores, persons, registrations } from '../../platform/db/schema.ts';

export interface CandidateOutcome {
  registrationId: string;
  name: string;
  idNumberMasked: string;
  outcome: ResultOutcome;
}

/**
 * Each admitted candidate of the plan with their outcome, from the locked component scores
 * (`planOutcome`), in the order they applied. Scores stay here: no caller sends them on.
 */
export async function planOutcomes(ctx: ServiceContext, plan: { id: string; level: number }): Promise<CandidateOutcome[]> {
  const candidates = await ctx.db
    .select({ registrationId: registrations.id, name: persons.name, idNumberMasked: persons.idNumberMasked })
    .from(registrations)
    .innerJoin(persons, eq(persons.id, registrations.personId))
    .where(and(eq(registrations.planId, plan.id), eq(registrations.status, 'admitted')))
    .orderBy(asc(registrations.createdAt), asc(registrations.id));
  if (!candidates.length) return [];
  const scores = await ctx.db
    .select({ registrationId: componentScores.registrationId, component: componentScores.component, passed: componentScores.passed, lockedAt: componentScores.lockedAt })
    .from(componentScores)
    .where(
      inArray(
        componentScores.registrationId,
        candidates.map((c) => c.registrationId),
      ),
    );
  const byRegistration = new Map<string, Array<{ component: (typeof scores)[number]['component']; passed: boolean | null; locked: boolean }>>();
  for (const s of scores) byRegistration.set(s.registrationId, [...(byRegistration.get(s.registrationId) ?? []), { component: s.component, passed: s.passed, locked: s.lockedAt !== null }]);
  return candidates.map((c) => ({ ...c, outcome: planOutcome(plan.level, byRegistration.get(c.registrationId) ?? []) }));
}
