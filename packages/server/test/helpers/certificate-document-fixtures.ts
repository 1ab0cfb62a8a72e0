import { asc, eq } from 'drizzle-orm';
import { certificates } from '../../src/platform/db/schema.ts';
import type { TestServer } from './server.ts';
import type { CandidatesPlan } from './results-fixtures.ts';
import { finalPlan as finalResults, issueFor, shanghaiMorning } from './certificate-fixtures.ts';

/**
 * A 车工 四级 plan of the demo enterprise with final results: 李强 and `workers` dispatched
 * workers sit it on 28 April 2026 and pass, the results are published on 30 April and are final
 * after publicity (recorded by the job on 11 May). The clock is left on 11 May.
 */
export async function finalPlan(server: TestServer, { workers = 1, firstWorker = 1 }: { workers?: number; firstWorker?: number } = {}): Promise<CandidatesPlan> {
  return finalResults(server, { workers, firstWorker });
}

export interface IssuedCertificate {
  id: string;
  number: string;
  registrationId: string;
  holderName: string;
  credential: string | null;
}

/**
 * Issues certificates for every candidate of the plan through the certificates API on the issue
 * date (the clock is left there): a batch, one certificate each numbered from the filing's
 * bureau segments, and its credential sealed.
 */
export async function issueCertificates(server: TestServer, plan: CandidatesPlan, { issueDate = '2026-05-12' }: { issueDate?: string } = {}): Promise<IssuedCertificate[]> {
  server.clock.set(shanghaiMorning(issueDate));
  await issueFor(server, plan.planId);
  const issued = await server.database.db
    .select({ id: certificates.id, number: certificates.number, registrationId: certificates.registrationId, holderName: certificates.holderName, credential: certificates.credential })
    .from(certificates)
    .where(eq(certificates.planId, plan.planId))
    .orderBy(asc(certificates.serial));
  if (issued.length !== plan.candidates.length || issued.some((c) => !c.credential)) throw new Error('certificates were not all issued and sealed');
  return issued;
}
