import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { dbTargets } from '../helpers/database.ts';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../helpers/server.ts';
import { institutionIdOf } from '../helpers/filing-fixtures.ts';
import { importFinished, openPlan } from '../helpers/plan-fixtures.ts';
import { dispatchedWorker, writeRegistrationWorkbook } from '../helpers/registration-workbook.ts';
import type { HttpClient } from '../helpers/http.ts';
import { rows } from '../../src/platform/db/client.ts';
import { hashPassword } from '../../src/platform/auth/password.ts';

const CLAIM = '/api/v1/people/me/identity-claim';
// Demo people (see seed/demo-enterprise.ts): 陈静 has a phone on record, 赵敏 none, 李强 is linked to candidate-2.
const CHEN = { idType: 'resident_id', idNumber: '310115199006060025', name: '陈静' };
const ZHAO = { idType: 'resident_id', idNumber: '310115198801010049', name: '赵敏' };
const LI = { idType: 'resident_id', idNumber: '310115199203150011', name: '李强' };

for (const target of dbTargets()) {
  describe(`identity: nobody claims or reads a person by knowing an ID number [${target}]`, () => {
    let server: TestServer;
    let city: HttpClient;
    let enterprise: HttpClient;
    const ids: Record<string, string> = {};
    let liRegistration: { id: string; version: number };
    let chenEvidenceId: string;
    let planId: string;

    const personId = async (name: string) => (await rows<{ id: string }>(server.database.db, sql`select id from persons where name = ${name}`))[0]!.id;
    /** A fresh candidate account, as self-service sign-up would create it: no person linked. */
    const newCandidate = async (username: string) => {
      const hash = await hashPassword(DEMO_PASSWORD);
      const [user] = await rows<{ id: string }>(server.database.db, sql`insert into users (username, display_name, password_hash) values (${username}, ${username}, ${hash}) returning id`);
      await server.database.db.execute(sql`insert into user_grants (user_id, role) values (${user!.id}, 'candidate')`);
      return server.as(username);
    };
    /** The code as the development outbox holds it: what the phone on the record would receive. */
    const lastCode = async () => {
      const outbox = await city.get('/api/v1/dev/sms-outbox');
      assert.equal(outbox.status, 200);
      return /验证码 (\d{6})/.exec(outbox.body.items[0].body)![1]!;
    };
    /** The person the account is linked to, read where the link lives (it is not part of any response). */
    const linkedPerson = async (client: HttpClient) => {
      const me = (await client.get('/api/v1/auth/me')).body as { user: { id: string } };
      const [grant] = await rows<{ person_id: string | null }>(server.database.db, sql`select person_id from user_grants where user_id = ${me.user.id} and role = 'candidate'`);
      return grant!.person_id;
    };

    before(async () => {
      server = await startTestServer(target);
      city = await server.as('city-admin');
      enterprise = await server.as('enterprise-admin');
      ids.chen = await personId('陈静');
      ids.zhao = await personId('赵敏');
      ids.li = await personId('李强');
      const pudong = await server.as('pudong-officer');
      const plan = await openPlan(enterprise, pudong, await institutionIdOf(enterprise));
      planId = plan.id;
      const applied = await (await server.as('candidate-2')).post(`/api/v1/plans/${plan.id}/registrations`, {});
      assert.equal(applied.status, 201, JSON.stringify(applied.body));
      liRegistration = applied.body;
      const upload = await enterprise.upload(`/api/v1/people/${ids.chen}/files`, '劳动合同.pdf', '%PDF-1.4 contract', { purpose: 'work_record' });
      assert.equal(upload.status, 201, JSON.stringify(upload.body));
      chenEvidenceId = upload.body.id;
    });
    after(() => server.close());

    test('a candidate cannot register or link a person by posting an ID number', async () => {
      const candidate = await server.as('candidate-1');
      const posted = await candidate.post('/api/v1/people', { ...LI, name: '张三' });
      assert.equal(posted.status, 403);
      assert.match(posted.body.detail, /实名核验/);
      assert.equal((await candidate.post('/api/v1/people', LI)).status, 403);
      assert.ok(!JSON.stringify(posted.body).includes('李强'));
      assert.equal(await linkedPerson(candidate), null);
    });

    test('a wrong name is refused without disclosing the record, and audited; the right name only sends a code', async () => {
      const candidate = await server.as('candidate-1');
      const wrong = await candidate.post(CLAIM, { ...CHEN, name: '张三' });
      assert.equal(wrong.status, 400);
      assert.match(wrong.body.errors[0].message, /已登记的姓名与填写的姓名不一致/);
      assert.ok(!JSON.stringify(wrong.body).includes('陈静') && !JSON.stringify(wrong.body).includes('0025'));
      const [audited] = await rows<{ n: number }>(server.database.db, sql`select count(*)::int as n from audit_events where action = 'identity.name_mismatch' and entity_id = ${ids.chen}`);
      assert.equal(audited!.n, 1);
      assert.equal((await candidate.get(CLAIM)).body.status, 'none');

      const english = await server.as('candidate-1');
      const refusedEn = await english.post(CLAIM, { ...CHEN, name: 'Chen' }, { 'accept-language': 'en' });
      assert.match(refusedEn.body.errors[0].message, /does not match/);

      const claimed = await candidate.post(CLAIM, { ...CHEN, name: ' 陈 静 ' });
      assert.equal(claimed.status, 202, JSON.stringify(claimed.body));
      assert.equal(claimed.body.status, 'code_sent');
      assert.equal(claimed.body.attemptsLeft, 5);
      assert.ok(!JSON.stringify(claimed.body).includes('137'), 'not even the masked phone of the record');
      const outbox = (await city.get('/api/v1/dev/sms-outbox')).body.items;
      assert.equal(outbox[0].toMasked, '137****0025');
      assert.match(outbox[0].body, /验证码 \d{6}，10 分钟内有效/);
      assert.equal(await linkedPerson(candidate), null);
    });

    test('until the code is entered the account sees nothing of the person, and cannot act for anyone', async () => {
      const candidate = await server.as('candidate-1');
      for (const [who, id] of [
        ['陈静', ids.chen],
        ['李强', ids.li],
      ] as const) {
        const reads = [
          await candidate.get(`/api/v1/people/${id}`),
          await candidate.get(`/api/v1/people/${id}/profile`),
          await candidate.post(`/api/v1/people/${id}/reveal`),
          await candidate.put(`/api/v1/people/${id}/profile`, { version: 1, profile: { workHistory: [], certificates: [], diplomas: [], titles: [], apprenticeshipCompletedOn: null } }),
          await candidate.upload(`/api/v1/people/${id}/files`, 'x.pdf', '%PDF-1.4 x', { purpose: 'diploma' }),
        ];
        assert.deepEqual(
          reads.map((r) => r.status),
          [403, 403, 403, 403, 403],
          who,
        );
        for (const r of reads) assert.ok(!JSON.stringify(r.body).includes(who), `${who}'s name does not leak`);
      }
      assert.equal((await candidate.get('/api/v1/people/me')).status, 404);
      const mine = await candidate.get('/api/v1/registrations/mine');
      assert.equal(mine.status, 200);
      assert.deepEqual(mine.body.items ?? mine.body, []);
      assert.equal((await candidate.get(`/api/v1/evidence-files/${chenEvidenceId}`)).status, 403);
      assert.equal((await candidate.post(`/api/v1/registrations/${liRegistration.id}/withdraw`, { version: liRegistration.version })).status, 403);
    });

    test('a person already linked to another account cannot be claimed, whatever the name', async () => {
      const candidate = await server.as('candidate-4');
      const taken = await candidate.post(CLAIM, LI);
      assert.equal(taken.status, 409);
      assert.match(taken.body.detail, /已绑定其他账号/);
      assert.equal(await linkedPerson(candidate), null);
    });

    test('wrong, exhausted and expired codes are refused; a new code is limited to one a minute; the right code links', async () => {
      const candidate = await server.as('candidate-1');
      const wrong = await candidate.post(`${CLAIM}/verify`, { code: '000000' === (await lastCode()) ? '111111' : '000000' });
      assert.equal(wrong.status, 400);
      assert.match(wrong.body.detail, /验证码不正确，还可尝试 4 次/);
      assert.equal((await candidate.post(`${CLAIM}/verify`, { code: '12ab' })).status, 400);
      const soon = await candidate.post(`${CLAIM}/resend`);
      assert.equal(soon.status, 429);
      assert.match(soon.body.detail, /秒后再试/);

      server.clock.advance(11 * 60_000);
      const expired = await candidate.post(`${CLAIM}/verify`, { code: await lastCode() });
      assert.equal(expired.status, 409);
      assert.match(expired.body.detail, /验证码已过期/);

      const resent = await candidate.post(`${CLAIM}/resend`);
      assert.equal(resent.status, 200, JSON.stringify(resent.body));
      const code = await lastCode();
      for (let i = 0; i < 5; i += 1) await candidate.post(`${CLAIM}/verify`, { code: code === '999999' ? '999998' : '999999' });
      const exhausted = await candidate.post(`${CLAIM}/verify`, { code });
      assert.equal(exhausted.status, 409);
      assert.match(exhausted.body.detail, /输错次数过多/);
      assert.equal(await linkedPerson(candidate), null);

      server.clock.advance(61_000);
      assert.equal((await candidate.post(`${CLAIM}/resend`)).status, 200);
      const verified = await candidate.post(`${CLAIM}/verify`, { code: await lastCode() });
      assert.equal(verified.status, 200, JSON.stringify(verified.body));
      assert.equal(verified.body.status, 'verified');
      assert.equal(await linkedPerson(candidate), ids.chen);
      const me = await candidate.get('/api/v1/people/me');
      assert.equal(me.body.name, '陈静');
      const revealed = await candidate.post(`/api/v1/people/${ids.chen}/reveal`);
      assert.equal(revealed.status, 200);
      assert.equal(revealed.body.idNumber, CHEN.idNumber);
      const [viewed] = await rows<{ n: number }>(server.database.db, sql`select count(*)::int as n from audit_events where action = 'person.identity_viewed' and entity_id = ${ids.chen}`);
      assert.equal(viewed!.n, 1);

      const again = await candidate.post(CLAIM, LI);
      assert.equal(again.status, 409);
      assert.match(again.body.detail, /已完成实名绑定/);
    });

    test('a record without a phone waits for confirmation in person by the district or a related institution', async () => {
      const candidate = await server.as('candidate-4');
      const claimed = await candidate.post(CLAIM, ZHAO);
      assert.equal(claimed.status, 202);
      assert.equal(claimed.body.status, 'pending_in_person');
      assert.equal((await candidate.get(`/api/v1/people/${ids.zhao}`)).status, 403);

      const huangpu = await server.as('huangpu-officer');
      assert.deepEqual((await huangpu.get('/api/v1/identity-claims')).body.items, []);
      assert.deepEqual((await (await server.as('social-admin')).get('/api/v1/identity-claims')).body.items, []);
      const pudong = await server.as('pudong-officer');
      const [waiting] = (await pudong.get('/api/v1/identity-claims')).body.items;
      assert.equal(waiting.claimedName, '赵敏');
      assert.equal(waiting.username, 'candidate-4');
      assert.equal((await enterprise.get('/api/v1/identity-claims')).body.items[0].id, waiting.id);

      const outsider = await huangpu.post(`/api/v1/identity-claims/${waiting.id}/decision`, { decision: 'confirm', reason: '已核对原件', version: waiting.version });
      assert.equal(outsider.status, 403);
      const noReason = await pudong.post(`/api/v1/identity-claims/${waiting.id}/decision`, { decision: 'confirm', reason: ' ', version: waiting.version });
      assert.equal(noReason.status, 400);
      assert.match(noReason.body.errors[0].message, /核验说明/);
      const confirmed = await pudong.post(`/api/v1/identity-claims/${waiting.id}/decision`, { decision: 'confirm', reason: '已核对居民身份证原件，人证一致', version: waiting.version });
      assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
      const twice = await pudong.post(`/api/v1/identity-claims/${waiting.id}/decision`, { decision: 'reject', reason: '重复', version: confirmed.body.version });
      assert.equal(twice.status, 409);
      assert.equal((await candidate.get('/api/v1/people/me')).body.name, '赵敏');
      assert.equal((await candidate.get(CLAIM)).body.status, 'verified');
      const [event] = await rows<{ detail: { reason: string } }>(server.database.db, sql`select detail from audit_events where action = 'identity.confirmed_in_person'`);
      assert.equal(event!.detail.reason, '已核对居民身份证原件，人证一致');
    });

    test('an ID number the city does not know is a new person, linked at once', async () => {
      const newcomer = await newCandidate('newcomer-1');
      const created = await newcomer.post(CLAIM, { idType: 'resident_id', idNumber: '31010119960315007' + '1', name: '周小川', phone: '13900001111' });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.body.status, 'verified');
      assert.equal((await newcomer.get('/api/v1/people/me')).body.name, '周小川');
    });

    test('institutions without a relation learn nothing from an ID number, and change nothing recorded', async () => {
      for (const username of ['social-admin', 'school-admin']) {
        const institution = await server.as(username);
        const wrong = await institution.post('/api/v1/people', { ...CHEN, name: '王五' });
        assert.equal(wrong.status, 400);
        assert.ok(!JSON.stringify(wrong.body).includes('陈静'));
        const right = await institution.post('/api/v1/people', { ...CHEN, phone: '13600000000' });
        assert.equal(right.status, 200);
        assert.equal(right.body.id, ids.chen);
        assert.equal(right.body.phoneMasked, '136****0000', 'only the phone it sent itself');
        assert.equal(right.body.version, 0);
        const reads = [
          await institution.get(`/api/v1/people/${ids.chen}`),
          await institution.get(`/api/v1/people/${ids.chen}/profile`),
          await institution.post(`/api/v1/people/${ids.chen}/reveal`),
          await institution.put(`/api/v1/people/${ids.chen}/profile`, { version: 1, profile: { workHistory: [], certificates: [], diplomas: [], titles: [], apprenticeshipCompletedOn: null } }),
          await institution.get(`/api/v1/evidence-files/${chenEvidenceId}`),
          await institution.get(`/api/v1/people/${ids.li}`),
          await institution.post(`/api/v1/registrations/${liRegistration.id}/withdraw`, { version: liRegistration.version }),
        ];
        assert.deepEqual(
          reads.map((r) => r.status),
          [403, 403, 403, 403, 403, 403, 403],
          username,
        );
      }
      const [stored] = await rows<{ phone_masked: string; name: string }>(server.database.db, sql`select phone_masked, name from persons where id = ${ids.chen}`);
      assert.deepEqual(stored, { phone_masked: '137****0025', name: '陈静' });
    });

    test('a burst of mismatching names is refused and flagged to the city', async () => {
      const school = await server.as('school-admin');
      const guesses = ['甲', '乙', '丙', '丁'];
      for (const name of guesses) assert.equal((await school.post('/api/v1/people', { ...ZHAO, name })).status, 400);
      const limited = await school.post('/api/v1/people', { ...ZHAO, name: '戊' });
      assert.equal(limited.status, 429);
      assert.match(limited.body.detail, /尝试次数过多/);
      const right = await school.post('/api/v1/people', ZHAO);
      assert.equal(right.status, 429, 'even the right name waits out the window');
      const notices = (await city.get('/api/v1/notifications')).body as Array<{ title: string }>;
      assert.ok(
        notices.some((n) => /疑似批量试探证件号码：账号 school-admin/.test(n.title)),
        JSON.stringify(notices),
      );
      server.clock.advance(61 * 60_000);
      assert.equal((await school.post('/api/v1/people', ZHAO)).status, 200);
    });

    test('a group import naming known ID numbers with other names is counted and flagged like single look-ups', async () => {
      const known = ['310115199006060025', '310115198801010049', '310115199203150011', '310112199508200025', '310101199603150071'];
      const file = path.join(os.tmpdir(), `jiping-mismatch-${target}.xlsx`);
      await writeRegistrationWorkbook(
        file,
        known.map((idNumber, i) => ({ ...dispatchedWorker(i), idNumber, name: `冒名${i}` })),
      );
      const started = await enterprise.upload(`/api/v1/plans/${planId}/registration-imports`, 'names.xlsx', fs.readFileSync(file), { mode: 'valid_rows' }, { 'idempotency-key': randomUUID() });
      fs.rmSync(file, { force: true });
      assert.equal(started.status, 202, JSON.stringify(started.body));
      const finished = await importFinished(enterprise, started.body.id);
      assert.equal(finished.errorRows, 5);
      assert.ok(!JSON.stringify(finished).includes('陈静') && !JSON.stringify(finished).includes('赵敏'), 'the recorded names are not disclosed');
      const [counted] = await rows<{ n: number }>(
        server.database.db,
        sql`select count(*)::int as n from identity_lookups l join users u on u.id = l.user_id where u.username = 'enterprise-admin' and l.outcome = 'name_mismatch'`,
      );
      assert.equal(counted!.n, 5);
      const notices = (await city.get('/api/v1/notifications')).body as Array<{ title: string }>;
      assert.ok(notices.some((n) => /疑似批量试探证件号码：账号 enterprise-admin/.test(n.title)));
      assert.equal((await enterprise.post('/api/v1/people', CHEN)).status, 429, 'the account waits out the window like any other');
    });

    test("unlinking is an officer's audited act; two accounts racing for one person: one wins", async () => {
      const candidate = await server.as('candidate-1');
      const me = (await candidate.get('/api/v1/auth/me')).body as { user: { id: string } };
      assert.equal((await candidate.post(`/api/v1/users/${me.user.id}/person-link/unlink`, { reason: '我自己' })).status, 403);
      const huangpu = await server.as('huangpu-officer');
      assert.equal((await huangpu.post(`/api/v1/users/${me.user.id}/person-link/unlink`, { reason: '无' })).status, 403);
      const pudong = await server.as('pudong-officer');
      const unlinked = await pudong.post(`/api/v1/users/${me.user.id}/person-link/unlink`, { reason: '本人申请更正绑定' });
      assert.equal(unlinked.status, 200, JSON.stringify(unlinked.body));
      assert.equal((await candidate.get('/api/v1/people/me')).status, 404);
      assert.equal((await candidate.get(`/api/v1/people/${ids.chen}`)).status, 403);

      const [a, b] = await Promise.all([newCandidate('racer-a'), newCandidate('racer-b')]);
      assert.equal((await a.post(CLAIM, CHEN)).status, 202);
      const codeA = await lastCode();
      assert.equal((await b.post(CLAIM, CHEN)).status, 202);
      const codeB = await lastCode();
      const results = await Promise.all([a.post(`${CLAIM}/verify`, { code: codeA }), b.post(`${CLAIM}/verify`, { code: codeB })]);
      assert.deepEqual(results.map((r) => r.status).sort(), [200, 409]);
      const [linked] = await rows<{ n: number }>(server.database.db, sql`select count(*)::int as n from user_grants where person_id = ${ids.chen}`);
      assert.equal(linked!.n, 1);
    });
  });
}

