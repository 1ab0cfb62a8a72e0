import { and, asc, eq } from 'drizzle-orm';
import type { ResultOutcome } from '@jiping/domain';
import { registrationOutcomes } from '../scores/index.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { persons, registrations } from '../../platform/db/schema.ts';

export interface CandidateOutcome {
  registrationId: string;
  name: string;
  idNumberMasked: string;
  outcome: ResultOutcome;
}

/**
 * Each admitted candidate of the plan with their outcome, as scoring decides it from the signed-off
 * scores and, for a resit, the components it keeps (`registrationOutcomes`), in the order they
 * applied. Scores stay here: no caller sends them on.
 */
export async function planOutcomes(ctx: ServiceContext, plan: { id: string; level: number }): Promise<CandidateOutcome[]> {
  const candidates = await ctx.db
    .select({ registrationId: registrations.id, name: persons.name, idNumberMasked: persons.idNumberMasked })
    .from(registrations)
    .innerJoin(persons, eq(persons.id, registrations.personId))
    .where(and(eq(registrations.planId, plan.id), eq(registrations.status, 'admitted')))
    .orderBy(asc(registrations.createdAt), asc(registrations.id));
  const outcomes = await registrationOutcomes(
    ctx,
    candidates.map((c) => c.registrationId),
  );
  // Anything short of passed (a component failed, missed or not signed off) is not passed.
  return candidates.map((c) => ({ ...c, outcome: outcomes.get(c.registrationId)?.outcome.result === 'passed' ? 'passed' : 'failed' }));
}
