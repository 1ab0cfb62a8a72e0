import { z } from 'zod';
import { EXAM_COMPONENTS, EXAM_SESSION_STATUSES, SESSION_DUTIES } from '@jiping/domain';
import { IdParams, Uuid, Version } from './common.ts';
import { endpoint } from './endpoint.ts';

/** An instant with its offset, e.g. 2026-04-01T09:00:00+08:00; stored in UTC. */
const Instant = z.iso.datetime({ offset: true, error: '时间格式应为 2026-04-01T09:00:00+08:00' });

export const ScheduleSessionBody = z.strictObject({
  component: z.enum(EXAM_COMPONENTS),
  startsAt: Instant,
  endsAt: Instant,
  room: z.string().trim().min(1).max(50),
  capacity: z.number().int().min(1).max(1000),
});

export const UpdateSessionBody = ScheduleSessionBody.omit({ component: true }).extend({ version: Version });
export const SessionVersionBody = z.strictObject({ version: Version });
export const CancelSessionBody = z.strictObject({ version: Version, reason: z.string().trim().min(1, { error: '请填写取消理由' }).max(1000) });
export const AssignSeatsBody = z.strictObject({ component: z.enum(EXAM_COMPONENTS) });
/** What the scanner types (the ticket number from the QR code) or the clerk types (an ID number). */
export const CheckInBody = z.strictObject({ code: z.string().trim().min(1, { error: '请扫描准考证二维码或输入证件号码' }).max(50) });
export const IncidentBody = z.strictObject({ occurredAt: Instant, text: z.string().trim().min(1, { error: '请填写情况说明' }).max(2000) });
export const SessionRecordBody = z.strictObject({ version: Version, record: z.string().trim().min(1, { error: '请填写考场记录' }).max(10_000) });
export const SessionStaffParams = z.strictObject({ id: Uuid, staffId: Uuid });
export const TicketParams = z.strictObject({ registrationId: Uuid });

export const ExamSessionView = z.object({
  id: Uuid,
  planId: Uuid,
  institutionId: Uuid,
  component: z.enum(EXAM_COMPONENTS),
  startsAt: z.string(),
  endsAt: z.string(),
  siteName: z.string(),
  siteAddress: z.string(),
  room: z.string(),
  capacity: z.number().int(),
  status: z.enum(EXAM_SESSION_STATUSES),
  /** The recorded seed of the last seat draw: with it and the candidate list anyone can redraw the seats. */
  seatSeed: z.string().nullable(),
  seatsAssignedAt: z.string().nullable(),
  seated: z.number().int(),
  checkedIn: z.number().int(),
  absent: z.number().int(),
  record: z.string().nullable(),
  recordAt: z.string().nullable(),
  version: z.number().int(),
  allowedActions: z.array(z.string()),
});
export type ExamSessionView = z.infer<typeof ExamSessionView>;

export const PLAN_SESSION_ACTIONS = ['schedule', 'assignSeats', 'downloadTickets'] as const;

export const PlanSessionsView = z.object({
  planId: Uuid,
  /** The components the plan's level examines, in order. */
  components: z.array(z.enum(EXAM_COMPONENTS)),
  admitted: z.number().int(),
  tickets: z.number().int(),
  items: z.array(ExamSessionView),
  allowedActions: z.array(z.enum(PLAN_SESSION_ACTIONS)),
});

export const SessionStaffView = z.object({ id: Uuid, duty: z.enum(SESSION_DUTIES), name: z.string(), checkedInAt: z.string().nullable(), isMe: z.boolean(), canCheckIn: z.boolean() });
export const SeatView = z.object({
  registrationId: Uuid,
  seatNumber: z.number().int(),
  ticketNumber: z.string().nullable(),
  /** Masked (李*): the roster confirms a face, it does not list people. */
  maskedName: z.string(),
  checkedInAt: z.string().nullable(),
  absent: z.boolean(),
});
export const IncidentView = z.object({ id: Uuid, sessionId: Uuid, occurredAt: z.string(), text: z.string(), recordedByName: z.string(), hasPhoto: z.boolean(), createdAt: z.string() });
export type IncidentView = z.infer<typeof IncidentView>;

export const ExamSessionDetail = ExamSessionView.extend({
  occupationCode: z.string(),
  occupationName: z.string(),
  workType: z.string(),
  level: z.number().int(),
  staff: z.array(SessionStaffView),
  seats: z.array(SeatView),
  incidents: z.array(IncidentView),
});

