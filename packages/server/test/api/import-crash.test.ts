import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { dbTargets } from '../helpers/database.ts';
import { HttpClient } from '../helpers/http.ts';
import { institutionIdOf } from '../helpers/filing-fixtures.ts';
import { openPlan } from '../helpers/plan-fixtures.ts';
import { dispatchedWorker, writeRegistrationWorkbook } from '../helpers/registration-workbook.ts';
import { openDatabase, rows as dbRows } from '../../src/platform/db/client.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/jiping.mjs');
const PASSWORD = 'Crash-Test-Pass-1';
/** Marks what the killed import would have written, so it can be looked for afterwards. */
const EMPLOYER = '崩溃测试人力资源有限公司';
const ROWS = 30_000;

/**
 * The real server, as `npx jiping serve` runs it, killed without warning in the middle of a
 * group import. It runs on the system clock, so the plan is set a few weeks from today.
 */
for (const target of dbTargets()) {
  describe(`a group import killed with its server leaves nothing half-written [${target}]`, () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiping-crash-'));
    let databaseUrl = '';
    let dropDatabase = async () => {};
    let file = '';

    before(async () => {
      if (target === 'postgres') {
        const { default: pg } = await import('pg');
        const name = `jiping_crash_${randomBytes(6).toString('hex')}`;
        const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
        await admin.connect();
        await admin.query(`create database ${name}`);
        await admin.end();
        const url = new URL(process.env.TEST_DATABASE_URL!);
        url.pathname = `/${name}`;
        databaseUrl = url.toString();
        dropDatabase = async () => {
          const cleanup = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
          await cleanup.connect();
          await cleanup.query(`drop database if exists ${name} with (force)`);
          await cleanup.end();
        };
      }
      file = path.join(dataDir, 'group.xlsx');
      function* candidates() {
        for (let i = 0; i < ROWS; i += 1) yield { ...dispatchedWorker(700_000 + i), name: `崩溃考生${i}`, employer: EMPLOYER };
      }
      await writeRegistrationWorkbook(file, candidates());
    });
    after(async () => {
      await dropDatabase();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    test('killed mid-import: after restart the import is failed at once with a reason, and no registration, person or relation of it exists', async () => {
      const first = await startServer(dataDir, databaseUrl);
      let importId: string;
      let planId: string;
      try {
        const enterprise = await signIn(first.baseUrl, 'enterprise-admin');
        const pudong = await signIn(first.baseUrl, 'pudong-officer');
        const examDay = workingDayFromToday(40);
        planId = (await openPlan(enterprise, pudong, await institutionIdOf(enterprise), { examStart: examDay, examEnd: examDay })).id;
        const started = await enterprise.upload(`/api/v1/plans/${planId}/registration-imports`, 'group.xlsx', fs.readFileSync(file), { mode: 'valid_rows' }, { 'idempotency-key': randomUUID() });
        assert.equal(started.status, 202, JSON.stringify(started.body));
        importId = started.body.id;
        // Kill once rows are being staged: the progress is in the database, so it shows.
        let view: { status: string; processedRows: number; totalRows: number };
        do {
          view = (await enterprise.get(`/api/v1/registration-imports/${importId}`)).body;
        } while (view.status === 'running' && view.processedRows === 0);
        assert.equal(view.status, 'running', 'the import is still under way when the server dies');
        assert.equal(view.totalRows, ROWS);
      } finally {
        await first.kill('SIGKILL');
      }

      const second = await startServer(dataDir, databaseUrl);
      try {
        const enterprise = await signIn(second.baseUrl, 'enterprise-admin');
        const view = (await enterprise.get(`/api/v1/registration-imports/${importId}`)).body;
        assert.equal(view.status, 'failed', 'marked failed as the server started, not an hour later');
        assert.match(view.message, /导入因服务重启中断，未导入任何数据，请重新上传/);
        const listed = (await enterprise.get(`/api/v1/plans/${planId}/registrations`)).body;
        assert.equal(listed.items.length, 0);
      } finally {
        await second.kill('SIGTERM');
      }

      // The embedded database is the server's alone while it runs: it is read once it stopped.
      const database = await openDatabase({ databaseUrl: databaseUrl || null, dataDir });
      try {
        const count = async (query: ReturnType<typeof sql>) => (await dbRows<{ n: number }>(database.db, query))[0]!.n;
        assert.equal(await count(sql`select count(*)::int as n from registrations where import_id = ${importId}`), 0);
        assert.equal(await count(sql`select count(*)::int as n from persons where name like '崩溃考生%'`), 0);
        assert.equal(await count(sql`select count(*)::int as n from person_relations where employer_name = ${EMPLOYER}`), 0);
        assert.equal(await count(sql`select count(*)::int as n from registration_import_rows where import_id = ${importId}`), 0, 'staged rows are cleared');
        assert.equal(await count(sql`select count(*)::int as n from audit_events where entity_id = ${importId} and action = 'registration.import_failed'`), 1);
      } finally {
        await database.close();
      }
    });
  });
}

async function startServer(dataDir: string, databaseUrl: string) {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const env = { ...process.env, JIPING_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', JIPING_DEMO_PASSWORD: PASSWORD, PORT: String(port), HOST: '127.0.0.1' };
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve'], { env });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseUrl,
    kill: async (signal: NodeJS.Signals) => {
      child.kill(signal);
      await exited;
    },
  };
}

async function signIn(baseUrl: string, username: string) {
  const client = new HttpClient(baseUrl);
  const response = await client.post('/api/v1/auth/login', { username, password: PASSWORD });
  if (response.status !== 200) throw new Error(`login as ${username}: ${response.status} ${JSON.stringify(response.body)}`);
  return client;
}

/** A weekday about `days` from today (enough notice for a plan). */
function workingDayFromToday(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
