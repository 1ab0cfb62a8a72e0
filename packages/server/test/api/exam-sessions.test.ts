import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { distributeSeats } from '@jiping/domain';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { institutionIdOf } from '../helpers/filing-fixtures.ts';
import { enterprisePlan, importFinished, openPlan } from '../helpers/plan-fixtures.ts';
import { dispatchedWorker, writeRegistrationWorkbook } from '../helpers/registration-workbook.ts';
import { auditActions, auditCount } from '../helpers/audit.ts';
import { embedsNotoSubset, qrCodesIn } from '../helpers/pdf.ts';
import type { HttpClient, HttpResponse } from '../helpers/http.ts';
import { rows } from '../../src/platform/db/client.ts';
import { drawSeatOrder } from '../../src/modules/exam-sessions/seat-draw.ts';

const LI_ID_NUMBER = '310115199203150011';
const at = (time: string, date = '2026-04-01') => `${date}T${time}:00+08:00`;
const theory = (overrides: Record<string, unknown> = {}) => ({ component: 'theory', startsAt: at('09:00'), endsAt: at('11:00'), room: '理论考场 301', capacity: 40, ...overrides });
const skill = (overrides: Record<string, unknown> = {}) => ({ component: 'skill', startsAt: at('13:00'), endsAt: at('16:00'), room: '数控实操车间', capacity: 12, ...overrides });

