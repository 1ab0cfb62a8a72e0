import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { appointments, apprenticeships, certificates, institutions, occupations, persons } from '../../platform/db/schema.ts';

/** Appointments with the names a page shows (person, enterprise, occupation, certificate number), newest term first. */
export async function appointmentViews(db: Db, where: SQL | undefined) {
  const rows = await db
    .select({
      a: appointments,
      institutionName: institutions.name,
      personName: persons.name,
      idNumberMasked: persons.idNumberMasked,
      occupationName: occupations.nameZh,
      certificateNumber: certificates.number,
    })
    .from(appointments)
    .innerJoin(institutions, eq(institutions.id, appointments.institutionId))
    .innerJoin(persons, eq(persons.id, appointments.personId))
    .innerJoin(occupations, eq(occupations.code, appointments.occupationCode))
    .leftJoin(certificates, eq(certificates.id, appointments.certificateId))
    .where(where)
    .orderBy(desc(appointments.termStart), asc(appointments.id));
  return rows.map(({ a, ...names }) => ({
    id: a.id,
    institutionId: a.institutionId,
    institutionName: names.institutionName,
    districtCode: a.districtCode,
    personId: a.personId,
    personName: names.personName,
    idNumberMasked: names.idNumberMasked,
    title: a.title,
    occupationCode: a.occupationCode,
    occupationName: names.occupationName,
    termStart: a.termStart,
    termEnd: a.termEnd,
    status: a.status,
    merits: a.merits,
    certificateNumber: names.certificateNumber ?? null,
    renewsId: a.renewsId,
    endedOn: a.endedOn,
    endReason: a.endReason,
    version: a.version,
  }));
}

export type AppointmentViewRow = Awaited<ReturnType<typeof appointmentViews>>[number];

export async function appointmentView(db: Db, id: string): Promise<AppointmentViewRow> {
  const [view] = await appointmentViews(db, eq(appointments.id, id));
  return view!;
}

/** Apprenticeships with the person's, enterprise's and occupation's names, newest first. */
export async function apprenticeshipViews(db: Db, where: SQL | undefined) {
  const rows = await db
    .select({ a: apprenticeships, institutionName: institutions.name, personName: persons.name, idNumberMasked: persons.idNumberMasked, occupationName: occupations.nameZh })
    .from(apprenticeships)
    .innerJoin(institutions, eq(institutions.id, apprenticeships.institutionId))
    .innerJoin(persons, eq(persons.id, apprenticeships.personId))
    .innerJoin(occupations, eq(occupations.code, apprenticeships.occupationCode))
    .where(where)
    .orderBy(desc(apprenticeships.startedOn), asc(apprenticeships.id));
  return rows.map(({ a, ...names }) => ({
    id: a.id,
    institutionId: a.institutionId,
    institutionName: names.institutionName,
    personId: a.personId,
    personName: names.personName,
    idNumberMasked: names.idNumberMasked,
    occupationCode: a.occupationCode,
    occupationName: names.occupationName,
    startedOn: a.startedOn,
    completedOn: a.completedOn,
    version: a.version,
  }));
}

export async function apprenticeshipView(db: Db, id: string) {
  const [view] = await apprenticeshipViews(db, eq(apprenticeships.id, id));
  return view!;
}

export const byInstitution = (institutionId: string) => eq(appointments.institutionId, institutionId);
export const activeOf = (institutionId: string) => and(eq(appointments.institutionId, institutionId), eq(appointments.status, 'active'));
