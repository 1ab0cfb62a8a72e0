import { endpoints } from '@jiping/contracts';
import { canReadOwnPerson } from '@jiping/domain';
import type { AppDeps } from '../../platform/http/app.ts';
import type { Router } from '../../platform/http/route.ts';
import { blindIndex } from '../../platform/crypto/pii.ts';
import { ALLOW_SIGNED_IN } from '../../platform/http/access.ts';
import { fixedWindowLimiter } from '../../platform/http/rate-limit.ts';
import { appoint } from './appoint.ts';
import { renewAppointment } from './renew-appointment.ts';
import { endAppointment } from './end-appointment.ts';
import { startApprenticeship } from './start-apprenticeship.ts';
import { completeApprenticeship } from './complete-apprenticeship.ts';
import { getInstitutionAppointments, getMyAppointments, getPersonAppointments, listPublicAppointments } from './read-appointments.ts';

/** Reads of the published list per client address and minute, as for the published results. */
const PUBLIC_READS_PER_MINUTE = 120;

/** Who may act depends on the enterprise (its admin, its district) or the person, so each use case decides after loading it. */
export function appointmentRoutes(router: Router, { keyring }: AppDeps) {
  const publicReads = fixedWindowLimiter({ limit: PUBLIC_READS_PER_MINUTE, windowMs: 60_000, messageKey: 'results.tooManyReads' });
  router.route({
    ...endpoints.institutionAppointments,
    summary: '本单位特级技师、首席技师与学徒工 Appointments and apprentices of an enterprise',
    tags: ['appointments'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => getInstitutionAppointments({ ctx, institutionId: params.id }),
  });
  router.route({
    ...endpoints.appoint,
    summary: '聘任特级技师或首席技师（逐项说明不符合的条件） Appoint a 特级技师 or 首席技师',
    tags: ['appointments'],
    access: ALLOW_SIGNED_IN,
    status: 201,
    handler: ({ ctx, params, body }) => appoint({ ctx, institutionId: params.id, input: body }),
  });
  router.route({
    ...endpoints.renewAppointment,
    summary: '续聘（新聘期自原聘期届满次日起，重新核对条件） Renew for a new term',
    tags: ['appointments'],
    access: ALLOW_SIGNED_IN,
    status: 201,
    handler: ({ ctx, params, body }) => renewAppointment({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.endAppointment,
    summary: '提前解聘（须说明理由） End a term early',
    tags: ['appointments'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => endAppointment({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.startApprenticeship,
    summary: '登记本单位学徒工 Mark an employee as apprentice',
    tags: ['appointments'],
    access: ALLOW_SIGNED_IN,
    status: 201,
    handler: ({ ctx, params, body }) => startApprenticeship({ ctx, institutionId: params.id, input: body }),
  });
  router.route({
    ...endpoints.completeApprenticeship,
    summary: '登记学徒期满 Record an apprenticeship completed',
    tags: ['appointments'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => completeApprenticeship({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.personAppointments,
    summary: '人员的聘任与学徒记录 A person’s appointments and apprenticeships',
    tags: ['appointments'],
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => getPersonAppointments({ ctx, personId: params.id }),
  });
  router.route({
    ...endpoints.myAppointments,
    summary: '我的聘任与学徒记录 My appointments and apprenticeships',
    tags: ['appointments'],
    access: (actor) => canReadOwnPerson(actor),
    handler: ({ ctx }) => getMyAppointments({ ctx }),
  });
  router.route({
    ...endpoints.publicAppointments,
    summary: '在聘特级技师、首席技师公示名单（姓名脱敏） Published list of appointments',
    tags: ['public'],
    access: { public: '企业评聘结果向社会公布，姓名脱敏' },
    handler: ({ ctx, query, request }) => {
      publicReads.take(blindIndex(keyring, 'client_address', request.ip), ctx.now());
      return listPublicAppointments({ ctx, title: query.title });
    },
  });
}
