import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import type { HttpClient } from '../helpers/http.ts';
import { LI_QIANG_ID, planWithCandidates, signOffSessions, type CandidatesPlan } from '../helpers/results-fixtures.ts';
import { rows } from '../../src/platform/db/client.ts';
import { auditEvents, mailOutbox, resultsObjections } from '../../src/platform/db/schema.ts';
import { SESSION_COOKIE } from '../../src/platform/auth/session-token.ts';
import { systemContext } from '../../src/boot.ts';
import { recordFinalResults } from '../../src/modules/results/index.ts';

/** Shanghai 10:00 on a date. */
const at = (date: string) => `${date}T02:00:00.000Z`;

const objection = (overrides: Record<string, unknown> = {}) => ({ contactName: '张三', contact: 'zhang.san@example.com', reason: '本人对该结果有疑问，请核实', ...overrides });

for (const target of dbTargets()) {
  describe(`results: publicity, objections, final results, submission and archives [${target}]`, () => {
    let server: TestServer;
    // A: exam Tuesday 28 April 2026, published Thursday 30 April, across Labour Day (1–5 May off, Saturday 9 May worked).
    let planA: CandidatesPlan;
    // B: exam the same day, other people, published longer.
    let planB: CandidatesPlan;
    let publicationA: string;
    let publicationB: string;
    const as = (username: string) => server.as(username);
    const resultsOf = async (client: HttpClient, planId: string) => (await client.get(`/api/v1/plans/${planId}/results`)).body;

    before(async () => {
      server = await startTestServer(target);
      planA = await planWithCandidates(server, { exam: '2026-04-28', workers: 2, firstWorker: 1 });
      planB = await planWithCandidates(server, { exam: '2026-04-28', workers: 1, firstWorker: 3 });
    });
    after(() => server.close());

    test('results are published only once every session is signed off, for at least the minimum working days, ending across the holiday on the worked Saturday', async () => {
      const li = planA.candidates.find((c) => c.name === '李强')!;
      const [worker1, worker2] = planA.candidates.filter((c) => c !== li);
      server.clock.set(at('2026-04-29'));
      await signOffSessions(server.database, planA.planId, { [li.registrationId]: { theory: 85.5, skill: 72 }, [worker1!.registrationId]: { theory: 55, skill: 90 } }, { status: 'ended' });
      let enterprise = await as('enterprise-admin');
      const early = await enterprise.post(`/api/v1/plans/${planA.planId}/results/publication`, {});
      assert.equal(early.status, 409, JSON.stringify(early.body));
      assert.match(early.body.detail, /待成绩签发/);

      await server.database.db.execute(sql`update exam_sessions set status = 'signed_off', signed_off_at = now() where plan_id = ${planA.planId}`);
      await server.database.db.execute(sql`update component_scores set locked_at = now() where session_id in (select id from exam_sessions where plan_id = ${planA.planId})`);
      // Sessions last 12 hours: each move of the clock signs in again.
      server.clock.set(at('2026-04-30'));
      enterprise = await as('enterprise-admin');
      const view = await resultsOf(enterprise, planA.planId);
      assert.equal(view.stage, 'ready');
      assert.deepEqual(view.allowedActions, ['publish', 'revealContact']);
      const outcomes = new Map(view.entries.map((e: { name: string; outcome: string }) => [e.name, e.outcome]));
      assert.deepEqual([outcomes.get(li.name), outcomes.get(worker1!.name), outcomes.get(worker2!.name)], ['passed', 'failed', 'failed'], 'a failed component, or a missing score, is not a pass');

      const short = await enterprise.post(`/api/v1/plans/${planA.planId}/results/publication`, { workingDays: 3 });
      assert.equal(short.status, 400);
      assert.equal(short.body.errors[0].field, 'workingDays');
      assert.match(short.body.errors[0].message, /不得少于 5 个工作日/);
      assert.equal((await resultsOf(enterprise, planA.planId)).publication, null, 'a refused publication writes nothing');

      assert.equal((await (await as('pudong-officer')).post(`/api/v1/plans/${planA.planId}/results/publication`, {})).status, 403);
      const published = await enterprise.post(`/api/v1/plans/${planA.planId}/results/publication`, {});
      assert.equal(published.status, 200, JSON.stringify(published.body));
      assert.deepEqual([published.body.publication.startsOn, published.body.publication.endsOn, published.body.publication.workingDays], ['2026-04-30', '2026-05-09', 5]);
      assert.equal(published.body.stage, 'publicity');
      publicationA = published.body.publication.id;
      const again = await enterprise.post(`/api/v1/plans/${planA.planId}/results/publication`, {});
      assert.equal(again.status, 409);

      await signOffSessions(server.database, planB.planId, Object.fromEntries(planB.candidates.map((c) => [c.registrationId, { theory: 80, skill: 80 }])));
      const longer = await enterprise.post(`/api/v1/plans/${planB.planId}/results/publication`, { workingDays: 7 });
      assert.equal(longer.status, 200);
      assert.equal(longer.body.publication.endsOn, '2026-05-12', 'seven working days: 30 Apr, 6, 7, 8, 9 (Sat), 11, 12 May');
      publicationB = longer.body.publication.id;
    });

    test('the public list names people by family name with 合格/不合格 and carries no ID number and no score', async () => {
      const anonymous = server.client();
      const list = await anonymous.get('/api/v1/public/results');
      assert.equal(list.status, 200);
      const mine = list.body.items.find((p: { id: string }) => p.id === publicationA);
      assert.deepEqual([mine.startsOn, mine.endsOn, mine.open, mine.entries, mine.districtName], ['2026-04-30', '2026-05-09', true, 3, '浦东新区']);
      assert.match(mine.institutionName, /浦江精密/);
      const detail = await anonymous.get(`/api/v1/public/results/${publicationA}`);
      assert.equal(detail.status, 200);
      assert.deepEqual(
        detail.body.items.map((e: { entryNo: number; name: string; outcome: string; workType: string; level: number }) => [e.entryNo, e.name, e.outcome, e.workType, e.level]),
        planA.candidates.map((c, i) => [i + 1, c.name === '李强' ? '李*' : '测****', c.name === '李强' ? 'passed' : 'failed', '数控车工', 4]),
      );
      for (const response of [list, detail]) {
        const text = JSON.stringify(response.body);
        for (const { idNumber, name } of [...planA.candidates, ...planB.candidates]) {
          assert.ok(!text.includes(idNumber), 'no ID number');
          assert.ok(!text.includes(name), 'no full name');
        }
        assert.doesNotMatch(text, /\d{4}\*+\d{3}[\dX]/, 'not even a masked ID number');
        assert.doesNotMatch(text, /score|idNumber|85\.5|registration/i, 'no score, no ID field, no application');
      }
    });

    test('objections are taken during publicity; a flood from one address is refused with a clear message', async () => {
      const anonymous = server.client();
      const entry = (await anonymous.get(`/api/v1/public/results/${publicationB}`)).body.items[0].id;
      const invalid = await anonymous.post(`/api/v1/public/results/${publicationB}/objections`, objection({ contact: '021-5555' }));
      assert.equal(invalid.status, 400);
      assert.match(invalid.body.errors[0].message, /11 位手机号码或电子邮箱/);
      for (let i = 0; i < 3; i += 1) {
        const made = await anonymous.post(`/api/v1/public/results/${publicationB}/objections`, objection({ contact: `1391234567${i}`, entryId: entry }));
        assert.equal(made.status, 201, JSON.stringify(made.body));
        assert.equal(made.body.publicityEndsOn, '2026-05-12');
      }
      const flood = await anonymous.post(`/api/v1/public/results/${publicationB}/objections`, objection());
      assert.equal(flood.status, 429);
      assert.match(flood.body.detail, /每小时对同一公示最多提出 3 条异议/);
      const enterprise = await as('enterprise-admin');
      const listed = (await enterprise.get('/api/v1/results/objections?status=open')).body.items as Array<{ planId: string; contactMasked: string; entryNo: number; canAnswer: boolean }>;
      assert.deepEqual(
        listed
          .filter((o) => o.planId === planB.planId)
          .map((o) => [o.contactMasked, o.entryNo, o.canAnswer])
          .sort(),
        [
          ['139****5670', 1, true],
          ['139****5671', 1, true],
          ['139****5672', 1, true],
        ],
        'the refused one wrote nothing; contacts are masked',
      );
      // The list is read page by page to its end, in the same order as in one long page, none twice.
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page = (await enterprise.get(`/api/v1/results/objections?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).body as { items: Array<{ id: string }>; nextCursor: string | null };
        paged.push(...page.items.map((o) => o.id));
        cursor = page.nextCursor;
      } while (cursor);
      const whole = (await enterprise.get('/api/v1/results/objections?limit=200')).body.items.map((o: { id: string }) => o.id);
      assert.ok(whole.length >= 3);
      assert.deepEqual(paged, whole);
      assert.equal((await enterprise.get('/api/v1/results/objections?cursor=bm90LWEtY3Vyc29y')).status, 400);
      const stored = await server.database.db.select().from(resultsObjections).where(eq(resultsObjections.planId, planB.planId));
      assert.ok(
        stored.every((o) => !o.contactSealed.includes('1391234567') && o.clientHash.length === 64 && o.clientHash !== '127.0.0.1'),
        'contact sealed, address only hashed',
      );

      // The city lowers the daily limit from today: the fourth of the day, on another plan, is the last.
      const city = await as('city-admin');
      assert.equal((await city.post('/api/v1/parameters', { key: 'results.objectionsPerDay', value: 4, effectiveFrom: '2026-04-30', reason: '防刷' })).status, 201);
      assert.equal((await anonymous.post(`/api/v1/public/results/${publicationA}/objections`, objection())).status, 201);
      const daily = await anonymous.post(`/api/v1/public/results/${publicationA}/objections`, objection());
      assert.equal(daily.status, 429);
      assert.match(daily.body.detail, /每天最多提出 4 条异议/);
      const english = await server.client({ locale: 'en-US' }).post(`/api/v1/public/results/${publicationA}/objections`, objection());
      assert.match(english.body.detail, /At most 4 objections a day/);

      const notices = (await enterprise.get('/api/v1/notifications')).body as Array<{ title: string }>;
      assert.ok(
        notices.some((n) => n.title.startsWith('收到结果公示异议')),
        'the institution is told',
      );
      const pudong = (await (await as('pudong-officer')).get('/api/v1/workbench?workspace=government')).body;
      assert.equal(pudong.tasks.find((t: { task: string }) => t.task === 'objection_open').count, 4, 'the district sees every open objection');
    });

    test('results become final only once publicity has ended and every objection is answered; an objection after the end is refused', async () => {
      let enterprise = await as('enterprise-admin');
      assert.equal((await enterprise.post(`/api/v1/plans/${planA.planId}/results/submissions`)).status, 409, 'not during publicity');
      const [open] = (await resultsOf(enterprise, planA.planId)).objections;
      const work = (await enterprise.get('/api/v1/workbench?workspace=institution')).body;
      const answering = work.tasks.find((t: { task: string }) => t.task === 'objection_answer');
      assert.equal(answering.items.find((i: { id: string }) => i.id === open.id).dueDate, '2026-05-09', 'answer before publicity ends');

      server.clock.set(at('2026-05-11'));
      enterprise = await as('enterprise-admin');
      const late = await server.client().post(`/api/v1/public/results/${publicationA}/objections`, objection({ contact: '13900000000' }));
      assert.equal(late.status, 412);
      assert.match(late.body.detail, /公示期已于 2026-05-09 结束/);
      let view = await resultsOf(enterprise, planA.planId);
      assert.equal(view.stage, 'objections_open');
      assert.equal(view.publication.finalAt, null);
      assert.equal(await recordFinalResults(systemContext(server.database, server.clock, 'results-final')), 0, 'an open objection holds the results');
      assert.equal((await enterprise.post(`/api/v1/plans/${planA.planId}/results/submissions`)).status, 409);

      assert.equal((await (await as('pudong-officer')).post(`/api/v1/results/objections/${open.id}/answer`, { version: open.version, answer: 'x' })).status, 403);
      const answered = await enterprise.post(`/api/v1/results/objections/${open.id}/answer`, { version: open.version, answer: '经复核，成绩无误。' });
      assert.equal(answered.status, 200, JSON.stringify(answered.body));
      assert.equal(answered.body.status, 'answered');
      view = await resultsOf(enterprise, planA.planId);
      assert.equal(view.stage, 'final');
      assert.ok(view.publication.finalAt, 'the last answer after publicity records the results as final');
      const [mail] = await server.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, 'zhang.san@example.com'));
      assert.match(mail!.body, /经复核，成绩无误。/, 'an objector who gave an e-mail address gets the answer');

      // B: its three objections answered during publicity; final once it ends, recorded by the job.
      for (const o of (await resultsOf(enterprise, planB.planId)).objections) {
        assert.equal((await enterprise.post(`/api/v1/results/objections/${o.id}/answer`, { version: o.version, answer: '已电话联系说明。' })).status, 200);
      }
      const [phone] = await server.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, '13912345670'));
      assert.equal(phone, undefined, 'a phone number is not mailed');
      assert.equal((await resultsOf(enterprise, planB.planId)).stage, 'publicity', 'answered, but publicity runs until 12 May');
      server.clock.set(at('2026-05-13'));
      enterprise = await as('enterprise-admin');
      assert.equal((await resultsOf(enterprise, planB.planId)).publication.finalAt, null);
      assert.equal(await recordFinalResults(systemContext(server.database, server.clock, 'results-final')), 1);
      assert.ok((await resultsOf(enterprise, planB.planId)).publication.finalAt);
      assert.equal(await recordFinalResults(systemContext(server.database, server.clock, 'results-final')), 0, 'recorded once');
    });

    test('submission is due 10 working days after the exam for an employer, counted across the holiday; late is recorded; the district returns and accepts', async () => {
      server.clock.set(at('2026-05-18'));
      const enterprise = await as('enterprise-admin');
      const pudong = await as('pudong-officer');
      const before = await resultsOf(enterprise, planA.planId);
      assert.deepEqual(
        before.submissionDue,
        { dueOn: '2026-05-14', workingDaysLeft: 0, overdue: true, lateWorkingDays: 2 },
        'due 29, 30 Apr, 6, 7, 8, 9 (Sat), 11, 12, 13, 14 May; two working days past',
      );
      const submitted = await enterprise.post(`/api/v1/plans/${planA.planId}/results/submissions`);
      assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
      const [first] = submitted.body.submissions;
      assert.deepEqual([first.attempt, first.dueOn, first.submittedOn, first.lateWorkingDays, first.reviewDueOn], [1, '2026-05-14', '2026-05-18', 2, '2026-05-25']);
      assert.deepEqual(first.review, { dueOn: '2026-05-25', workingDaysLeft: 5, overdue: false, lateWorkingDays: 0 });
      assert.equal((await enterprise.post(`/api/v1/plans/${planA.planId}/results/submissions`)).status, 409, 'one live submission');

      const review = (await pudong.get('/api/v1/workbench?workspace=government')).body.tasks.find((t: { task: string }) => t.task === 'results_review');
      assert.deepEqual(
        review.items.map((i: { dueDate: string; workingDaysLeft: number; path: string }) => [i.dueDate, i.workingDaysLeft, i.path]),
        [['2026-05-25', 5, `/government/results/${planA.planId}`]],
      );
      const listed = (await pudong.get('/api/v1/results?stage=submitted')).body.items;
      assert.deepEqual(
        listed.map((p: { id: string; submission: { lateWorkingDays: number } }) => [p.id, p.submission.lateWorkingDays]),
        [[planA.planId, 2]],
        'the district sees the lateness',
      );

      assert.equal((await (await as('huangpu-officer')).post(`/api/v1/plans/${planA.planId}/results/submissions/accept`, { version: first.version })).status, 403);
      assert.equal((await enterprise.post(`/api/v1/plans/${planA.planId}/results/submissions/accept`, { version: first.version })).status, 403);
      const bare = await pudong.post(`/api/v1/plans/${planA.planId}/results/submissions/return`, { version: first.version });
      assert.equal(bare.status, 400);
      assert.equal(bare.body.errors[0].field, 'reason');
      const returned = await pudong.post(`/api/v1/plans/${planA.planId}/results/submissions/return`, { version: first.version, reason: '缺少考场记录，请补正' });
      assert.equal(returned.status, 200, JSON.stringify(returned.body));
      assert.equal(returned.body.stage, 'returned');
      assert.equal(returned.body.submissions[0].correctionDueOn, '2026-05-25');
      assert.equal(returned.body.submissionDue.dueOn, '2026-05-25');
      assert.equal(returned.body.submissions[0].review, null);
      const notices = (await enterprise.get('/api/v1/notifications')).body as Array<{ body: string }>;
      assert.ok(notices.some((n) => n.body.includes('缺少考场记录，请补正')));

      server.clock.set(at('2026-05-20'));
      // Two clerks resubmit at the same moment: one is taken as attempt 2, the other refused; no attempt number is shared or skipped.
      const resubmitter = await as('enterprise-admin');
      const both = await Promise.all([1, 2].map(() => resubmitter.post(`/api/v1/plans/${planA.planId}/results/submissions`)));
      assert.deepEqual(both.map((r) => r.status).sort(), [201, 409]);
      const again = both.find((r) => r.status === 201)!;
      assert.deepEqual(
        again.body.submissions.map((s: { attempt: number }) => s.attempt),
        [1, 2],
      );
      const second = again.body.submissions[1];
      assert.deepEqual([second.attempt, second.dueOn, second.lateWorkingDays], [2, '2026-05-25', 0]);
      const accepted = await (await as('pudong-officer')).post(`/api/v1/plans/${planA.planId}/results/submissions/accept`, { version: second.version });
      assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
      assert.equal(accepted.body.stage, 'accepted');
      assert.deepEqual(accepted.body.archive, { archivedOn: '2026-05-20', paperRetainUntil: '2029-05-20', electronicRetainUntil: '2031-05-20' });
      assert.deepEqual(accepted.body.allowedActions, ['revealContact', 'downloadArchive']);
    });

    test("the plan's file: one zip with an index and a file per part, masked ID numbers except for the city, every opening audited", async () => {
      const download = async (username: string) => {
        const client = await as(username);
        const response = await fetch(`${server.baseUrl}/api/v1/plans/${planA.planId}/archive.zip`, { headers: { cookie: `${SESSION_COOKIE}=${client.cookie(SESSION_COOKIE)}` } });
        return { status: response.status, type: response.headers.get('content-type'), files: response.status === 200 ? unzipSync(new Uint8Array(await response.arrayBuffer())) : {} };
      };
      for (const refused of ['enterprise-admin', 'huangpu-officer', 'industry-officer', 'candidate-2']) assert.equal((await download(refused)).status, 403, refused);

      const district = await download('pudong-officer');
      assert.equal(district.status, 200);
      assert.equal(district.type, 'application/zip');
      const names = Object.keys(district.files).sort();
      assert.deepEqual(names, [
        '01-plan.json',
        '02-filing.json',
        '03-eligibility.json',
        '04-sessions.csv',
        '05-staffing.csv',
        '06-check-ins.csv',
        '07-incidents.json',
        '08-component-scores.csv',
        '09-examiner-scores.json',
        '10-publicity.json',
        '11-objections.csv',
        '12-submissions.csv',
        '13-archive.json',
        'index.csv',
        'index.html',
      ]);
      const text = (file: string) => strFromU8(district.files[file]!);
      const index = text('index.csv');
      for (const name of names.filter((n) => !n.startsWith('index'))) assert.ok(index.includes(name), `the index lists ${name}`);
      assert.match(index, /03-eligibility\.json,报名与资格审核（含申报条件判定）,3,证件号码已脱敏/);
      assert.match(text('index.html'), /<a href="10-publicity.json">/);
      const eligibility = JSON.parse(text('03-eligibility.json')) as Array<{ personName: string; idNumber: string; admission: { summary?: unknown } }>;
      assert.deepEqual(
        eligibility.map((e) => e.idNumber),
        planA.candidates.map((c) => `${c.idNumber.slice(0, 4)}**********${c.idNumber.slice(-4)}`),
      );
      assert.ok(
        eligibility.every((e) => e.admission && typeof e.admission === 'object'),
        'the stored admission decision is in the file',
      );
      assert.match(text('08-component-scores.csv'), /theory,85\.50,false,true/);
      assert.match(text('11-objections.csv'), /z\*\*\*@example\.com/);
      assert.ok(!text('11-objections.csv').includes('zhang.san@example.com'), 'the contact stays sealed');
      assert.match(text('12-submissions.csv'), /1,returned,2026-05-14,2026-05-18,2,2026-05-25/);
      assert.equal(JSON.parse(text('13-archive.json')).archive.electronicRetainUntil, '2031-05-20');

      const city = await download('city-admin');
      const full = JSON.parse(strFromU8(city.files['03-eligibility.json']!)) as Array<{ personName: string; idNumber: string }>;
      assert.equal(full.find((e) => e.personName === '李强')!.idNumber, LI_QIANG_ID, 'the city, who may reveal, gets full numbers');
      assert.match(strFromU8(city.files['index.csv']!), /含完整证件号码/);
      assert.equal((await download('inspector-1')).status, 200);

      const opened = await server.database.db
        .select({ actor: auditEvents.actorName, detail: auditEvents.detail })
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'results.archive_downloaded'), eq(auditEvents.entityId, planA.planId)));
      assert.deepEqual(
        opened.map((e) => [e.actor, (e.detail as { idNumbers: string }).idNumbers]),
        [
          ['pudong-officer', 'masked'],
          ['city-admin', 'full'],
          ['inspector-1', 'masked'],
        ],
      );
      const reveals = await rows<{ n: number }>(
        server.database.db,
        sql`select count(*)::int as n from audit_events where action = 'person.identity_viewed' and actor_name = 'city-admin' and detail->>'via' = 'archive'`,
      );
      assert.equal(reveals[0]!.n, 3, 'each full ID number is a reveal');
    });
  });
}
