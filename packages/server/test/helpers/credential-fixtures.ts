import { eq, inArray } from 'drizzle-orm';
import { certificateKindLetter, formatCertificateNumber, issueYearOf, type Level } from '@jiping/domain';
import { certificateBatches, certificates, evaluationPlans, filings, institutions, occupations, persons, registrations, resultsPublications } from '../../src/platform/db/schema.ts';
import { nextNumbers } from '../../src/platform/db/next-number.ts';
import { withTransaction } from '../../src/platform/db/transaction.ts';
import { systemContext } from '../../src/boot.ts';
import type { TestServer } from './server.ts';
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
  const [facts] = await db
    .select({ plan: evaluationPlans, filing: filings, institution: institutions, occupationName: occupations.nameZh })
    .from(evaluationPlans)
    .innerJoin(filings, eq(filings.id, evaluationPlans.filingId))
    .innerJoin(institutions, eq(institutions.id, evaluationPlans.institutionId))
    .innerJoin(occupations, eq(occupations.code, evaluationPlans.occupationCode))
    .where(eq(evaluationPlans.id, plan.planId));
  const { plan: p, filing, institution } = facts!;
  const finalAt = new Date(`${issueDate}T00:00:00.000Z`);
  await db
    .insert(resultsPublications)
    .values({ planId: p.id, institutionId: p.institutionId, districtCode: p.districtCode, startsOn: exam, endsOn: exam, workingDays: 5, publishedAt: finalAt, finalAt });
  const holders = await db
    .select({ registrationId: registrations.id, person: persons })
    .from(registrations)
    .innerJoin(persons, eq(persons.id, registrations.personId))
    .where(
      inArray(
        registrations.id,
        plan.candidates.map((c) => c.registrationId),
      ),
    );
  const ctx = systemContext(server.database, server.clock, 'certificate-fixture');
  const issued = await withTransaction(ctx, async (tx) => {
    const year = issueYearOf(issueDate);
    const firstSerial = await nextNumbers(tx, `certificate-serial:${p.institutionId}:${year}`, plan.candidates.length);
    const firstIndex = (await nextNumbers(tx, `status-list:${p.institutionId}`, plan.candidates.length)) - 1;
    const [batch] = await tx.db
      .insert(certificateBatches)
      .values({ institutionId: p.institutionId, districtCode: p.districtCode, planId: p.id, issueDate, requested: plan.candidates.length, issued: plan.candidates.length, status: 'done' })
      .returning();
    const rows = plan.candidates.map((candidate, i) => {
      const holder = holders.find((h) => h.registrationId === candidate.registrationId)!.person;
      const number = formatCertificateNumber({
        kind: certificateKindLetter(institution.category),
        institutionCode: filing.institutionCode!,
        provinceCode: filing.provinceCode!,
        siteSequence: filing.siteSequence!,
        issueYear: year,
        level: p.level as Level,
        serial: firstSerial + i,
      });
      return {
        number,
        institutionId: p.institutionId,
        districtCode: p.districtCode,
        filingId: p.filingId,
        batchId: batch!.id,
        planId: p.id,
        registrationId: candidate.registrationId,
        personId: holder.id,
        holderName: holder.name,
        idType: holder.idType,
        idNumberMasked: holder.idNumberMasked,
        occupationCode: p.occupationCode,
        occupationName: facts!.occupationName,
        workType: p.workType,
        level: p.level,
        institutionName: institution.name,
        issueDate,
        issueYear: 2000 + Number(year),
        serial: firstSerial + i,
        statusListIndex: firstIndex + i,
      };
    });
    return tx.db.insert(certificates).values(rows).returning();
  });
  return {
    ...plan,
    institutionId: p.institutionId,
    certificates: issued.map((c) => {
      const candidate = plan.candidates.find((x) => x.registrationId === c.registrationId)!;
      return { id: c.id, number: c.number, registrationId: c.registrationId, name: candidate.name, idNumber: candidate.idNumber, statusListIndex: c.statusListIndex };
    }),
  };
}
