import { and, count, countDistinct, eq, gte, isNull, or, lte, ne, type SQL } from 'drizzle-orm';
import { appointmentQuotaLimit, type AppointmentQuota, type AppointmentRules, type AppointmentTitle, type PlatformCertificate, type InstitutionCategory, type IsoDate } from '@jiping/domain';
import type { Db } from '../../platform/db/client.ts';
import { appointments, certificates, institutions, occupationLevels, occupations, personRelations, persons } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';

export interface AppointingInstitution {
  id: string;
  districtCode: string;
  category: InstitutionCategory;
  name: string;
}

/**
 * The institution, locked when `forUpdate`: every appointment of an enterprise takes this lock
 * before counting its posts, so two appointments for the last post queue and the second sees the first.
 */
export async function loadAppointingInstitution(db: Db, id: string, { forUpdate = false } = {}): Promise<AppointingInstitution> {
  const query = db.select({ id: institutions.id, districtCode: institutions.districtCode, category: institutions.category, name: institutions.name }).from(institutions).where(eq(institutions.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('institution');
  return row;
}

/** A recorded employee relation (直接用工, 劳务派遣 or 劳务外包) with the enterprise covering the day. */
function employeeOn(institutionId: string, on: IsoDate): SQL {
  return and(
    eq(personRelations.institutionId, institutionId),
    eq(personRelations.kind, 'employee'),
    lte(personRelations.validFrom, on),
    or(isNull(personRelations.validUntil), gte(personRelations.validUntil, on)),
  )!;
}

export async function isEmployedOn(db: Db, institutionId: string, personId: string, on: IsoDate): Promise<boolean> {
  const [row] = await db
    .select({ id: personRelations.id })
    .from(personRelations)
    .where(and(employeeOn(institutionId, on), eq(personRelations.personId, personId)))
    .limit(1);
  return Boolean(row);
}

/** The enterprise's employees on a day, for the appointment and apprentice forms. */
export async function employeesOn(db: Db, institutionId: string, on: IsoDate) {
  return db
    .selectDistinct({ personId: persons.id, name: persons.name, idNumberMasked: persons.idNumberMasked })
    .from(personRelations)
    .innerJoin(persons, eq(persons.id, personRelations.personId))
    .where(employeeOn(institutionId, on))
    .orderBy(persons.name, persons.id);
}

/** Certificates the platform issued to the person (declared ones in the profile are not among them: they cannot be verified). */
export async function platformCertificates(db: Db, personId: string): Promise<Array<PlatformCertificate & { id: string }>> {
  return db
    .select({ id: certificates.id, occupationCode: certificates.occupationCode, level: certificates.level, issueDate: certificates.issueDate, status: certificates.status })
    .from(certificates)
    .where(eq(certificates.personId, personId));
}

/** The occupation and its level 1 (高级技师) are in the catalogue and not withdrawn on the day. */
export async function occupationHasLevel1(db: Db, occupationCode: string, on: IsoDate): Promise<{ exists: boolean; level1: boolean }> {
  const [occupation] = await db.select({ withdrawnOn: occupations.withdrawnOn }).from(occupations).where(eq(occupations.code, occupationCode));
  if (!occupation) return { exists: false, level1: false };
  const [level] = await db
    .select({ withdrawnOn: occupationLevels.withdrawnOn })
    .from(occupationLevels)
    .where(and(eq(occupationLevels.occupationCode, occupationCode), eq(occupationLevels.level, 1)));
  const live = (withdrawnOn: string | null) => withdrawnOn === null || withdrawnOn > on;
  return { exists: true, level1: Boolean(level) && live(occupation.withdrawnOn) && live(level!.withdrawnOn) };
}

/**
 * The quota of a title: the enterprise's employees on the day with a valid 高级技师 certificate
 * (any occupation), the limit the rules give, and the posts held now (`excluding` a term being renewed).
 */
export async function quotaOf(db: Db, institutionId: string, title: AppointmentTitle, on: IsoDate, rules: AppointmentRules, excluding?: string): Promise<AppointmentQuota> {
  const [qualified] = await db
    .select({ n: countDistinct(personRelations.personId) })
    .from(personRelations)
    .innerJoin(certificates, and(eq(certificates.personId, personRelations.personId), eq(certificates.level, 1), eq(certificates.status, 'valid')))
    .where(employeeOn(institutionId, on));
  const held = and(eq(appointments.institutionId, institutionId), eq(appointments.title, title), eq(appointments.status, 'active'), excluding ? ne(appointments.id, excluding) : undefined);
  const [used] = await db.select({ n: count() }).from(appointments).where(held);
  const n = Number(qualified?.n ?? 0);
  return { title, qualified: n, limit: appointmentQuotaLimit(title, n, rules), used: Number(used?.n ?? 0) };
}

/** The person's active 特级技师 post at the enterprise in the occupation (what a 首席技师 is appointed from). */
export async function currentSpecial(db: Db, institutionId: string, personId: string, occupationCode: string, on: IsoDate) {
  const [row] = await db
    .select({ id: appointments.id })
    .from(appointments)
    .where(
      and(
        eq(appointments.institutionId, institutionId),
        eq(appointments.personId, personId),
        eq(appointments.occupationCode, occupationCode),
        eq(appointments.title, 'special'),
        eq(appointments.status, 'active'),
        gte(appointments.termEnd, on),
      ),
    )
    .limit(1);
  return row?.id ?? null;
}

/** The person holds an active post of the title at the enterprise (other than `excluding`). */
export async function holdsTitle(db: Db, institutionId: string, personId: string, title: AppointmentTitle, excluding?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: appointments.id })
    .from(appointments)
    .where(
      and(
        eq(appointments.institutionId, institutionId),
        eq(appointments.personId, personId),
        eq(appointments.title, title),
        eq(appointments.status, 'active'),
        excluding ? ne(appointments.id, excluding) : undefined,
      ),
    )
    .limit(1);
  return Boolean(row);
}