describe('identity codes through a real SMS gateway (a local HTTP server)', () => {
  let server: TestServer;
  let gateway: http.Server;
  const received: Array<{ authorization: string | undefined; body: { to: string; text: string } }> = [];
  let failNext = false;

  before(async () => {
    gateway = http.createServer((request, response) => {
      let data = '';
      request.on('data', (chunk) => (data += chunk));
      request.on('end', () => {
        if (failNext) {
          failNext = false;
          response.writeHead(502).end('upstream down');
          return;
        }
        received.push({ authorization: request.headers.authorization, body: JSON.parse(data) });
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    const port = (gateway.address() as AddressInfo).port;
    server = await startTestServer('pglite', { smsUrl: `http://127.0.0.1:${port}/send`, smsToken: 'gateway-secret' });
  });
  after(async () => {
    await server.close();
    await new Promise((resolve) => gateway.close(resolve));
  });

  test('the code goes to the phone on the record, with the token; a failed send says so and can be retried', async () => {
    const candidate = await server.as('candidate-1');
    failNext = true;
    const failed = await candidate.post(CLAIM, CHEN);
    assert.equal(failed.status, 503);
    assert.match(failed.body.detail, /短信发送失败/);
    assert.equal((await candidate.get(CLAIM)).body.status, 'code_sent');
    assert.equal((await (await server.as('city-admin')).get('/api/v1/dev/sms-outbox')).status, 404, 'no development outbox beside a gateway');

    server.clock.advance(61_000);
    assert.equal((await candidate.post(`${CLAIM}/resend`)).status, 200);
    assert.equal(received.length, 1);
    assert.equal(received[0]!.authorization, 'Bearer gateway-secret');
    assert.equal(received[0]!.body.to, '13701230025');
    const code = /验证码 (\d{6})/.exec(received[0]!.body.text)![1]!;
    const verified = await candidate.post(`${CLAIM}/verify`, { code });
    assert.equal(verified.status, 200);
    assert.equal((await candidate.get('/api/v1/people/me')).body.name, '陈静');
  });
});
