/**
 * Catalogue import: the set-based import (jsonb_to_recordset, a handful of statements) against a
 * baseline that writes the same rows one statement at a time, both on a fresh in-process PGlite.
 * Prints rows/s for each and the ratio. Run: npm run bench
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { systemActor } from '@jiping/domain';
import { openDatabase } from '../packages/server/src/platform/db/client.ts';
import { migrateDatabase } from '../packages/server/src/platform/db/migrate.ts';
import { importCatalogue } from '../packages/server/src/modules/catalogue/import-catalogue.ts';
import type { ServiceContext } from '../packages/server/src/platform/context.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 3000);

function occupations(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const code = `${1 + (i % 8)}-${String(Math.floor(i / 8) % 100).padStart(2, '0')}-${String(Math.floor(i / 800) % 100).padStart(2, '0')}-${String(i % 97).padStart(2, '0')}`;
    return { code, nameZh: `职业${i}`, workTypes: [`工种${i}A`, `工种${i}B`], levels: [5, 4, 3] };
  });
}

async function fresh(): Promise<ServiceContext> {
  const database = await openDatabase({ databaseUrl: null, dataDir: 'memory://' });
  await migrateDatabase(database);
  return { actor: systemActor('bench'), db: database.db, requestId: null, now: () => new Date(), locale: 'zh-CN' };
}

const data = occupations(ROWS).filter((o, i, all) => all.findIndex((x) => x.code === o.code) === i);
const csv = ['职业编码,职业名称,工种,等级,标准版本', ...data.map((o) => `${o.code},${o.nameZh},${o.workTypes.join('|')},${o.levels.join('|')},2018`)].join('\n');

// Baseline: one INSERT per occupation, work type and level, in one transaction.
const baselineCtx = await fresh();
let start = performance.now();
await baselineCtx.db.transaction(async (tx) => {
  for (const o of data) {
    await tx.execute(sql`insert into occupations (code, name_zh, standard_version, verified) values (${o.code}, ${o.nameZh}, '2018', true)`);
    for (const w of o.workTypes) await tx.execute(sql`insert into occupation_work_types (occupation_code, name) values (${o.code}, ${w})`);
    for (const l of o.levels) await tx.execute(sql`insert into occupation_levels (occupation_code, level) values (${o.code}, ${l})`);
  }
});
const baselineMs = performance.now() - start;

const ctx = await fresh();
start = performance.now();
const result = await importCatalogue({ ctx, file: Buffer.from(csv), fileName: 'bench.csv' });
const importMs = performance.now() - start;
if (!result.ok) throw new Error(`bench import failed: ${JSON.stringify(result.errors.slice(0, 3))}`);

const rate = (ms: number) => Math.round((data.length / ms) * 1000);
console.log(`catalogue import, ${data.length} occupations (${data.length * 5} rows written)`);
console.log(`  baseline, row by row : ${baselineMs.toFixed(0)} ms  (${rate(baselineMs)} occupations/s)`);
console.log(`  set-based import     : ${importMs.toFixed(0)} ms  (${rate(importMs)} occupations/s, parse + validate + write + audit)`);
console.log(`  ratio                : ${(baselineMs / importMs).toFixed(2)}× faster than the baseline`);
process.exit(0);
