import { endpoints, IdParams, TicketParams } from '@jiping/contracts';
import type { Router } from '../../platform/http/route.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { ALLOW_SIGNED_IN } from '../../platform/http/access.ts';
import { receiveFile } from '../../platform/http/multipart.ts';
import { scheduleSession } from './schedule-session.ts';
import { updateSession } from './update-session.ts';
import { cancelSession } from './cancel-session.ts';
import { assignSeats } from './assign-seats.ts';
import { startSession } from './start-session.ts';
import { endSession } from './end-session.ts';
import { checkInCandidate } from './check-in.ts';
import { checkInStaff } from './check-in-staff.ts';
import { attachIncidentPhoto, MAX_INCIDENT_PHOTO_BYTES, readIncidentPhoto, recordIncident } from './record-incident.ts';
import { writeSessionRecord } from './write-record.ts';
import { getSession, listMySessions, listPlanSessions } from './queries.ts';
import { myTicket, myTickets, planTickets } from './tickets.ts';
import { ticketsPdf, ticketsZip } from './ticket-pdf.ts';

const TAGS = ['exam-sessions'];
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

export function examSessionRoutes(router: Router, { keyring, files }: AppDeps) {
  router.route({
    ...endpoints.planExamSessions,
    summary: '计划的考场场次 Exam sessions of a plan',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => listPlanSessions({ ctx, planId: params.id }),
  });
  router.route({
    ...endpoints.scheduleExamSession,
    summary: '安排考场场次（时间在考试日期内，考场与容量以备案为准） Schedule a session',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    status: 201,
    handler: ({ ctx, params, body }) => scheduleSession({ ctx, planId: params.id, input: body }),
  });
  router.route({
    ...endpoints.assignSeats,
    summary: '随机编排座位（记录随机种子，可复核；首次编排时生成准考证） Draw seats for a component',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => assignSeats({ ctx, planId: params.id, input: body }),
  });
  router.route({
    ...endpoints.myExamSessions,
    summary: '我的场次（被安排的考务工作） Sessions I am assigned to',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx }) => listMySessions({ ctx }),
  });
  router.route({
    ...endpoints.examSession,
    summary: '场次详情（人员、座位、考场情况） A session',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => getSession({ ctx, id: params.id }),
  });
  router.route({
    ...endpoints.updateExamSession,
    summary: '调整场次（仅未开考） Move or resize a session',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => updateSession({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.cancelExamSession,
    summary: '取消场次（仅未开考，须说明理由） Cancel a session',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => cancelSession({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.startExamSession,
    summary: '开考（须通过人员配置检查） Start a session',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => startSession({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.endExamSession,
    summary: '结束场次（未签到者记为缺考） End a session',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => endSession({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.checkInCandidate,
    summary: '考生签到（扫描准考证二维码或输入证件号码） Check a candidate in',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => checkInCandidate({ ctx, keyring, sessionId: params.id, input: body }),
  });
  router.route({
    ...endpoints.checkInStaff,
    summary: '考务人员签到 Check a member of staff in',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params }) => checkInStaff({ ctx, sessionId: params.id, staffId: params.staffId }),
  });
  router.route({
    ...endpoints.recordIncident,
    summary: '记录考场情况 Record an incident',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    status: 201,
    handler: ({ ctx, params, body }) => recordIncident({ ctx, sessionId: params.id, input: body }),
  });
  router.route({
    ...endpoints.attachIncidentPhoto,
    summary: '上传考场情况照片（PNG/JPEG，≤10 MB；multipart 字段 file） Attach a photo to an incident',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    handler: async ({ ctx, params, request }) => {
      const { content } = await receiveFile(request, MAX_INCIDENT_PHOTO_BYTES);
      return attachIncidentPhoto({ ctx, files, incidentId: params.id, content });
    },
  });
  router.route({
    method: 'GET',
    url: '/api/v1/exam-incidents/:id/photo',
    summary: '考场情况照片 An incident photo',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    params: IdParams,
    response: null,
    raw: { contentType: 'image/*' },
    handler: async ({ ctx, params, reply }) => {
      const photo = await readIncidentPhoto({ ctx, files, incidentId: params.id });
      return reply.type(photo.contentType).send(photo.content);
    },
  });
  router.route({
    ...endpoints.writeSessionRecord,
    summary: '填写考场记录（内部督导员或机构） Write the session record',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    handler: ({ ctx, params, body }) => writeSessionRecord({ ctx, id: params.id, input: body }),
  });
  router.route({
    ...endpoints.myExamTickets,
    summary: '我的准考证 My admission tickets',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    handler: async ({ ctx }) => ({
      items: (await myTickets({ ctx })).map((t) => ({
        registrationId: t.registrationId,
        planId: t.planId,
        ticketNumber: t.ticketNumber,
        occupationName: t.occupationName,
        workType: t.workType,
        level: t.level,
        sessions: t.sessions.map((s) => ({ ...s, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() })),
      })),
    }),
  });
  router.route({
    method: 'GET',
    url: '/api/v1/exam-tickets/mine/:registrationId/ticket.pdf',
    summary: '下载本人准考证（PDF） Download my admission ticket',
    tags: TAGS,
    access: ALLOW_SIGNED_IN,
    params: TicketParams,
    response: null,
    raw: { contentType: 'application/pdf' },
    handler: async ({ ctx, params, reply }) => {
      const ticket = await myTicket({ ctx, registrationId: params.registrationId });
      return reply
        .header('content-disposition', attachment(`准考证-${ticket.ticketNumber}.pdf`))
        .type('application/pdf')
        .send(await ticketsPdf([ticket]));
    },
  });
  for (const format of ['pdf', 'zip'] as const) {
    router.route({
      method: 'GET',
      url: `/api/v1/plans/:id/exam-tickets.${format}`,
      summary: format === 'pdf' ? '下载计划全部准考证（合并为一个 PDF） All tickets of a plan as one PDF' : '下载计划全部准考证（每人一个 PDF 的压缩包） All tickets of a plan, one PDF each, zipped',
      tags: TAGS,
      access: ALLOW_SIGNED_IN,
      params: IdParams,
      response: null,
      raw: { contentType: format === 'pdf' ? 'application/pdf' : 'application/zip' },
      handler: async ({ ctx, params, reply }) => {
        const tickets = await planTickets({ ctx, planId: params.id });
        const content = format === 'pdf' ? await ticketsPdf(tickets) : await ticketsZip(tickets);
        return reply
          .header('content-disposition', attachment(`准考证-${tickets[0]!.ticketNumber.slice(0, 10)}.${format}`))
          .type(format === 'pdf' ? 'application/pdf' : 'application/zip')
          .send(content);
      },
    });
  }
}
