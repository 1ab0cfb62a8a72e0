import { eq } from 'drizzle-orm';
import { evaluationPlans, resultsPublications } from '../../src/platform/db/schema.ts';
import type { TestServer } from './server.ts';
import { insertCertificateRows } from './certificate-rows.ts';
import { planWithCandidates, signOffSessions, type CandidatesPlan } from './results-fixtures.ts';

export interface IssuedPlan extends CandidatesPlan {
  institutionId: string;
  certificates: Array<{ id: string; number: string; registrationId: string; name: string; idNumber: string; statusListIndex: number }>;
}

/**
 * A plan of the demo enterprise whose results are final (every candidate passed, publicity over)
 * and whose certificates are issued as the certificates module leaves them: numbered from the
 * filing's bureau segments and the institution's serial counter, each with its own status list
 * position, not yet sealed. The clock must be before `exam` when called; it is left after it.
 */
export async function issuedPlan(
  server: TestServer,
  { exam, workers = 1, firstWorker = 1, issueDate }: { exam: string; workers?: number; firstWorker?: number; issueDate: string },
): Promise<IssuedPlan> {
  const plan = await planWithCandidates(server, { exam, workers, firstWorker });
  await signOffSessions(server.database, plan.planId, Object.fromEntries(plan.candidates.map((c) => [c.registrationId, { theory: 80, skill: 75 }])));
  const { db } = server.database;
  const [p] = await db.select().from(evaluationPlans).where(eq(evaluationPlans.id, plan.planId));
  const finalAt = new Date(`${issueDate}T00:00:00.000Z`);
  await db
    .insert(resultsPublications)
    .values({ planId: p!.id, institutionId: p!.institutionId, districtCode: p!.districtCode, startsOn: exam, endsOn: exam, workingDays: 5, publishedAt: finalAt, finalAt });
  const issued = await insertCertificateRows(server.database, { planId: plan.planId, registrationIds: plan.candidates.map((c) => c.registrationId), issueDate });
  return {
    ...plan,
    institutionId: p!.institutionId,
    certificates: issued.map((c, i) => {
      const candidate = plan.candidates[i]!;
      return { id: c.id, number: c.number, registrationId: c.registrationId, name: candidate.name, idNumber: candidate.idNumber, statusListIndex: c.statusListIndex };
    }),
  };
}
