import { eq, inArray } from 'drizzle-orm';
import { certificateKindLetter, formatCertificateNumber, issueYearOf, isLevel, type CertificateStatus } from '@jiping/domain';
import { certificateBatches, certificateEvents, certificates, evaluationPlans, filings, institutions, occupations, persons, registrations } from '../../src/platform/db/schema.ts';
import type { Database } from '../../src/platform/db/client.ts';
import { nextNumbers } from '../../src/platform/db/next-number.ts';
import { withTransaction } from '../../src/platform/db/transaction.ts';
import { systemContext } from '../../src/boot.ts';

export type CertificateRow = typeof certificates.$inferSelect;

export interface CertificateRowsOptions {
  planId: string;
  /** The holders' applications to the plan, in the order the certificates are numbered. */
  registrationIds: readonly string[];
  issueDate: string;
  /** When the rows (and their events) are written; by default the database's clock. */
  at?: Date;
  /** Serials from this one on; by default the next ones of the institution's counter for the issue year, as issuance takes them. */
  firstSerial?: number;
  status?: Exclude<CertificateStatus, 'replaced'>;
  /** The credential of each certificate, by its number and holder; none (not yet sealed) by default. */
  credential?: (number: string, holder: { name: string }) => Promise<string>;
  /** One `issued` event per certificate, as issuance records them. */
  events?: boolean;
}

/**
 * Certificates as the certificates module leaves them, written straight into the tables for
 * tests whose subject is what comes after issuance: one batch, and one row per application
 * with the holder, occupation and institution name copied, numbered by the national rule from
 * the plan's filing segments, and its status list position from the institution's counter.
 */
export async function insertCertificateRows(database: Database, options: CertificateRowsOptions): Promise<CertificateRow[]> {
  const { planId, registrationIds, issueDate, status = 'valid', events = false } = options;
  const { db } = database;
  const [facts] = await db
    .select({ plan: evaluationPlans, filing: filings, institution: institutions, occupationName: occupations.nameZh })
    .from(evaluationPlans)
    .innerJoin(filings, eq(filings.id, evaluationPlans.filingId))
    .innerJoin(institutions, eq(institutions.id, evaluationPlans.institutionId))
    .innerJoin(occupations, eq(occupations.code, evaluationPlans.occupationCode))
    .where(eq(evaluationPlans.id, planId));
  if (!facts) throw new Error(`no plan ${planId}`);
  const { plan, filing, institution, occupationName } = facts;
  const level = plan.level;
  if (!isLevel(level)) throw new Error(`plan level ${level}`);
  const holders = await db
    .select({ registrationId: registrations.id, person: persons })
    .from(registrations)
    .innerJoin(persons, eq(persons.id, registrations.personId))
    .where(inArray(registrations.id, [...registrationIds]));
  const at = options.at ?? new Date();
  const year = issueYearOf(issueDate);
  const credentials = new Map<string, string>();
  const ctx = systemContext(database, { now: () => at }, 'certificate-rows');
  const written = await withTransaction(ctx, async (tx) => {
    const firstSerial = options.firstSerial ?? (await nextNumbers(tx, `certificate:${plan.institutionId}:${year}`, registrationIds.length));
    const firstIndex = await nextNumbers(tx, `status-list:${plan.institutionId}`, registrationIds.length);
    const [batch] = await tx.db
      .insert(certificateBatches)
      .values({
        institutionId: plan.institutionId,
        districtCode: plan.districtCode,
        planId,
        issueDate,
        requested: registrationIds.length,
        issued: registrationIds.length,
        status: 'done',
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    const values: (typeof certificates.$inferInsert)[] = [];
    for (const [i, registrationId] of registrationIds.entries()) {
      const holder = holders.find((h) => h.registrationId === registrationId)?.person;
      if (!holder) throw new Error(`no application ${registrationId}`);
      const serial = firstSerial + i;
      const number = formatCertificateNumber({
        kind: certificateKindLetter(institution.category),
        institutionCode: filing.institutionCode!,
        provinceCode: filing.provinceCode!,
        siteSequence: filing.siteSequence!,
        issueYear: year,
        level,
        serial,
      });
      if (options.credential) credentials.set(number, await options.credential(number, holder));
      values.push({
        number,
        institutionId: plan.institutionId,
        districtCode: plan.districtCode,
        filingId: filing.id,
        batchId: batch!.id,
        planId,
        registrationId,
        personId: holder.id,
        holderName: holder.name,
        idType: holder.idType,
        idNumberMasked: holder.idNumberMasked,
        occupationCode: plan.occupationCode,
        occupationName,
        workType: plan.workType,
        level,
        institutionName: institution.name,
        issueDate,
        issueYear: Number(issueDate.slice(0, 4)),
        serial,
        status,
        statusListIndex: firstIndex + i,
        credential: credentials.get(number) ?? null,
        credentialKeyId: credentials.has(number) ? 'fixture-key' : null,
        revokedAt: status === 'revoked' ? at : null,
        revokedByAuthority: status === 'revoked' ? 'issuer' : null,
        revocationReason: status === 'revoked' ? '证书信息有误' : null,
        createdAt: at,
        updatedAt: at,
      });
    }
    const rows = await tx.db.insert(certificates).values(values).returning();
    if (events) {
      await tx.db.insert(certificateEvents).values(rows.map((c) => ({ certificateId: c.id, institutionId: c.institutionId, districtCode: c.districtCode, kind: 'issued' as const, occurredAt: at })));
    }
    return rows;
  });
  return registrationIds.map((id) => written.find((c) => c.registrationId === id)!);
}
