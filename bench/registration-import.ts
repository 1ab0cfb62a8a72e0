/**
 * Group registration import on the embedded database: 100 000 candidate rows from one .xlsx
 * file, imported while another client signs in and reads pages. Prints that client's latency
 * (p50/p99/max; target p99 < 500 ms) and the import's time against the floor measured in the
 * same run: streaming the same file through the same parser and bulk-inserting its raw rows
 * into a bare table (target ≤ 3×). Run: npm run bench -- registration
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { eq, sql } from 'drizzle-orm';
import { startTestServer, DEMO_PASSWORD } from '../packages/server/test/helpers/server.ts';
import { openPlan } from '../packages/server/test/helpers/plan-fixtures.ts';
import { institutionIdOf } from '../packages/server/test/helpers/filing-fixtures.ts';
import { dispatchedWorker, writeRegistrationWorkbook } from '../packages/server/test/helpers/registration-workbook.ts';
import { startImport } from '../packages/server/src/modules/registrations/import/start-import.ts';
import { readImportSheet } from '../packages/server/src/modules/registrations/import/read-sheet.ts';
import { IMPORT_COLUMNS } from '../packages/server/src/modules/registrations/import/columns.ts';
import { registrationImports } from '../packages/server/src/platform/db/schema.ts';
import { demoActor } from '../packages/server/src/seed/demo-enterprise.ts';
import { keyringFor, systemContext } from '../packages/server/src/boot.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiping-bench-'));

const server = await startTestServer('pglite');
const enterprise = await server.as('enterprise-admin');
const pudong = await server.as('pudong-officer');
const enterpriseId = await institutionIdOf(enterprise);
const base = systemContext(server.database, server.clock, 'bench');
const ctx = { ...base, actor: await demoActor(base, 'enterprise-admin') };
const keyring = keyringFor(server.config);
const planId = (await openPlan(enterprise, pudong, enterpriseId, { expectedCandidates: 40 })).id;

const file = path.join(dir, 'group.xlsx');
function* candidates() {
  for (let i = 0; i < ROWS; i += 1) yield dispatchedWorker(i);
}
await writeRegistrationWorkbook(file, candidates());

// The floor: the same streaming parse, and the raw rows bulk-inserted into a bare table.
const db = server.database.db;
await db.execute(sql.raw(`create table bench_floor (${['row int', ...IMPORT_COLUMNS.map((c) => `"${c.key}" text`)].join(', ')})`));
const floorStart = performance.now();
for await (const batch of readImportSheet(file, ROWS + 1, 1000)) {
  const payload = JSON.stringify(batch.map(({ row, values }) => ({ row, ...values })));
  const columns = ['row', ...IMPORT_COLUMNS.map((c) => `"${c.key}"`)].join(', ');
  const types = ['row int', ...IMPORT_COLUMNS.map((c) => `"${c.key}" text`)].join(', ');
  await db.execute(sql`insert into bench_floor (${sql.raw(columns)}) select ${sql.raw(columns)} from json_to_recordset(${payload}::json) as r(${sql.raw(types)})`);
}
const floorMs = performance.now() - floorStart;
await db.execute(sql`drop table bench_floor`);

// Another user of the same server: signs in, then reads pages, over and over, until the import ends.
const latencies: number[] = [];
let importing = true;
let failures = 0;
async function otherClient() {
  while (importing) {
    const client = server.client();
    const timed = async (call: () => Promise<{ status: number }>) => {
      const start = performance.now();
      // A refused or reset request counts as a failure, and its time as waited.
      const status = await call().then(
        (r) => r.status,
        () => 0,
      );
      latencies.push(performance.now() - start);
      if (status === 0 || status >= 400) failures += 1;
    };
    await timed(() => client.post('/api/v1/auth/login', { username: 'huangpu-officer', password: DEMO_PASSWORD }));
    for (let i = 0; i < 5 && importing; i += 1) {
      await timed(() => client.get('/api/v1/auth/me'));
      await timed(() => client.get('/api/v1/notifications'));
      await timed(() => client.get('/api/health'));
      await timed(() => enterprise.get(`/api/v1/plans/${planId}/registrations`));
    }
  }
}

global.gc?.();
const rssBefore = process.memoryUsage().rss;
let peakRss = rssBefore;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const importStart = performance.now();
const other = otherClient();
const { view } = await startImport({
  ctx,
  keyring,
  dataDir: server.config.dataDir,
  planId,
  idempotencyKey: randomUUID(),
  mode: 'all_or_nothing',
  file: { fileName: 'group.xlsx', stream: fs.createReadStream(file), truncated: () => false },
  runner: server.database.runner,
});
let row: typeof registrationImports.$inferSelect | undefined;
for (;;) {
  [row] = await db.select().from(registrationImports).where(eq(registrationImports.id, view.id));
  if (row && row.status !== 'running') break;
  await new Promise((resolve) => setTimeout(resolve, 200));
}
const importMs = performance.now() - importStart;
importing = false;
await other;
clearInterval(sampler);
if (row!.status !== 'completed' || row!.acceptedRows !== ROWS)
  throw new Error(`import: ${row!.status} ${row!.acceptedRows}/${ROWS} ${row!.message ?? ''} ${JSON.stringify(row!.errors).slice(0, 300)}`);

const sorted = [...latencies].sort((a, b) => a - b);
const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
console.log(`registration import, ${ROWS} rows, PGlite in process, another client signing in and reading pages meanwhile`);
console.log(`  floor (stream-parse the file + bulk insert raw rows) : ${floorMs.toFixed(0)} ms`);
console.log(`  import (read + validate + judge + stage + move + audit): ${importMs.toFixed(0)} ms (${Math.round((ROWS / importMs) * 1000)} rows/s)`);
console.log(`  ratio                                                : ${(importMs / floorMs).toFixed(2)}× the floor (target ≤ 3×)`);
console.log(
  `  other client, ${latencies.length} requests             : p50 ${at(0.5).toFixed(0)} ms, p99 ${at(0.99).toFixed(0)} ms (target < 500), max ${sorted.at(-1)!.toFixed(0)} ms, ${failures} failed`,
);
console.log(`  peak memory while importing                          : +${Math.round((peakRss - rssBefore) / 1e6)} MB RSS over the idle process`);
await server.close();
fs.rmSync(dir, { recursive: true, force: true });
process.exit(0);
