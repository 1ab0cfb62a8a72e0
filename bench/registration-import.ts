/**
 * Group registration import: 100 000 candidate rows streamed from one .xlsx file, validated,
 * judged by the admission engine and written in batches of 1 000, against a baseline that writes
 * the same kind of rows one at a time (batch size 1) on a smaller file, in the same process.
 * Prints rows/s for each, the ratio, and the peak memory while importing. Run: npm run bench
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { startTestServer } from '../packages/server/test/helpers/server.ts';
import { openPlan } from '../packages/server/test/helpers/plan-fixtures.ts';
import { institutionIdOf } from '../packages/server/test/helpers/filing-fixtures.ts';
import { dispatchedWorker, writeRegistrationWorkbook } from '../packages/server/test/helpers/registration-workbook.ts';
import { startImport } from '../packages/server/src/modules/registrations/import/start-import.ts';
import { registrationImports } from '../packages/server/src/platform/db/schema.ts';
import { demoActor } from '../packages/server/src/seed/demo-enterprise.ts';
import { keyringFor, systemContext } from '../packages/server/src/boot.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const BASELINE_ROWS = Number(process.env.BENCH_BASELINE_ROWS ?? 2_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiping-bench-'));

const server = await startTestServer('pglite');
const enterprise = await server.as('enterprise-admin');
const pudong = await server.as('pudong-officer');
const enterpriseId = await institutionIdOf(enterprise);
const base = systemContext(server.database, server.clock, 'bench');
const ctx = { ...base, actor: await demoActor(base, 'enterprise-admin') };
const keyring = keyringFor(server.config);

async function run(label: string, rows: number, offset: number, batchSize: number) {
  const planId = (await openPlan(enterprise, pudong, enterpriseId, { expectedCandidates: 40 })).id;
  const file = path.join(dir, `${label}.xlsx`);
  function* candidates() {
    for (let i = 0; i < rows; i += 1) yield dispatchedWorker(offset + i);
  }
  await writeRegistrationWorkbook(file, candidates());
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  let peakHeap = 0;
  const sampler = setInterval(() => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  }, 50);
  const start = performance.now();
  const { view } = await startImport({
    ctx,
    keyring,
    dataDir: server.config.dataDir,
    planId,
    idempotencyKey: randomUUID(),
    mode: 'all_or_nothing',
    file: { fileName: `${label}.xlsx`, stream: fs.createReadStream(file), truncated: () => false },
    runner: server.database.runner,
    batchSize,
  });
  let row: typeof registrationImports.$inferSelect | undefined;
  for (;;) {
    [row] = await server.database.db.select().from(registrationImports).where(eq(registrationImports.id, view.id));
    if (row && row.status !== 'running') break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const ms = performance.now() - start;
  clearInterval(sampler);
  if (row!.status !== 'completed' || row!.acceptedRows !== rows) throw new Error(`${label}: ${row!.status} ${row!.acceptedRows}/${rows} ${row!.message ?? ''} ${JSON.stringify(row!.errors).slice(0, 300)}`);
  return { ms, rate: Math.round((rows / ms) * 1000), peakRssMb: Math.round((peakRss - rssBefore) / 1e6), peakHeapMb: Math.round(peakHeap / 1e6) };
}

const baseline = await run('baseline', BASELINE_ROWS, 500_000, 1);
const batched = await run('batched', ROWS, 0, 1000);
console.log(`registration import, ${ROWS} rows (baseline ${BASELINE_ROWS} rows), PGlite in process`);
console.log(`  baseline, one row per statement : ${baseline.ms.toFixed(0)} ms  (${baseline.rate} rows/s)`);
console.log(`  streamed, 1 000 rows per batch  : ${batched.ms.toFixed(0)} ms  (${batched.rate} rows/s, read + validate + judge + write + audit)`);
console.log(`  ratio                           : ${(batched.rate / baseline.rate).toFixed(2)}× the baseline's rows/s`);
console.log(`  peak memory while importing     : +${batched.peakRssMb} MB RSS over the idle process, heap peak ${batched.peakHeapMb} MB`);
await server.close();
fs.rmSync(dir, { recursive: true, force: true });
process.exit(0);
