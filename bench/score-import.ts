/**
 * Score sheet import on the embedded database: a skill session of 10 000 seated candidates and
 * three examiners, its sheet of 10 000 rows imported (read, checked against tickets and seats,
 * staged, written, combined, audited). Prints rows/s and peak memory (JavaScript heap and the
 * buffers outside it, PGlite's WebAssembly memory included) of the import against a
 * baseline measured in the same run on the same file: streaming it through the same reader
 * without doing anything else. Both as ratios. Run: npm run bench -- score-import
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { startTestServer } from '../packages/server/test/helpers/server.ts';
import { examWorld } from '../packages/server/test/helpers/exam-fixtures.ts';
import { SKILL_HEADER, writeScoreWorkbook, type ScoreSheetCell } from '../packages/server/test/helpers/score-workbook.ts';
import { startScoreImport } from '../packages/server/src/modules/scores/import/start-score-import.ts';
import { firstSheetRows } from '../packages/server/src/platform/files/xlsx.ts';
import { scoreImports } from '../packages/server/src/platform/db/schema.ts';
import { demoActor } from '../packages/server/src/seed/demo-enterprise.ts';
import { systemContext } from '../packages/server/src/boot.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiping-bench-'));

console.log(`preparing ${ROWS} seated candidates (group import, tickets, seats)…`);
const server = await startTestServer('pglite');
const world = await examWorld(server, { extraCandidates: ROWS - 1, components: ['skill'] });
const base = systemContext(server.database, server.clock, 'bench');
const ctx = { ...base, actor: await demoActor(base, 'enterprise-admin') };
const file = path.join(dir, 'scores.xlsx');
await writeScoreWorkbook(
  file,
  SKILL_HEADER,
  (function* (): Generator<ScoreSheetCell[]> {
    for (const [i, c] of world.candidates.entries()) yield [c.ticket, c.name, c.seat, 60 + (i % 40), 61.5 + (i % 38), 59 + (i % 41)];
  })(),
);

/** What the process holds: the JavaScript heap and the buffers outside it (PGlite's WebAssembly memory among them). */
const held = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};

/** Runs `work`, sampling memory every 20 ms: time taken and the peak above what was held before. */
async function measure(work: () => Promise<void>) {
  global.gc?.();
  const idle = held();
  let peak = idle;
  const sampler = setInterval(() => (peak = Math.max(peak, held())), 20);
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  clearInterval(sampler);
  peak = Math.max(peak, held());
  return { ms, peakMb: (peak - idle) / 1e6 };
}

// Baseline: the same file streamed through the same reader, nothing else.
let parsed = 0;
const parse = await measure(async () => {
  for await (const row of firstSheetRows(file)) if (row.values.length) parsed += 1;
});
if (parsed !== ROWS + 1) throw new Error(`parsed ${parsed} rows, expected ${ROWS + 1}`);

const db = server.database.db;
let status = '';
const run = await measure(async () => {
  const { view } = await startScoreImport({
    ctx,
    dataDir: server.config.dataDir,
    sessionId: world.sessions.skill!,
    idempotencyKey: randomUUID(),
    file: { fileName: 'scores.xlsx', stream: fs.createReadStream(file), truncated: () => false },
    runner: server.database.runner,
  });
  for (;;) {
    const [row] = await db.select().from(scoreImports).where(eq(scoreImports.id, view.id));
    if (row && row.status !== 'running') {
      status = `${row.status} ${row.acceptedRows}/${ROWS} ${row.message ?? ''} ${JSON.stringify(row.errors).slice(0, 300)}`;
      if (row.status !== 'completed' || row.acceptedRows !== ROWS) throw new Error(`import: ${status}`);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
});

const rate = (ms: number) => Math.round((ROWS / ms) * 1000);
console.log(`score sheet import, ${ROWS} rows × 3 examiners, PGlite in process`);
console.log(`  baseline (stream-parse the same file)          : ${parse.ms.toFixed(0)} ms, ${rate(parse.ms)} rows/s, peak +${parse.peakMb.toFixed(1)} MB held`);
console.log(`  import (read + check + stage + write + combine): ${run.ms.toFixed(0)} ms, ${rate(run.ms)} rows/s, peak +${run.peakMb.toFixed(1)} MB held`);
console.log(
  `  ratios                                         : ${(rate(run.ms) / rate(parse.ms)).toFixed(2)}× the baseline's rows/s, ${(run.ms / parse.ms).toFixed(2)}× its time, ${(run.peakMb / parse.peakMb).toFixed(2)}× its peak memory`,
);
await server.close();
fs.rmSync(dir, { recursive: true, force: true });
process.exit(0);
