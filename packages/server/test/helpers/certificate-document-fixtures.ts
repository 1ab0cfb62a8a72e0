import { generateKeyPairSync } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { CompactSign } from 'jose';
import { certificateKindLetter, formatCertificateNumber, issueYearOf, isLevel, type CertificateStatus } from '@jiping/domain';
import { certificateBatches, certificates, evaluationPlans, filings, institutions, occupations, persons, registrations } from '../../src/platform/db/schema.ts';
import { systemContext } from '../../src/boot.ts';
import { recordFinalResults } from '../../src/modules/results/index.ts';
import type { TestServer } from './server.ts';
import { planWithCandidates, signOffSessions, type CandidatesPlan } from './results-fixtures.ts';

/** Shanghai 10:00 on a date. */
const at = (date: string) => `${date}T02:00:00.000Z`;

/**
 * A 车工 四级 plan of the demo enterprise with final results: 李强 and `workers` dispatched
 * workers sit it on 28 April 2026 and pass, the results are published on 30 April and are final
 * after publicity (recorded by the job on 11 May). The clock is left on 11 May.
 */
export async function finalPlan(server: TestServer, { workers = 1, firstWorker = 1 }: { workers?: number; firstWorker?: number } = {}): Promise<CandidatesPlan> {
  const plan = await planWithCandidates(server, { exam: '2026-04-28', workers, firstWorker });
  server.clock.set(at('2026-04-29'));
  await signOffSessions(server.database, plan.planId, Object.fromEntries(plan.candidates.map((c) => [c.registrationId, { theory: 82, skill: 76 }])));
  server.clock.set(at('2026-04-30'));
  const published = await (await server.as('enterprise-admin')).post(`/api/v1/plans/${plan.planId}/results/publication`, {});
  if (published.status !== 200) throw new Error(`publish: ${published.status} ${JSON.stringify(published.body)}`);
  server.clock.set(at('2026-05-11'));
  if ((await recordFinalResults(systemContext(server.database, server.clock, 'results-final'))) < 1) throw new Error('results did not become final');
  return plan;
}

/** A real compact JWS (Ed25519) standing for the certificate's credential, whose contents this module does not read. */
export async function signedCredential(payload: Record<string, unknown>): Promise<string> {
  const { privateKey } = generateKeyPairSync('ed25519');
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt' }).sign(privateKey);
}

export interface IssuedCertificate {
  id: string;
  number: string;
  registrationId: string;
  holderName: string;
  credential: string | null;
}

/**
 * Issues certificates for the plan's candidates as the certificates module leaves them: a batch,
 * one row per candidate numbered by the national rule from the filing's bureau segments, holder
 * and names copied, and a signed credential (unless `sealed` is false).
 */
export async function issueCertificates(
  server: TestServer,
  plan: CandidatesPlan,
  { issueDate = '2026-05-12', sealed = true, firstSerial = 1, status = 'valid' }: { issueDate?: string; sealed?: boolean; firstSerial?: number; status?: CertificateStatus } = {},
): Promise<IssuedCertificate[]> {
  const { db } = server.database;
  const [row] = await db
    .select({ plan: evaluationPlans, filing: filings, institution: institutions, occupationName: occupations.nameZh })
    .from(evaluationPlans)
    .innerJoin(filings, eq(filings.id, evaluationPlans.filingId))
    .innerJoin(institutions, eq(institutions.id, evaluationPlans.institutionId))
    .innerJoin(occupations, eq(occupations.code, evaluationPlans.occupationCode))
    .where(eq(evaluationPlans.id, plan.planId));
  const { plan: p, filing, institution, occupationName } = row!;
  if (!isLevel(p.level)) throw new Error('plan level');
  const people = await db
    .select({ registrationId: registrations.id, person: persons })
    .from(registrations)
    .innerJoin(persons, eq(persons.id, registrations.personId))
    .where(
      inArray(
        registrations.id,
        plan.candidates.map((c) => c.registrationId),
      ),
    );
  const [batch] = await db
    .insert(certificateBatches)
    .values({ institutionId: institution.id, districtCode: institution.districtCode, planId: p.id, issueDate, requested: people.length, issued: people.length, status: 'done' })
    .returning();
  const issued: IssuedCertificate[] = [];
  for (const [i, { registrationId, person }] of plan.candidates.map((c) => people.find((x) => x.registrationId === c.registrationId)!).entries()) {
    const serial = firstSerial + i;
    const number = formatCertificateNumber({
      kind: certificateKindLetter(institution.category),
      institutionCode: filing.institutionCode!,
      provinceCode: filing.provinceCode!,
      siteSequence: filing.siteSequence!,
      issueYear: issueYearOf(issueDate),
      level: p.level,
      serial,
    });
    const credential = sealed ? await signedCredential({ iss: `did:web:jiping.example:institutions:${institution.id}`, sub: number, name: person.name }) : null;
    const [inserted] = await db
      .insert(certificates)
      .values({
        number,
        institutionId: institution.id,
        districtCode: institution.districtCode,
        filingId: filing.id,
        batchId: batch!.id,
        planId: p.id,
        registrationId,
        personId: person.id,
        holderName: person.name,
        idType: person.idType,
        idNumberMasked: person.idNumberMasked,
        occupationCode: p.occupationCode,
        occupationName,
        workType: p.workType,
        level: p.level,
        institutionName: institution.name,
        issueDate,
        issueYear: Number(issueDate.slice(0, 4)),
        serial,
        status,
        statusListIndex: serial,
        credential,
        credentialKeyId: sealed ? 'fixture-key' : null,
        revokedAt: status === 'revoked' ? new Date(`${issueDate}T08:00:00.000Z`) : null,
        revocationReason: status === 'revoked' ? '证书信息有误' : null,
      })
      .returning();
    issued.push({ id: inserted!.id, number, registrationId, holderName: person.name, credential });
  }
  return issued;
}
