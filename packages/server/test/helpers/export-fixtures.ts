import { eq } from 'drizzle-orm';
import { shanghaiDate } from '@jiping/domain';
import { certificateEvents, certificates, evaluationPlans, resultsPublications } from '../../src/platform/db/schema.ts';
import type { TestServer } from './server.ts';
import { insertCertificateRows } from './certificate-rows.ts';
import { planWithCandidates, signOffSessions, type CandidatesPlan, type Marks } from './results-fixtures.ts';

/**
 * Certificates as the certificates module leaves them, written straight into the tables, so the
 * national export can be tested apart from issuance: a final 车工 四级 plan of the Pudong
 * enterprise whose named candidates passed, their certificates (numbered by the national rule
 * from the filing's bureau segments) and one `certificate_events` row per change.
 */

export interface IssuedCertificate {
  certificateId: string;
  number: string;
  registrationId: string;
  name: string;
  idNumber: string;
}

/**
 * A plan with candidates, their sessions signed off with the marks given, and its results final:
 * published from `publicity.startsOn` to `publicity.endsOn` and final the next morning, as the
 * results module records it.
 */
export async function finalPlan(
  server: TestServer,
  options: { exam: string; workers?: number; firstWorker?: number; marks: (plan: CandidatesPlan) => Record<string, Marks>; publicity: { startsOn: string; endsOn: string; finalOn: string } },
): Promise<CandidatesPlan> {
  const plan = await planWithCandidates(server, options);
  await signOffSessions(server.database, plan.planId, options.marks(plan));
  const [p] = await server.database.db.select().from(evaluationPlans).where(eq(evaluationPlans.id, plan.planId));
  const { startsOn, endsOn, finalOn } = options.publicity;
  await server.database.db.insert(resultsPublications).values({
    planId: plan.planId,
    institutionId: p!.institutionId,
    districtCode: p!.districtCode,
    startsOn,
    endsOn,
    workingDays: 5,
    publishedAt: new Date(`${startsOn}T09:00:00+08:00`),
    finalAt: new Date(`${finalOn}T01:00:00+08:00`),
  });
  return plan;
}

/** Issues certificates to the named candidates of a plan at an instant: one batch, one certificate and one `issued` event each. */
export async function issueCertificates(server: TestServer, plan: CandidatesPlan, names: string[], at: Date): Promise<IssuedCertificate[]> {
  const candidates = names.map((name) => plan.candidates.find((c) => c.name === name)!);
  const issued = await insertCertificateRows(server.database, {
    planId: plan.planId,
    registrationIds: candidates.map((c) => c.registrationId),
    issueDate: shanghaiDate(at),
    at,
    events: true,
  });
  return issued.map((c, i) => ({ certificateId: c.id, number: c.number, registrationId: c.registrationId, name: candidates[i]!.name, idNumber: candidates[i]!.idNumber }));
}

/** Revokes a certificate at an instant (by the issuer, with a reason) and records the `revoked` event. */
export async function revokeCertificate(server: TestServer, certificateId: string, at: Date, reason: string) {
  const db = server.database.db;
  const [row] = await db
    .update(certificates)
    .set({ status: 'revoked', revokedAt: at, revokedByAuthority: 'issuer', revocationReason: reason, updatedAt: at })
    .where(eq(certificates.id, certificateId))
    .returning();
  await db.insert(certificateEvents).values({ certificateId, institutionId: row!.institutionId, districtCode: row!.districtCode, kind: 'revoked', occurredAt: at });
}
