import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { certificateKindLetter, shanghaiDate, type CertificateKindLetter } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { certificates, evaluationPlans, filings, filingScope, institutions, occupations, persons, registrations, resultsPublicationEntries, resultsPublications } from '../../platform/db/schema.ts';
import { AppError, notFound } from '../../platform/errors.ts';

/** What every certificate of a plan (or a correction) takes from the filing in force and the institution, checked. */
export interface IssuingFiling {
  filingId: string;
  kind: CertificateKindLetter;
  institutionCode: string;
  provinceCode: string;
  siteSequence: string;
  /** The institution exactly as filed: the filing is made by the institution under its registered name. */
  institutionName: string;
  districtCode: string;
}

export type PlanRow = typeof evaluationPlans.$inferSelect & { occupationName: string };

export async function loadPlan(ctx: ServiceContext, planId: string, { lock = false } = {}): Promise<PlanRow> {
  const query = ctx.db
    .select({ plan: evaluationPlans, occupationName: occupations.nameZh })
    .from(evaluationPlans)
    .innerJoin(occupations, eq(occupations.code, evaluationPlans.occupationCode))
    .where(eq(evaluationPlans.id, planId));
  const [row] = lock ? await query.for('update', { of: evaluationPlans }) : await query;
  if (!row) throw notFound('plan');
  return { ...row.plan, occupationName: row.occupationName };
}

/**
 * The institution's filing in force on the issue date, checked for what a certificate needs:
 * approved and within its validity, the bureau's number segments recorded (never invented), and
 * the occupation, 工种 and level within its filed scope. Any failure refuses the whole issue.
 */
export async function issuingFiling(ctx: ServiceContext, institutionId: string, subject: { occupationCode: string; workType: string; level: number }): Promise<IssuingFiling> {
  const today = shanghaiDate(ctx.now());
  const [row] = await ctx.db
    .select({ filing: filings, institutionName: institutions.name, category: institutions.category })
    .from(filings)
    .innerJoin(institutions, eq(institutions.id, filings.institutionId))
    .where(and(eq(filings.institutionId, institutionId), eq(filings.kind, 'initial'), eq(filings.status, 'approved')));
  if (!row) throw new AppError('PRECONDITION_FAILED', 'certificate.noFilingInForce');
  const { filing } = row;
  if (!filing.validFrom || !filing.validUntil || filing.validFrom > today || filing.validUntil < today) {
    throw new AppError('PRECONDITION_FAILED', 'certificate.filingNotValidOn', { date: today, validFrom: filing.validFrom ?? '', validUntil: filing.validUntil ?? '' });
  }
  if (!filing.institutionCode || !filing.provinceCode || !filing.siteSequence)
    throw new AppError('PRECONDITION_FAILED', 'certificate.filingLacksSegments', { filingNumber: filing.filingNumber ?? '' });
  const [inScope] = await ctx.db
    .select({ level: filingScope.level })
    .from(filingScope)
    .where(and(eq(filingScope.filingId, filing.id), eq(filingScope.occupationCode, subject.occupationCode), eq(filingScope.workType, subject.workType), eq(filingScope.level, subject.level)));
  if (!inScope)
    throw new AppError('PRECONDITION_FAILED', 'certificate.outsideScope', { occupation: subject.occupationCode, workType: subject.workType || '—', certificateLevel: String(subject.level) });
  return {
    filingId: filing.id,
    kind: certificateKindLetter(row.category),
    institutionCode: filing.institutionCode,
    provinceCode: filing.provinceCode,
    siteSequence: filing.siteSequence,
    institutionName: row.institutionName,
    districtCode: filing.districtCode,
  };
}

/** A plan's final results: null while they are not final (公示期未满或异议未处理完). */
export async function finalPublication(ctx: ServiceContext, planId: string) {
  const [publication] = await ctx.db
    .select({ id: resultsPublications.id, finalAt: resultsPublications.finalAt })
    .from(resultsPublications)
    .where(and(eq(resultsPublications.planId, planId), isNotNull(resultsPublications.finalAt)));
  return publication ?? null;
}

export interface ResultLine {
  registrationId: string;
  entryNo: number;
  outcome: string;
  personId: string;
  name: string;
  idType: string;
  idNumberMasked: string;
  certificate: { id: string; number: string; status: (typeof certificates.$inferSelect)['status'] } | null;
}

/**
 * The published entries of a plan's results with each person as recorded now and the live
 * certificate (valid or revoked) of the entry, in the published order; `only` narrows to some applications.
 */
export async function resultLines(ctx: ServiceContext, publicationId: string, only?: readonly string[]): Promise<ResultLine[]> {
  const rows = await ctx.db
    .select({
      registrationId: resultsPublicationEntries.registrationId,
      entryNo: resultsPublicationEntries.entryNo,
      outcome: resultsPublicationEntries.outcome,
      personId: persons.id,
      name: persons.name,
      idType: persons.idType,
      idNumberMasked: persons.idNumberMasked,
      certificateId: certificates.id,
      number: certificates.number,
      status: certificates.status,
    })
    .from(resultsPublicationEntries)
    .innerJoin(registrations, eq(registrations.id, resultsPublicationEntries.registrationId))
    .innerJoin(persons, eq(persons.id, registrations.personId))
    .leftJoin(certificates, and(eq(certificates.registrationId, resultsPublicationEntries.registrationId), inArray(certificates.status, ['valid', 'revoked'])))
    .where(and(eq(resultsPublicationEntries.publicationId, publicationId), only ? inArray(resultsPublicationEntries.registrationId, [...only]) : undefined))
    .orderBy(asc(resultsPublicationEntries.entryNo));
  return rows.map(({ certificateId, number, status, ...row }) => ({ ...row, certificate: certificateId && number && status ? { id: certificateId, number, status } : null }));
}
