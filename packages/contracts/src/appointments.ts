import { z } from 'zod';
import { APPOINTMENT_STATUSES, APPOINTMENT_TITLES, MERIT_KINDS } from '@jiping/domain';
import { IdParams, Uuid, Version } from './common.ts';
import { endpoint } from './endpoint.ts';

const Day = z.iso.date();
const OccupationCode = z.string().regex(/^[1-8]-\d{2}-\d{2}-\d{2}$/, { error: '职业编码格式应为 x-xx-xx-xx' });

/** A merit a 特级技师 appointment rests on: its kind, what it was, and the institution's evidence files. */
export const MeritInput = z.strictObject({
  kind: z.enum(MERIT_KINDS),
  description: z.string().trim().min(1).max(500),
  evidenceFileIds: z.array(Uuid).max(10).default([]),
});

/** Appoint one of the enterprise's employees. `termStart` defaults to today. */
export const AppointBody = z.strictObject({
  personId: Uuid,
  title: z.enum(APPOINTMENT_TITLES),
  occupationCode: OccupationCode,
  termStart: Day.optional(),
  merits: z.array(MeritInput).max(10).default([]),
});

export const RenewAppointmentBody = z.strictObject({ version: Version });

/** Ending a term early: the day and why (resigned, left the enterprise, misconduct…). */
export const EndAppointmentBody = z.strictObject({ version: Version, endedOn: Day.optional(), reason: z.string().trim().min(2).max(500) });

export const StartApprenticeshipBody = z.strictObject({ personId: Uuid, occupationCode: OccupationCode, startedOn: Day });
export const CompleteApprenticeshipBody = z.strictObject({ version: Version, completedOn: Day });

const MeritView = z.object({ kind: z.enum(MERIT_KINDS), description: z.string(), evidenceFileIds: z.array(z.string()) });

export const AppointmentView = z.object({
  id: z.uuid(),
  institutionId: z.uuid(),
  institutionName: z.string(),
  districtCode: z.string(),
  personId: z.uuid(),
  personName: z.string(),
  idNumberMasked: z.string(),
  title: z.enum(APPOINTMENT_TITLES),
  occupationCode: z.string(),
  occupationName: z.string(),
  termStart: z.string(),
  termEnd: z.string(),
  status: z.enum(APPOINTMENT_STATUSES),
  merits: z.array(MeritView),
  /** The number of the 高级技师 certificate a 特级技师 post rests on. */
  certificateNumber: z.string().nullable(),
  renewsId: z.string().nullable(),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  version: z.number().int(),
});

export const ApprenticeshipView = z.object({
  id: z.uuid(),
  institutionId: z.uuid(),
  institutionName: z.string(),
  personId: z.uuid(),
  personName: z.string(),
  idNumberMasked: z.string(),
  occupationCode: z.string(),
  occupationName: z.string(),
  startedOn: z.string(),
  completedOn: z.string().nullable(),
  version: z.number().int(),
});

export const QuotaView = z.object({ title: z.enum(APPOINTMENT_TITLES), qualified: z.number().int(), limit: z.number().int(), used: z.number().int() });

/** An enterprise's posts, apprentices and how many posts it may still fill, with the rules in force. */
export const InstitutionAppointmentsView = z.object({
  appointments: z.array(AppointmentView),
  apprenticeships: z.array(ApprenticeshipView),
  quotas: z.array(QuotaView),
  rules: z.object({ specialMinYears: z.number(), specialQuotaPercent: z.number(), chiefMaxPerEnterprise: z.number(), termYears: z.number() }),
  /** The employees (current employee relation) the enterprise may appoint or mark as apprentices. */
  employees: z.array(z.object({ personId: z.uuid(), name: z.string(), idNumberMasked: z.string() })),
  canWrite: z.boolean(),
});

/** A person's posts and apprenticeships, on their record and their own page. */
export const PersonAppointmentsView = z.object({ appointments: z.array(AppointmentView), apprenticeships: z.array(ApprenticeshipView) });

/** The published list: posts held now, the name masked. */
export const PublicAppointment = z.object({
  id: z.uuid(),
  personName: z.string(),
  institutionName: z.string(),
  occupationCode: z.string(),
  occupationName: z.string(),
  title: z.enum(APPOINTMENT_TITLES),
  termStart: z.string(),
  termEnd: z.string(),
});
export const PublicAppointmentsQuery = z.strictObject({ title: z.enum(APPOINTMENT_TITLES).optional() });
export const PublicAppointmentList = z.object({ items: z.array(PublicAppointment) });

export const appointmentsEndpoints = {
  institutionAppointments: endpoint({ method: 'GET', url: '/api/v1/institutions/:id/appointments', params: IdParams, response: InstitutionAppointmentsView }),
  appoint: endpoint({ method: 'POST', url: '/api/v1/institutions/:id/appointments', params: IdParams, body: AppointBody, response: AppointmentView }),
  renewAppointment: endpoint({ method: 'POST', url: '/api/v1/appointments/:id/renewal', params: IdParams, body: RenewAppointmentBody, response: AppointmentView }),
  endAppointment: endpoint({ method: 'POST', url: '/api/v1/appointments/:id/end', params: IdParams, body: EndAppointmentBody, response: AppointmentView }),
  startApprenticeship: endpoint({ method: 'POST', url: '/api/v1/institutions/:id/apprenticeships', params: IdParams, body: StartApprenticeshipBody, response: ApprenticeshipView }),
  completeApprenticeship: endpoint({ method: 'POST', url: '/api/v1/apprenticeships/:id/completion', params: IdParams, body: CompleteApprenticeshipBody, response: ApprenticeshipView }),
  personAppointments: endpoint({ method: 'GET', url: '/api/v1/people/:id/appointments', params: IdParams, response: PersonAppointmentsView }),
  myAppointments: endpoint({ method: 'GET', url: '/api/v1/me/appointments', response: PersonAppointmentsView }),
  publicAppointments: endpoint({ method: 'GET', url: '/api/v1/public/appointments', query: PublicAppointmentsQuery, response: PublicAppointmentList }),
} as const;

export type AppointmentView = z.infer<typeof AppointmentView>;
export type ApprenticeshipView = z.infer<typeof ApprenticeshipView>;
export type InstitutionAppointmentsView = z.infer<typeof InstitutionAppointmentsView>;
export type PersonAppointmentsView = z.infer<typeof PersonAppointmentsView>;
export type PublicAppointment = z.infer<typeof PublicAppointment>;