export const AssignSeatsResult = z.object({ component: z.enum(EXAM_COMPONENTS), seed: z.string(), seated: z.number().int(), ticketsIssued: z.number().int(), items: z.array(ExamSessionView) });
export const CheckInResult = z.object({ seatNumber: z.number().int(), ticketNumber: z.string().nullable(), maskedName: z.string(), checkedInAt: z.string() });

export const MySessionView = ExamSessionView.extend({ duty: z.enum(SESSION_DUTIES), occupationName: z.string(), workType: z.string(), level: z.number().int() });
export const MySessionList = z.object({ items: z.array(MySessionView) });

export const TicketSessionView = z.object({
  component: z.enum(EXAM_COMPONENTS),
  startsAt: z.string(),
  endsAt: z.string(),
  siteName: z.string(),
  siteAddress: z.string(),
  room: z.string(),
  seatNumber: z.number().int(),
});
export const MyTicketView = z.object({
  registrationId: Uuid,
  planId: Uuid,
  ticketNumber: z.string(),
  occupationName: z.string(),
  workType: z.string(),
  level: z.number().int(),
  sessions: z.array(TicketSessionView),
});
export const MyTicketList = z.object({ items: z.array(MyTicketView) });

export const examSessionEndpoints = {
  planExamSessions: endpoint({ method: 'GET', url: '/api/v1/plans/:id/exam-sessions', params: IdParams, response: PlanSessionsView }),
  scheduleExamSession: endpoint({ method: 'POST', url: '/api/v1/plans/:id/exam-sessions', params: IdParams, body: ScheduleSessionBody, response: ExamSessionView }),
  assignSeats: endpoint({ method: 'POST', url: '/api/v1/plans/:id/exam-seats', params: IdParams, body: AssignSeatsBody, response: AssignSeatsResult }),
  examSession: endpoint({ method: 'GET', url: '/api/v1/exam-sessions/:id', params: IdParams, response: ExamSessionDetail }),
  updateExamSession: endpoint({ method: 'PUT', url: '/api/v1/exam-sessions/:id', params: IdParams, body: UpdateSessionBody, response: ExamSessionView }),
  cancelExamSession: endpoint({ method: 'POST', url: '/api/v1/exam-sessions/:id/cancel', params: IdParams, body: CancelSessionBody, response: ExamSessionView }),
  startExamSession: endpoint({ method: 'POST', url: '/api/v1/exam-sessions/:id/start', params: IdParams, body: SessionVersionBody, response: ExamSessionView }),
  endExamSession: endpoint({ method: 'POST', url: '/api/v1/exam-sessions/:id/end', params: IdParams, body: SessionVersionBody, response: ExamSessionView }),
  checkInCandidate: endpoint({ method: 'POST', url: '/api/v1/exam-sessions/:id/check-ins', params: IdParams, body: CheckInBody, response: CheckInResult }),
  checkInStaff: endpoint({ method: 'POST', url: '/api/v1/exam-sessions/:id/staff/:staffId/check-in', params: SessionStaffParams, response: SessionStaffView }),
  recordIncident: endpoint({ method: 'POST', url: '/api/v1/exam-sessions/:id/incidents', params: IdParams, body: IncidentBody, response: IncidentView }),
  attachIncidentPhoto: endpoint({ method: 'POST', url: '/api/v1/exam-incidents/:id/photo', params: IdParams, upload: true, response: IncidentView }),
  writeSessionRecord: endpoint({ method: 'PUT', url: '/api/v1/exam-sessions/:id/record', params: IdParams, body: SessionRecordBody, response: ExamSessionView }),
  myExamSessions: endpoint({ method: 'GET', url: '/api/v1/exam-sessions/mine', response: MySessionList }),
  myExamTickets: endpoint({ method: 'GET', url: '/api/v1/exam-tickets/mine', response: MyTicketList }),
} as const;

/** Files of exam operations the pages link to: tickets as PDF (one, or a plan's in one PDF or a zip) and incident photos. */
export const examSessionDownloads = {
  myExamTicketPdf: { url: '/api/v1/exam-tickets/mine/:registrationId/ticket.pdf' },
  planExamTicketsPdf: { url: '/api/v1/plans/:id/exam-tickets.pdf' },
  planExamTicketsZip: { url: '/api/v1/plans/:id/exam-tickets.zip' },
  incidentPhoto: { url: '/api/v1/exam-incidents/:id/photo' },
} as const;
