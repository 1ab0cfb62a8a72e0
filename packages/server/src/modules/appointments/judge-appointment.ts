import { appointmentProblems, earliestLevel1, type AppointmentProblem, type AppointmentRules, type AppointmentTitle, type IsoDate } from '@jiping/domain';
import type { Db } from '../../platform/db/client.ts';
import type { AppointmentMerit } from '../../platform/db/schema.ts';
import { AppError, type FieldError } from '../../platform/errors.ts';
import { currentSpecial, holdsTitle, isEmployedOn, occupationHasLevel1, platformCertificates, quotaOf, type AppointingInstitution } from './appointment-facts.ts';

/** Where each refusal is shown on the appointment form. */
const FIELD_OF: Record<AppointmentProblem['code'], string> = {
  occupationWithoutLevel1: 'occupationCode',
  notEmployed: 'personId',
  noLevel1: 'personId',
  heldTooShort: 'personId',
  notSpecial: 'personId',
  alreadyHolds: 'personId',
  noMerit: 'merits',
  meritWithoutEvidence: 'merits',
  quotaFull: 'title',
};

export interface AppointmentRequest {
  institution: AppointingInstitution;
  personId: string;
  title: AppointmentTitle;
  occupationCode: string;
  on: IsoDate;
  merits: readonly AppointmentMerit[];
  /** The term being renewed: it neither blocks the title nor takes a post. */
  renewing?: string;
}

/**
 * Reads every fact the appointment depends on (inside the caller's transaction, after it locked
 * the institution) and refuses with every problem at once, each naming its prerequisite. On
 * success it returns what the new row rests on.
 */
export async function judgeAppointment(db: Db, request: AppointmentRequest, rules: AppointmentRules) {
  const { institution, personId, title, occupationCode, on, renewing } = request;
  const occupation = await occupationHasLevel1(db, occupationCode, on);
  if (!occupation.exists)
    throw new AppError('VALIDATION', 'error.validation', {}, [{ field: 'occupationCode', code: 'unknown', messageKey: 'appointment.unknownOccupation', params: { occupation: occupationCode } }]);
  const certificates = await platformCertificates(db, personId);
  const specialId = title === 'chief' ? await currentSpecial(db, institution.id, personId, occupationCode, on) : null;
  const facts = {
    title,
    occupationCode,
    on,
    occupationHasLevel1: occupation.level1,
    employed: await isEmployedOn(db, institution.id, personId, on),
    certificates,
    merits: request.merits,
    currentSpecial: specialId !== null,
    alreadyHolds: await holdsTitle(db, institution.id, personId, title, renewing),
    quota: await quotaOf(db, institution.id, title, on, rules, renewing),
  };
  const problems = appointmentProblems(facts, rules);
  if (problems.length) {
    const fieldErrors: FieldError[] = problems.map((p) => ({ field: FIELD_OF[p.code], code: p.code, messageKey: `appointment.problem.${p.code}`, params: p.params }));
    throw new AppError('UNPROCESSABLE', 'appointment.refused', { count: String(problems.length) }, fieldErrors);
  }
  const certificate = title === 'special' ? earliestLevel1(certificates, occupationCode) : null;
  return { certificateId: certificate ? certificate.id : null, specialAppointmentId: specialId };
}
