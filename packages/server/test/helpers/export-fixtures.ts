import { eq, sql } from 'drizzle-orm';
import { formatCertificateNumber, issueYearOf, shanghaiDate, type Level } from '@jiping/domain';
import { certificateBatches, certificateEvents, certificates, evaluationPlans, filings, institutions, occupations, persons, registrations, resultsPublications } from '../../src/platform/db/schema.ts';
import { rows } from '../../src/platform/db/client.ts';
import type { TestServer } from './server.ts';
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
  const db = server.database.db;
  const [facts] = await db
    .select({ plan: evaluationPlans, filing: filings, institution: institutions, occupationName: occupations.nameZh })
    .from(evaluationPlans)
    .innerJoin(filings, eq(filings.id, evaluationPlans.filingId))
    .innerJoin(institutions, eq(institutions.id, evaluationPlans.institutionId))
    .innerJoin(occupations, eq(occupations.code, evaluationPlans.occupationCode))
    .where(eq(evaluationPlans.id, plan.planId));
  const { plan: p, filing, institution } = facts!;
  const issueDate = shanghaiDate(at);
  const [batch] = await db
    .insert(certificateBatches)
    .values({ institutionId: p.institutionId, districtCode: p.districtCode, planId: p.id, issueDate, requested: names.length, issued: names.length, status: 'done', createdAt: at, updatedAt: at })
    .returning();
  const issued: IssuedCertificate[] = [];
  for (const name of names) {
    const candidate = plan.candidates.find((c) => c.name === name)!;
    const [person] = await db
      .select({ id: persons.id, idType: persons.idType, idNumberMasked: persons.idNumberMasked })
      .from(registrations)
      .innerJoin(persons, eq(persons.id, registrations.personId))
      .where(eq(registrations.id, candidate.registrationId));
    const [next] = await rows<{ serial: number; statusIndex: number }>(
      db,
      sql`select coalesce(max(serial), 0) + 1 as serial, coalesce(max(status_list_index), -1) + 1 as "statusIndex" from certificates where institution_id = ${p.institutionId}`,
    );
    const serial = Number(next!.serial);
    const number = formatCertificateNumber({
      kind: institution.category === 'employer' ? 'Y' : 'S',
      institutionCode: filing.institutionCode!,
      provinceCode: filing.provinceCode ?? '31',
      siteSequence: filing.siteSequence!,
      issueYear: issueYearOf(issueDate),
      level: p.level as Level,
      serial,
    });
    const [certificate] = await db
      .insert(certificates)
      .values({
        number,
        institutionId: p.institutionId,
        districtCode: p.districtCode,
        filingId: filing.id,
        batchId: batch!.id,
        planId: p.id,
        registrationId: candidate.registrationId,
        personId: person!.id,
        holderName: candidate.name,
        idType: person!.idType,
        idNumberMasked: person!.idNumberMasked,
        occupationCode: p.occupationCode,
        occupationName: facts!.occupationName,
        workType: p.workType,
        level: p.level,
        institutionName: institution.name,
        issueDate,
        issueYear: Number(issueDate.slice(0, 4)),
        serial,
        statusListIndex: Number(next!.statusIndex),
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    await db.insert(certificateEvents).values({ certificateId: certificate!.id, institutionId: p.institutionId, districtCode: p.districtCode, kind: 'issued', occurredAt: at });
    issued.push({ certificateId: certificate!.id, number, registrationId: candidate.registrationId, name: candidate.name, idNumber: candidate.idNumber });
  }
  return issued;
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
