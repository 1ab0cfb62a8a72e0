import { addDays } from '@jiping/domain';
import { systemContext } from '../../src/boot.ts';
import { recordFinalResults } from '../../src/modules/results/index.ts';
import type { TestServer } from './server.ts';
import { planWithCandidates, signOffSessions, type CandidatesPlan, type Marks } from './results-fixtures.ts';

/** Shanghai 10:00 on a date. */
export const shanghaiMorning = (date: string) => `${date}T02:00:00.000Z`;

export interface FinalPlan extends CandidatesPlan {
  passed: CandidatesPlan['candidates'];
  failed: CandidatesPlan['candidates'];
  /** The day the results became final; the clock is left there. */
  finalOn: string;
}

/**
 * A plan of the demo enterprise (车工 四级) whose results are final: 李强 and `workers` dispatched
 * workers admitted, everyone passes except the `failing` first workers, the results published two
 * days after the exam for the minimum working days and recorded final two days after publicity
 * ends. The clock is first set to `start` (the day the plan is drafted, default 2 March 2026;
 * the exam by default 28 April 2026, so publicity runs 30 April to 9 May across Labour Day and
 * the results are final on 11 May) and left on the day they became final, so several such plans
 * can be made one after the other.
 */
export async function finalPlan(
  server: TestServer,
  { workers = 2, firstWorker = 1, failing = 0, start = '2026-03-02', exam = '2026-04-28' }: { workers?: number; firstWorker?: number; failing?: number; start?: string; exam?: string } = {},
): Promise<FinalPlan> {
  server.clock.set(shanghaiMorning(start));
  const plan = await planWithCandidates(server, { exam, workers, firstWorker });
  const workersOnly = plan.candidates.filter((c) => c.name !== '李强');
  const failed = workersOnly.slice(0, failing);
  const marks: Record<string, Marks> = Object.fromEntries(plan.candidates.map((c) => [c.registrationId, failed.includes(c) ? { theory: 40, skill: 80 } : { theory: 80, skill: 75 }]));
  server.clock.set(shanghaiMorning(addDays(exam, 2)));
  await signOffSessions(server.database, plan.planId, marks);
  const published = await (await server.as('enterprise-admin')).post(`/api/v1/plans/${plan.planId}/results/publication`, {});
  if (published.status !== 200) throw new Error(`publish: ${published.status} ${JSON.stringify(published.body)}`);
  const finalOn = addDays(published.body.publication.endsOn as string, 2);
  server.clock.set(shanghaiMorning(finalOn));
  await recordFinalResults(systemContext(server.database, server.clock, 'results-final'), { planId: plan.planId });
  return { ...plan, passed: plan.candidates.filter((c) => !failed.includes(c)), failed, finalOn };
}

/** Issues certificates for a final plan as its institution (all passed, or the chosen applications); returns the batch. */
export async function issueFor(server: TestServer, planId: string, registrationIds?: string[]) {
  const response = await (await server.as('enterprise-admin')).post(`/api/v1/plans/${planId}/certificates`, registrationIds ? { registrationIds } : {});
  if (response.status !== 201) throw new Error(`issue: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; requested: number; issued: number; status: string };
}

/** The certificates of a plan as its institution lists them, newest number first. */
export async function certificatesOf(server: TestServer, planId: string) {
  const response = await (await server.as('enterprise-admin')).get(`/api/v1/certificates?planId=${planId}&limit=200`);
  return response.body.items as Array<{ id: string; number: string; holderName: string; status: string; idNumberMasked: string; workType: string; institutionName: string; issueDate: string }>;
}
