import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { systemActor } from '@jiping/domain';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { institutionIdOf } from '../helpers/filing-fixtures.ts';
import { importFinished, openPlan } from '../helpers/plan-fixtures.ts';
import { examWorld, markAbsent, type ExamWorld } from '../helpers/exam-fixtures.ts';
import { dispatchedWorker, writeRegistrationWorkbook, type CandidateRow } from '../helpers/registration-workbook.ts';
import type { HttpClient } from '../helpers/http.ts';
import { rows as dbRows } from '../../src/platform/db/client.ts';
import { userGrants, users } from '../../src/platform/db/schema.ts';
import { componentsStillNeeded } from '../../src/modules/scores/index.ts';

/** Who asks for a resit, and what the three paths must all answer (null: accepted). */
interface Case {
  name: string;
  /** A candidate account linked to the person, for the application form's verdict. */
  account: string | null;
  row: CandidateRow;
  expected: string | null;
}

const LI_ROW: CandidateRow = { name: '李强', idType: '居民身份证', idNumber: '310115199203150011', relation: '劳务派遣', employer: '上海东方人力资源服务有限公司', relationFrom: '2021-01-04' };
const worker = (n: number): CandidateRow => ({ ...dispatchedWorker(n), name: `考生${n}` });

for (const target of dbTargets()) {
  describe(`a resit gets the same verdict from the application form, the API and the group import [${target}]`, () => {
    let server: TestServer;
    let enterprise: HttpClient;
    let enterpriseId: string;
    let first: ExamWorld;
    const plans: Record<'september' | 'october' | 'nextApril', string> = { september: '', october: '', nextApril: '' };
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiping-resit-'));
    const personOf = async (name: string) => (await dbRows<{ id: string }>(server.database.db, sql`select id from persons where name = ${name}`))[0]?.id ?? null;

    const CASES: Case[] = [
      { name: 'theory passed, skill failed: resit the skill', account: 'candidate-2', row: LI_ROW, expected: null },
      { name: 'everything failed: nothing to keep', account: 'candidate-1', row: worker(7000), expected: 'nothingKept' },
      { name: 'everything passed: nothing to resit', account: 'candidate-4', row: worker(7001), expected: 'alreadyPassed' },
      { name: 'absent from the skill assessment: resit it', account: null, row: worker(7002), expected: null },
      { name: 'results of the earlier attempt not signed off', account: null, row: worker(7100), expected: 'resultPending' },
      { name: 'never sat this level', account: null, row: worker(7200), expected: 'noEarlierAttempt' },
    ];

    before(async () => {
      server = await startTestServer(target);
      enterprise = await server.as('enterprise-admin');
      enterpriseId = await institutionIdOf(enterprise);
      first = await examWorld(server, { extraCandidates: 3, firstCandidate: 7000 });
      await examWorld(server, { examDate: '2026-04-15', extraCandidates: 1, firstCandidate: 7100, withLiQiang: false });
      const pudong = await server.as('pudong-officer');
      plans.september = (await openPlan(enterprise, pudong, enterpriseId, { examStart: '2026-09-01', examEnd: '2026-09-01' })).id;
      plans.october = (await openPlan(enterprise, pudong, enterpriseId, { examStart: '2026-10-01', examEnd: '2026-10-01' })).id;
      plans.nextApril = (await openPlan(enterprise, pudong, enterpriseId, { examStart: '2027-04-01', examEnd: '2027-04-01' })).id;

      // The April attempt: 李强 80 / 50, 考生7000 40 / 40, 考生7001 70 / 70, 考生7002 70 / absent.
      const scores: Record<string, [number, number | null]> = { 李强: [80, 50], 考生7000: [40, 40], 考生7001: [70, 70], 考生7002: [70, null] };
      const examiners = await Promise.all(['enterprise-examiner', 'enterprise-examiner-2', 'enterprise-examiner-3'].map((u) => server.as(u)));
      for (const c of first.candidates) {
        const [theory, skill] = scores[c.name]!;
        assert.equal((await enterprise.put(`/api/v1/exam-sessions/${first.sessions.theory}/scores/${c.registrationId}`, { score: theory })).status, 200);
        if (skill === null) await markAbsent(server, first.sessions.skill!, [c.registrationId]);
        else for (const examiner of examiners) assert.equal((await examiner.put(`/api/v1/exam-sessions/${first.sessions.skill}/scores/${c.registrationId}`, { score: skill })).status, 200);
      }
      for (const session of [first.sessions.theory!, first.sessions.skill!]) {
        const { version } = (await enterprise.get(`/api/v1/exam-sessions/${session}/scores`)).body.session;
        assert.equal((await enterprise.post(`/api/v1/exam-sessions/${session}/sign-off`, { version })).status, 200);
      }
      // Two more candidate accounts, linked to people who sat in April, to read the form's verdict.
      for (const [username, name] of [
        ['candidate-1', '考生7000'],
        ['candidate-4', '考生7001'],
      ] as const) {
        const [user] = await server.database.db.select({ id: users.id }).from(users).where(eq(users.username, username));
        await server.database.db
          .update(userGrants)
          .set({ personId: await personOf(name) })
          .where(and(eq(userGrants.userId, user!.id), eq(userGrants.role, 'candidate')));
      }
      server.clock.set('2026-05-06T02:00:00Z');
      enterprise = await server.as('enterprise-admin');
    });
    after(async () => {
      await server.close();
      fs.rmSync(workDir, { recursive: true, force: true });
    });

    const importErrors = async (planId: string, rows: CandidateRow[]) => {
      const file = path.join(workDir, `${randomUUID()}.xlsx`);
      await writeRegistrationWorkbook(
        file,
        rows.map((r) => ({ ...r, attempt: '补考' })),
      );
      const started = await enterprise.upload(`/api/v1/plans/${planId}/registration-imports`, 'resit.xlsx', fs.readFileSync(file), { mode: 'all_or_nothing' }, { 'idempotency-key': randomUUID() });
      assert.equal(started.status, 202, JSON.stringify(started.body));
      const done = await importFinished(enterprise, started.body.id);
      return done.errors as Array<{ row: number; column: string; message: string }>;
    };
    const formVerdict = async (account: string, planId: string) => {
      const open = (await (await server.as(account)).get('/api/v1/plans/open')).body.items as Array<{ id: string; resit: { allowed: boolean; reason: string | null } | null }>;
      return open.find((p) => p.id === planId)!.resit;
    };
    const apply = async (c: Case, planId: string) => {
      let personId = await personOf(c.row.name!);
      if (!personId) {
        const registered = await enterprise.post('/api/v1/people', { idType: 'resident_id', idNumber: c.row.idNumber, name: c.row.name });
        assert.equal(registered.status, 201, JSON.stringify(registered.body));
        personId = registered.body.id as string;
      }
      return enterprise.post(`/api/v1/plans/${planId}/registrations`, { personId, attempt: 'resit' });
    };
    const message = async (key: string, params: Record<string, string> = {}) => {
      const { translate } = await import('../../src/platform/i18n/messages.ts');
      return translate(`registration.resit.${key}`, 'zh-CN', params);
    };

    test('each person: accepted or refused for the same reason, in the same words, on every path', async () => {
      // The form reads first and the import refuses the whole file: neither writes, so the API still meets the same records.
      const forms = new Map<string, { allowed: boolean; reason: string | null } | null>();
      for (const c of CASES) if (c.account) forms.set(c.name, await formVerdict(c.account, plans.september));
      const errors = await importErrors(
        plans.september,
        CASES.map((c) => c.row),
      );
      for (const [i, c] of CASES.entries()) {
        const expected = c.expected ? await message(c.expected) : null;
        const rowErrors = errors.filter((e) => e.row === i + 2);
        assert.deepEqual(
          rowErrors.map((e) => [e.column, e.message]),
          expected ? [['考试类型', expected]] : [],
          `import: ${c.name}`,
        );
        if (c.account) assert.deepEqual(forms.get(c.name), { allowed: expected === null, reason: expected }, `form: ${c.name}`);
        const applied = await apply(c, plans.september);
        if (expected) {
          assert.equal(applied.status, 400, `API: ${c.name}: ${JSON.stringify(applied.body)}`);
          assert.equal(applied.body.detail, expected, `API: ${c.name}`);
          assert.deepEqual(
            applied.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]),
            [['attempt', expected]],
          );
        } else assert.equal(applied.status, 201, `API: ${c.name}: ${JSON.stringify(applied.body)}`);
      }
    });

    test('a passed component is kept for one resit only: a second resit on the same attempt is refused everywhere', async () => {
      const expected = await message('alreadyResat');
      assert.deepEqual(await formVerdict('candidate-2', plans.october), { allowed: false, reason: expected });
      const errors = await importErrors(plans.october, [LI_ROW]);
      assert.deepEqual(
        errors.map((e) => e.message),
        [expected],
      );
      const applied = await (await server.as('candidate-2')).post(`/api/v1/plans/${plans.october}/registrations`, { attempt: 'resit' });
      assert.equal(applied.status, 400);
      assert.equal(applied.body.detail, expected);
      const regular = await (await server.as('candidate-2')).post(`/api/v1/plans/${plans.october}/registrations`, { attempt: 'regular' });
      assert.equal(regular.status, 201, 'a regular attempt is always open');
    });

    test('after the keep period the passed component is gone, and the resit with it', async () => {
      // Theory was passed on 2026-04-01 and is kept through 2027-03-31; this exam is on 2027-04-01.
      await dbRows(server.database.db, sql`update registrations set status = 'withdrawn' where resit_of is not null`);
      const expected = await message('keepExpired', { until: '2027-03-31' });
      assert.match(expected, /保留至 2027-03-31/);
      assert.deepEqual(await formVerdict('candidate-2', plans.nextApril), { allowed: false, reason: expected });
      assert.deepEqual(
        (await importErrors(plans.nextApril, [LI_ROW])).map((e) => e.message),
        [expected],
      );
      const applied = await (await server.as('candidate-2')).post(`/api/v1/plans/${plans.nextApril}/registrations`, { attempt: 'resit' });
      assert.equal(applied.body.detail, expected);
    });

    test('the sessions module learns what a resit candidate still has to sit', async () => {
      const ctx = { actor: systemActor('test'), db: server.database.db, requestId: null, now: () => server.clock.now(), locale: 'zh-CN' as const };
      const li = first.candidates.find((c) => c.name === '李强')!;
      assert.deepEqual(await componentsStillNeeded(ctx, li.registrationId), ['theory', 'skill'], 'a regular attempt sits everything');
      const [resit] = await dbRows<{ id: string }>(server.database.db, sql`select r.id from registrations r join persons p on p.id = r.person_id where p.name = '考生7002' and r.resit_of is not null`);
      await dbRows(server.database.db, sql`update registrations set status = 'admitted' where id = ${resit!.id}`);
      assert.deepEqual(await componentsStillNeeded(ctx, resit!.id), ['skill'], 'theory is kept from April');
    });
  });
}