for (const target of dbTargets()) {
  describe(`exam sessions, seats, tickets and the day [${target}]`, () => {
    let server: TestServer;
    let enterprise: HttpClient;
    let pudong: HttpClient;
    let li: HttpClient;
    let examiner: HttpClient;
    let enterpriseId: string;
    let planId: string;
    let liRegistration: string;
    let theoryId: string;
    let skillId: string;
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiping-sessions-'));
    const query = <T>(statement: ReturnType<typeof sql>) => rows<T>(server.database.db, statement);
    const must = (response: HttpResponse, status: number) => {
      assert.equal(response.status, status, JSON.stringify(response.body));
      return response.body;
    };

    /** Registers workers `numbers` for a plan through the group import and admits every pending application. */
    async function admitWorkers(plan: string, numbers: number[]) {
      if (numbers.length) {
        const file = path.join(workDir, `${randomUUID()}.xlsx`);
        await writeRegistrationWorkbook(file, numbers.map(dispatchedWorker));
        const started = must(
          await enterprise.upload(`/api/v1/plans/${plan}/registration-imports`, 'group.xlsx', fs.readFileSync(file), { mode: 'all_or_nothing' }, { 'idempotency-key': randomUUID() }),
          202,
        );
        assert.equal((await importFinished(enterprise, started.id)).status, 'completed');
      }
      const pending = must(await enterprise.get(`/api/v1/plans/${plan}/registrations?status=pending&limit=500`), 200).items as Array<{ id: string; version: number }>;
      for (const r of pending) must(await enterprise.post(`/api/v1/registrations/${r.id}/review`, { version: r.version, decision: 'admit' }), 200);
    }

    /** Staffs a theory session as the rules ask: two invigilators (孙国华, 周建平) and 郑质量 as internal supervisor. */
    async function staffTheorySession(sessionId: string) {
      const staff = must(await enterprise.get(`/api/v1/institutions/${enterpriseId}/staff`), 200).items as Array<{ id: string; name: string }>;
      const idOf = (name: string) => staff.find((m) => m.name === name)!.id;
      for (const [name, duty] of [
        ['孙国华', 'invigilator'],
        ['周建平', 'invigilator'],
        ['郑质量', 'internal_supervisor'],
      ]) {
        must(await enterprise.post(`/api/v1/exam-sessions/${sessionId}/staff`, { staffId: idOf(name!), duty }), 200);
      }
    }

    /** Moves the server's clock and signs everyone in again (sign-ins last 12 hours of that clock). */
    async function travel(to: string) {
      server.clock.set(to);
      enterprise = await server.as('enterprise-admin');
      pudong = await server.as('pudong-officer');
      li = await server.as('candidate-2');
      examiner = await server.as('enterprise-supervisor');
    }

    before(async () => {
      server = await startTestServer(target);
      await travel('2026-03-02T02:00:00.000Z');
      enterpriseId = await institutionIdOf(enterprise);
      planId = (await openPlan(enterprise, pudong, enterpriseId)).id;
      liRegistration = must(await li.post(`/api/v1/plans/${planId}/registrations`, {}), 201).id;
      await admitWorkers(planId, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    });
    after(async () => {
      await server.close();
      fs.rmSync(workDir, { recursive: true, force: true });
    });

    test('a plan not yet acknowledged takes no session', async () => {
      const draft = must(await enterprise.post(`/api/v1/institutions/${enterpriseId}/plans`, enterprisePlan()), 201);
      const refused = await enterprise.post(`/api/v1/plans/${draft.id}/exam-sessions`, theory());
      assert.equal(refused.status, 412);
      assert.match(refused.body.detail, /评价计划当前为“草稿”，须经区人社局确认后才能安排场次/);
    });

    test('times outside the exam dates, an end before the start, an unknown room, too many seats and an unexamined component are refused, field by field, writing nothing', async () => {
      const english = await server.as('enterprise-admin');
      const before = await auditCount(server.database);
      const outside = await enterprise.post(`/api/v1/plans/${planId}/exam-sessions`, theory({ startsAt: at('09:00', '2026-04-02'), endsAt: at('11:00', '2026-04-02') }));
      assert.equal(outside.status, 400);
      assert.deepEqual(outside.body.errors.map((e: { field: string }) => e.field).sort(), ['endsAt', 'startsAt']);
      assert.match(outside.body.errors[0].message, /考试日期内（2026-04-01 至 2026-04-01）/);
      const backwards = await enterprise.post(`/api/v1/plans/${planId}/exam-sessions`, theory({ startsAt: at('11:00'), endsAt: at('09:00') }));
      assert.equal(backwards.status, 400);
      assert.deepEqual(backwards.body.errors, [{ field: 'endsAt', code: 'examSession.endBeforeStart', message: '结束时间须晚于开始时间。' }]);
      const room = await enterprise.post(`/api/v1/plans/${planId}/exam-sessions`, theory({ room: '会议室' }));
      assert.equal(room.status, 400);
      assert.equal(room.body.errors[0].field, 'room');
      assert.match(room.body.errors[0].message, /理论考场 301、数控实操车间/);
      const crowded = await enterprise.post(`/api/v1/plans/${planId}/exam-sessions`, skill({ capacity: 13 }));
      assert.equal(crowded.status, 400);
      assert.deepEqual(crowded.body.errors, [{ field: 'capacity', code: 'examSession.overCapacity', message: '容纳人数超过考场“数控实操车间”备案的 12 人。' }]);
      const review = await enterprise.post(`/api/v1/plans/${planId}/exam-sessions`, theory({ component: 'review' }));
      assert.equal(review.status, 400);
      assert.match(review.body.errors[0].message, /该等级不考“综合评审”/);
      const inEnglish = await english.request('POST', `/api/v1/plans/${planId}/exam-sessions`, theory({ room: '会议室' }), { 'accept-language': 'en-US' });
      assert.match(inEnglish.body.errors[0].message, /The room must be one the plan names/);
      assert.equal(await auditCount(server.database), before, 'a refusal writes nothing');
    });

    test('the institution schedules theory and skill in filed rooms; the city, the district and the industry officer read them, another district and candidates do not', async () => {
      const scheduled = must(await enterprise.post(`/api/v1/plans/${planId}/exam-sessions`, theory()), 201);
      theoryId = scheduled.id;
      assert.equal(scheduled.status, 'scheduled');
      assert.equal(scheduled.siteAddress, '上海市浦东新区张江路 100 号 3 号楼', 'the address comes from the filing in force');
      assert.deepEqual(scheduled.allowedActions.sort(), ['cancel', 'edit', 'start'], 'start is offered; the day decides whether it succeeds');
      skillId = must(await enterprise.post(`/api/v1/plans/${planId}/exam-sessions`, skill()), 201).id;
      for (const reader of ['city-admin', 'pudong-officer', 'industry-officer', 'enterprise-examiner']) {
        const list = must(await (await server.as(reader)).get(`/api/v1/plans/${planId}/exam-sessions`), 200);
        assert.deepEqual(
          list.items.map((s: { component: string }) => s.component),
          ['theory', 'skill'],
          reader,
        );
        assert.deepEqual(list.allowedActions, [], `${reader} reads but does not manage`);
      }
      const own = must(await enterprise.get(`/api/v1/plans/${planId}/exam-sessions`), 200);
      assert.deepEqual(own.components, ['theory', 'skill']);
      assert.equal(own.admitted, 15);
      assert.deepEqual(own.allowedActions, ['schedule', 'assignSeats']);
      const huangpu = await (await server.as('huangpu-officer')).get(`/api/v1/plans/${planId}/exam-sessions`);
      assert.equal(huangpu.status, 403);
      assert.equal((await li.get(`/api/v1/exam-sessions/${theoryId}`)).status, 403);
      assert.equal((await li.post(`/api/v1/plans/${planId}/exam-sessions`, theory())).status, 403);
      assert.equal((await pudong.post(`/api/v1/plans/${planId}/exam-sessions`, theory())).status, 403);
    });

    test('editing checks the same rules and the version; cancelling needs a reason', async () => {
      const extra = must(await enterprise.post(`/api/v1/plans/${planId}/exam-sessions`, theory({ startsAt: at('14:00'), endsAt: at('15:00'), capacity: 10 })), 201);
      const moved = must(await enterprise.put(`/api/v1/exam-sessions/${extra.id}`, { version: extra.version, startsAt: at('14:30'), endsAt: at('15:30'), room: '理论考场 301', capacity: 20 }), 200);
      assert.equal(moved.capacity, 20);
      assert.equal(moved.startsAt, '2026-04-01T06:30:00.000Z');
      const stale = await enterprise.put(`/api/v1/exam-sessions/${extra.id}`, { version: extra.version, startsAt: at('14:30'), endsAt: at('15:30'), room: '理论考场 301', capacity: 20 });
      assert.equal(stale.status, 409);
      const over = await enterprise.put(`/api/v1/exam-sessions/${extra.id}`, { version: moved.version, startsAt: at('14:30'), endsAt: at('15:30'), room: '理论考场 301', capacity: 41 });
      assert.equal(over.status, 400);
      const silent = await enterprise.post(`/api/v1/exam-sessions/${extra.id}/cancel`, { version: moved.version, reason: '' });
      assert.equal(silent.status, 400);
      assert.match(silent.body.errors[0].message, /请填写取消理由/);
      const cancelled = must(await enterprise.post(`/api/v1/exam-sessions/${extra.id}/cancel`, { version: moved.version, reason: '考场合并' }), 200);
      assert.equal(cancelled.status, 'cancelled');
      assert.equal((await enterprise.post(`/api/v1/exam-sessions/${extra.id}/cancel`, { version: cancelled.version, reason: '再次' })).status, 409);
    });

    test('seats: more admitted candidates than seats is refused; a second skill session takes the rest in session order; tickets are issued once, numbered from the counter', async () => {
      const short = await enterprise.post(`/api/v1/plans/${planId}/exam-seats`, { component: 'skill' });
      assert.equal(short.status, 412);
      assert.match(short.body.detail, /考生 15 人，已安排场次共 12 个座位，座位不足/);
      const [tickets0] = await query<{ n: number }>(sql`select count(*)::int as n from exam_tickets`);
      assert.equal(tickets0!.n, 0, 'a refused draw leaves no ticket behind');

      const later = must(await enterprise.post(`/api/v1/plans/${planId}/exam-sessions`, skill({ startsAt: at('16:30'), endsAt: at('18:00'), capacity: 5 })), 201);
      const drawn = must(await enterprise.post(`/api/v1/plans/${planId}/exam-seats`, { component: 'skill' }), 200);
      assert.equal(drawn.seated, 15);
      assert.equal(drawn.ticketsIssued, 15);
      assert.match(drawn.seed, /^[0-9a-f]{64}$/);
      assert.deepEqual(
        drawn.items.map((s: { id: string; seated: number; seatSeed: string }) => [s.id, s.seated, s.seatSeed]),
        [
          [skillId, 12, drawn.seed],
          [later.id, 3, drawn.seed],
        ],
      );
      const tickets = await query<{ ticket_number: string }>(sql`select ticket_number from exam_tickets where plan_id = ${planId} order by ticket_number`);
      assert.deepEqual(
        tickets.map((t) => t.ticket_number),
        Array.from({ length: 15 }, (_, i) => `ZK20261501${String(i + 1).padStart(5, '0')}`),
        'ZK + exam year + institution code 1501 + serial',
      );

      const theorySeats = must(await enterprise.post(`/api/v1/plans/${planId}/exam-seats`, { component: 'theory' }), 200);
      assert.equal(theorySeats.ticketsIssued, 0, 'tickets are issued when seats are first drawn, once');
      assert.equal(theorySeats.items[0].seated, 15);
    });

    test('the seats on record are the ones the recorded seed redraws from the ticket list', async () => {
      for (const component of ['theory', 'skill']) {
        const sessions = await query<{ id: string; capacity: number; seat_seed: string }>(
          sql`select id, capacity, seat_seed from exam_sessions where plan_id = ${planId} and component = ${component} and status <> 'cancelled' order by starts_at, id`,
        );
        const candidates = await query<{ registrationId: string; ticketNumber: string }>(
          sql`select t.registration_id as "registrationId", t.ticket_number as "ticketNumber" from exam_tickets t join registrations r on r.id = t.registration_id where t.plan_id = ${planId} and r.status = 'admitted'`,
        );
        const stored = await query<{ session_id: string; registration_id: string; seat_number: number }>(
          sql`select session_id, registration_id, seat_number from exam_seats where session_id in (${sql.join(
            sessions.map((s) => sql`${s.id}`),
            sql`, `,
          )}) order by session_id, seat_number`,
        );
        const redrawn = distributeSeats(drawSeatOrder(candidates, sessions[0]!.seat_seed), sessions).seats.map((s) => ({
          session_id: s.sessionId,
          registration_id: s.candidate.registrationId,
          seat_number: s.seatNumber,
        }));
        const order = (list: Array<{ session_id: string; seat_number: number }>) => [...list].sort((a, b) => a.session_id.localeCompare(b.session_id) || a.seat_number - b.seat_number);
        assert.deepEqual(
          order(stored).map((s) => ({ ...s, seat_number: Number(s.seat_number) })),
          order(redrawn),
          component,
        );
      }
    });

    test('drawing again before the session starts replaces the seats with a new seed, audited', async () => {
      const before = must(await enterprise.get(`/api/v1/exam-sessions/${theoryId}`), 200);
      const since = (await query<{ seq: number }>(sql`select max(seq)::int as seq from audit_events`))[0]!.seq;
      const again = must(await enterprise.post(`/api/v1/plans/${planId}/exam-seats`, { component: 'theory' }), 200);
      assert.notEqual(again.seed, before.seatSeed);
      assert.deepEqual(await auditActions(server.database, since), ['examSession.seatsRedrawn']);
      const [event] = await query<{ detail: { seed: string; replaced: number } }>(sql`select detail from audit_events where seq = ${since + 1}`);
      assert.equal(event!.detail.seed, again.seed);
      assert.equal(event!.detail.replaced, 15);
      const after = must(await enterprise.get(`/api/v1/exam-sessions/${theoryId}`), 200);
      assert.deepEqual(
        after.seats.map((s: { ticketNumber: string }) => s.ticketNumber).sort(),
        before.seats.map((s: { ticketNumber: string }) => s.ticketNumber).sort(),
        'the same candidates, seated anew',
      );
      assert.ok(
        after.seats.every((s: { maskedName: string }) => /^.\*+$/.test(s.maskedName)),
        'the roster masks names',
      );
    });

    test('李强 downloads his own ticket: a PDF with the Noto Sans SC subset, his masked ID number and a QR code holding the ticket number; nobody else gets it', async () => {
      const mine = must(await li.get('/api/v1/exam-tickets/mine'), 200);
      assert.equal(mine.items.length, 1);
      const ticket = mine.items[0];
      assert.equal(ticket.registrationId, liRegistration);
      assert.deepEqual(
        ticket.sessions.map((s: { component: string; room: string }) => [s.component, s.room]),
        [
          ['theory', '理论考场 301'],
          ['skill', '数控实操车间'],
        ],
      );
      const response = await fetch(`${server.baseUrl}/api/v1/exam-tickets/mine/${liRegistration}/ticket.pdf`, { headers: { cookie: `jiping_session=${li.cookie('jiping_session')}` } });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'application/pdf');
      const pdf = Buffer.from(await response.arrayBuffer());
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
      assert.ok(embedsNotoSubset(pdf), 'the CJK font is embedded as a subset');
      assert.ok(!pdf.includes(LI_ID_NUMBER), 'never the full ID number');
      assert.deepEqual(qrCodesIn(pdf), [ticket.ticketNumber]);
      for (const other of ['candidate-3', 'candidate-1', 'enterprise-admin', 'pudong-officer']) {
        const refused = await (await server.as(other)).get(`/api/v1/exam-tickets/mine/${liRegistration}/ticket.pdf`);
        assert.equal(refused.status, 403, other);
      }
      assert.deepEqual(must(await (await server.as('candidate-3')).get('/api/v1/exam-tickets/mine'), 200).items, []);
    });

    test('the institution downloads all tickets as one PDF (a page each) and as a zip of one PDF per candidate', async () => {
      const cookie = `jiping_session=${enterprise.cookie('jiping_session')}`;
      const all = Buffer.from(await (await fetch(`${server.baseUrl}/api/v1/plans/${planId}/exam-tickets.pdf`, { headers: { cookie } })).arrayBuffer());
      assert.equal(all.subarray(0, 5).toString(), '%PDF-');
      assert.equal(all.toString('latin1').match(/\/Type \/Page\b/g)?.length, 15);
      assert.equal(qrCodesIn(all).length, 15);
      const zip = unzipSync(new Uint8Array(await (await fetch(`${server.baseUrl}/api/v1/plans/${planId}/exam-tickets.zip`, { headers: { cookie } })).arrayBuffer()));
      const names = Object.keys(zip).sort();
      assert.equal(names.length, 15);
      assert.equal(names[0], 'ZK2026150100001.pdf');
      assert.deepEqual(qrCodesIn(Buffer.from(zip[names[0]!]!)), ['ZK2026150100001']);
      assert.equal((await pudong.get(`/api/v1/plans/${planId}/exam-tickets.pdf`)).status, 403);
    });

    test('starting: refused before the hour before the start, then without an internal supervisor; check-in refused while not in progress', async () => {
      const session = must(await enterprise.get(`/api/v1/exam-sessions/${theoryId}`), 200);
      const early = await enterprise.post(`/api/v1/exam-sessions/${theoryId}/start`, { version: session.version });
      assert.equal(early.status, 412);
      assert.match(early.body.detail, /场次于 2026-04-01 09:00 开始，开考前 1 小时内才能开考/);
      await travel('2026-04-01T00:30:00.000Z'); // 08:30 in Shanghai
      const notYet = await enterprise.post(`/api/v1/exam-sessions/${theoryId}/check-ins`, { code: 'ZK2026150100001' });
      assert.equal(notYet.status, 409);
      assert.match(notYet.body.detail, /不在考试中，不能签到/);
      const unstaffed = await enterprise.post(`/api/v1/exam-sessions/${theoryId}/start`, { version: session.version });
      assert.equal(unstaffed.status, 412);
      assert.match(unstaffed.body.detail, /人员配置不符合要求，不能开考：.*每场考试须有 1 名内部质量督导员/);
      assert.deepEqual(
        unstaffed.body.errors.map((e: { code: string }) => e.code),
        ['invigilators', 'internalSupervisor'],
      );
      assert.equal((await examiner.post(`/api/v1/exam-sessions/${theoryId}/start`, { version: session.version })).status, 403, 'not yet assigned to the session');

      await staffTheorySession(theoryId);
      const mine = must(await examiner.get('/api/v1/exam-sessions/mine'), 200);
      assert.deepEqual(
        mine.items.map((s: { id: string; duty: string }) => [s.id, s.duty]),
        [[theoryId, 'internal_supervisor']],
      );
      assert.equal((await li.post(`/api/v1/exam-sessions/${theoryId}/start`, { version: session.version })).status, 403, 'candidates never act');
      const started = must(await examiner.post(`/api/v1/exam-sessions/${theoryId}/start`, { version: session.version }), 200);
      assert.equal(started.status, 'in_progress');
      assert.equal((await examiner.post(`/api/v1/exam-sessions/${theoryId}/start`, { version: started.version })).status, 409);
    });

    test('check-in by the scanned ticket number, then a second time refused with the time; by ID number only among the seated, revealing nothing else', async () => {
      const [ticket] = await query<{ ticket_number: string }>(sql`select ticket_number from exam_tickets where registration_id = ${liRegistration}`);
      const first = must(await examiner.post(`/api/v1/exam-sessions/${theoryId}/check-ins`, { code: ticket!.ticket_number.toLowerCase() }), 200);
      assert.equal(first.maskedName, '李*');
      assert.equal(first.ticketNumber, ticket!.ticket_number);
      assert.equal(first.checkedInAt, '2026-04-01T00:30:00.000Z');
      await travel('2026-04-01T00:41:00.000Z');
      const again = await examiner.post(`/api/v1/exam-sessions/${theoryId}/check-ins`, { code: ticket!.ticket_number });
      assert.equal(again.status, 409);
      assert.equal(again.body.detail, `李*（座位 ${first.seatNumber}）已于 2026-04-01 08:30 签到，不能重复签到。`);
      const byId = await examiner.post(`/api/v1/exam-sessions/${theoryId}/check-ins`, { code: LI_ID_NUMBER });
      assert.equal(byId.status, 409, 'the ID number finds the same seat');

      const worker = await enterprise.post(`/api/v1/exam-sessions/${theoryId}/check-ins`, { code: dispatchedWorker(3).idNumber! });
      assert.equal(worker.status, 200, JSON.stringify(worker.body));
      assert.equal(worker.body.maskedName, '测****');
      const known = await examiner.post(`/api/v1/exam-sessions/${theoryId}/check-ins`, { code: '310112199508200025' });
      const unknown = await examiner.post(`/api/v1/exam-sessions/${theoryId}/check-ins`, { code: '110101199003070035' });
      assert.equal(known.status, 404);
      assert.deepEqual([unknown.status, unknown.body.detail], [404, known.body.detail], 'a person the city knows and one it does not get the same answer');
      const stranger = await examiner.post(`/api/v1/exam-sessions/${theoryId}/check-ins`, { code: 'ZK2026150199999' });
      assert.equal(stranger.status, 404);
      assert.match(stranger.body.detail, /不在本场次的座位名单中/);
      assert.equal((await li.post(`/api/v1/exam-sessions/${theoryId}/check-ins`, { code: LI_ID_NUMBER })).status, 403);
      assert.equal((await pudong.post(`/api/v1/exam-sessions/${theoryId}/check-ins`, { code: LI_ID_NUMBER })).status, 403);
    });

    test('staff check themselves in once; incidents with a photo checked by content; the internal supervisor writes the record', async () => {
      const detail = must(await examiner.get(`/api/v1/exam-sessions/${theoryId}`), 200);
      const me = detail.staff.find((s: { isMe: boolean }) => s.isMe);
      assert.equal(me.canCheckIn, true);
      const checked = must(await examiner.post(`/api/v1/exam-sessions/${theoryId}/staff/${me.id}/check-in`), 200);
      assert.equal(checked.checkedInAt, '2026-04-01T00:41:00.000Z');
      const twice = await examiner.post(`/api/v1/exam-sessions/${theoryId}/staff/${me.id}/check-in`);
      assert.equal(twice.status, 409);
      assert.match(twice.body.detail, /郑质量 已于 2026-04-01 08:41 签到/);

      const incident = must(await examiner.post(`/api/v1/exam-sessions/${theoryId}/incidents`, { occurredAt: at('08:40'), text: '12 号座位考生计算器故障，已更换。' }), 201);
      assert.equal(incident.recordedByName, '浦江精密 内部督导员 郑质量');
      const pdf = await examiner.upload(`/api/v1/exam-incidents/${incident.id}/photo`, 'photo.png', '%PDF-1.4 not an image');
      assert.equal(pdf.status, 415, 'named .png but a PDF by content');
      const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('rest of a png')]);
      const withPhoto = must(await examiner.upload(`/api/v1/exam-incidents/${incident.id}/photo`, 'x.png', png), 200);
      assert.equal(withPhoto.hasPhoto, true);
      const photo = await pudong.get(`/api/v1/exam-incidents/${incident.id}/photo`);
      assert.equal(photo.status, 200, 'the district reads what happened');
      assert.equal(photo.headers.get('content-type'), 'image/png');
      assert.equal((await li.post(`/api/v1/exam-sessions/${theoryId}/incidents`, { occurredAt: at('08:40'), text: 'x' })).status, 403);
      const future = await examiner.post(`/api/v1/exam-sessions/${theoryId}/incidents`, { occurredAt: at('10:40'), text: '尚未发生' });
      assert.equal(future.status, 400);

      const session = must(await examiner.get(`/api/v1/exam-sessions/${theoryId}`), 200);
      assert.equal(session.record, null);
      const blank = await examiner.put(`/api/v1/exam-sessions/${theoryId}/record`, { version: session.version, record: '  ' });
      assert.equal(blank.status, 400);
      const written = must(await examiner.put(`/api/v1/exam-sessions/${theoryId}/record`, { version: session.version, record: '考场秩序良好，应到 15 人。' }), 200);
      assert.equal(written.record, '考场秩序良好，应到 15 人。');
      assert.equal((await pudong.put(`/api/v1/exam-sessions/${theoryId}/record`, { version: written.version, record: 'x' })).status, 403);
    });

    test('ending marks everyone not checked in absent, with an absent score row for the component', async () => {
      await travel('2026-04-01T03:01:00.000Z');
      const session = must(await examiner.get(`/api/v1/exam-sessions/${theoryId}`), 200);
      const ended = must(await examiner.post(`/api/v1/exam-sessions/${theoryId}/end`, { version: session.version }), 200);
      assert.deepEqual([ended.status, ended.seated, ended.checkedIn, ended.absent], ['ended', 15, 2, 13]);
      const scores = await query<{ component: string; absent: boolean; n: number }>(
        sql`select component, absent, count(*)::int as n from component_scores where session_id = ${theoryId} group by component, absent`,
      );
      assert.deepEqual(
        scores.map((s) => [s.component, s.absent, Number(s.n)]),
        [['theory', true, 13]],
      );
      const [liScore] = await query<{ n: number }>(sql`select count(*)::int as n from component_scores where registration_id = ${liRegistration}`);
      assert.equal(liScore!.n, 0, '李强 was present');
      assert.equal((await examiner.post(`/api/v1/exam-sessions/${theoryId}/end`, { version: ended.version })).status, 409);
      const late = await examiner.post(`/api/v1/exam-sessions/${theoryId}/check-ins`, { code: LI_ID_NUMBER });
      assert.equal(late.status, 409);
      const redraw = await enterprise.post(`/api/v1/plans/${planId}/exam-seats`, { component: 'theory' });
      assert.equal(redraw.status, 409, 'seats of a started component are final');
    });

    test('two plans drawing seats at once, and one plan drawing twice at once, never share or repeat a ticket number', async () => {
      await travel('2026-03-02T02:00:00.000Z');
      const second = (await openPlan(enterprise, pudong, enterpriseId, { examStart: '2026-04-08', examEnd: '2026-04-08' })).id;
      const third = (await openPlan(enterprise, pudong, enterpriseId, { examStart: '2026-04-09', examEnd: '2026-04-09' })).id;
      await admitWorkers(second, [101, 102, 103, 104]);
      await admitWorkers(third, [101, 102, 103, 104, 105]);
      must(await enterprise.post(`/api/v1/plans/${second}/exam-sessions`, theory({ startsAt: at('09:00', '2026-04-08'), endsAt: at('11:00', '2026-04-08') })), 201);
      must(await enterprise.post(`/api/v1/plans/${third}/exam-sessions`, theory({ startsAt: at('09:00', '2026-04-09'), endsAt: at('11:00', '2026-04-09') })), 201);
      const results = await Promise.all([
        enterprise.post(`/api/v1/plans/${second}/exam-seats`, { component: 'theory' }),
        enterprise.post(`/api/v1/plans/${third}/exam-seats`, { component: 'theory' }),
        enterprise.post(`/api/v1/plans/${third}/exam-seats`, { component: 'theory' }),
      ]);
      assert.deepEqual(
        results.map((r) => r.status),
        [200, 200, 200],
        JSON.stringify(results.map((r) => r.body)),
      );
      const numbers = await query<{ plan_id: string; ticket_number: string }>(sql`select plan_id, ticket_number from exam_tickets where plan_id in (${second}, ${third}) order by ticket_number`);
      assert.equal(numbers.length, 9, 'one ticket per admitted registration, even drawn twice at once');
      assert.deepEqual(
        numbers.map((n) => n.ticket_number),
        Array.from({ length: 9 }, (_, i) => `ZK20261501${String(16 + i).padStart(5, '0')}`),
        'consecutive after the first plan, none repeated',
      );
      assert.deepEqual(results.map((r) => r.body.ticketsIssued).sort(), [0, 4, 5]);
    });
  });
}
