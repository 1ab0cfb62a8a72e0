/**
 * The 双随机 draw, in memory and through the database. Run: npm run bench -- draw
 * (BENCH_PARTIES, BENCH_INSPECTORS and BENCH_DB_PARTIES change the sizes).
 *
 * 1. `runDraw` over BENCH_PARTIES (default 100 000) parties in four risk classes and
 *    BENCH_INSPECTORS (default 5 000) inspectors, 2 % of whom declared a conflict with some party,
 *    at the default ratios, three inspectors per target and 异地交叉检查. Baselines measured in the
 *    same process: (a) the MD5 digests alone that the draw's picks need (one per pick, RFC 3797's
 *    primitive, over a key string of the same length), and (b) canonical JSON + SHA-256 of the
 *    candidate lists (what publishing and checking the digest cost). The draw also splices its
 *    remaining list once per pick and scans the pool once per target, which the ratio shows.
 * 2. `verifyDrawRecord` on the record of that draw (digest, commitment, a full re-run and the
 *    comparison of the picks), against the draw itself.
 * 3. Through the database at a smaller scale (BENCH_DB_PARTIES, default 5 000 parties and 300
 *    inspectors, on PGlite): publishing (two set-based reads, the digest, one write) and the draw
 *    (record, then inspections and assignments in chunks of 500), against a bare bulk insert of
 *    the same number of inspection rows into a scratch table.
 *
 * Timings are for reading, never asserted.
 */
import { performance } from 'node:perf_hooks';
import { md5 } from '@noble/hashes/legacy';
import { sql } from 'drizzle-orm';
import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import {
  candidatesDigest,
  canonicalJson,
  commitmentOf,
  RISK_CLASSES,
  runDraw,
  targetCount,
  verifyDrawRecord,
  DEFAULT_RISK_RATIOS,
  type DrawCandidates,
  type DrawRecord,
  type RiskClass,
} from '@jiping/domain';
import { startTestServer } from '../packages/server/test/helpers/server.ts';
import { insertInspectors, insertItem, insertParties } from '../packages/server/test/helpers/draw-fixtures.ts';
import { bulkInsert } from '../packages/server/src/platform/db/bulk-insert.ts';

const PARTIES = Number(process.env.BENCH_PARTIES ?? 100_000);
const INSPECTORS = Number(process.env.BENCH_INSPECTORS ?? 5_000);
const DB_PARTIES = Number(process.env.BENCH_DB_PARTIES ?? 5_000);
const DISTRICTS = ['310101', '310104', '310105', '310106', '310107', '310109', '310110', '310112', '310113', '310114', '310115', '310116', '310117', '310118', '310120', '310151'];

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

// ── 1. The draw in memory ─────────────────────────────────────────────────────────────────────
const classOf = (i: number): RiskClass => (i % 20 === 0 ? 'A' : i % 5 === 0 ? 'C' : i % 23 === 0 ? 'D' : 'B');
const candidates: DrawCandidates = {
  parties: Array.from({ length: PARTIES }, (_, i) => ({ code: `沪评备2026${String(i).padStart(7, '0')}`, name: `机构 ${i}`, districtCode: DISTRICTS[i % DISTRICTS.length]!, riskClass: classOf(i) })),
  inspectors: Array.from({ length: INSPECTORS }, (_, i) => ({
    code: `ZF${String(i).padStart(6, '0')}`,
    name: `检查员 ${i}`,
    department: i % 3 === 0 ? 'city' : `district:${DISTRICTS[i % DISTRICTS.length]}`,
    conflicts: i % 50 === 0 ? [`沪评备2026${String((i * 7) % PARTIES).padStart(7, '0')}`] : [],
  })),
};
const rules = { ratios: DEFAULT_RISK_RATIOS, inspectorsPerTarget: 3, excludeLocalDistrict: true };
const secret = '918273645501928374650192837465';
const entropy = {
  witnesses: [
    { name: '王见证', values: ['381', '27'] },
    { name: '李见证', values: ['42'] },
  ],
  publicSource: { description: '双色球', value: '0305122328311207'.replace(/^0+/, '') },
};
const targets = RISK_CLASSES.reduce((sum, c) => sum + targetCount(candidates.parties.filter((p) => p.riskClass === c).length, rules.ratios[c]), 0);
const picks = targets + targets * rules.inspectorsPerTarget;
console.log(`draw over ${PARTIES} parties and ${INSPECTORS} inspectors: ${targets} targets, ${picks} picks`);

const drawn = time(() => runDraw(candidates, rules, secret, entropy));
if (!drawn.value.ok) throw new Error(`the draw refused: ${JSON.stringify(drawn.value.problem)}`);
const key = `${drawn.value.keyString}9999./`;
const message = new Uint8Array(new TextEncoder().encode(key).length + 4);
const digests = time(() => {
  for (let i = 0; i < picks; i += 1) {
    message[0] = (i >> 8) & 0xff;
    message[1] = i & 0xff;
    md5(message);
  }
});
const hashed = time(() => candidatesDigest(candidates));
console.log(`  runDraw                          ${seconds(drawn.ms)}`);
console.log(`  baseline (a) ${picks} MD5 digests   ${seconds(digests.ms)}  → draw ${(drawn.ms / digests.ms).toFixed(1)}× the digests alone`);
console.log(`  baseline (b) canonical JSON + SHA-256 of the lists ${seconds(hashed.ms)}  → draw ${(drawn.ms / hashed.ms).toFixed(1)}× the digest of the lists`);

// ── 2. Verifying the record ─────────────────────────────────────────────────────────────────
const record: DrawRecord = {
  format: 'jiping-draw/1',
  task: { number: '沪技督抽〔2026〕1号', title: '基准', department: 'city', item: 'JC-01', scope: {}, committedAt: new Date().toISOString() },
  rules,
  candidates,
  candidatesDigest: hashed.value,
  commitment: commitmentOf(secret),
  secret,
  entropy,
  keyString: drawn.value.keyString,
  drawnAt: new Date().toISOString(),
  picks: drawn.value.picks,
};
const verified = time(() => verifyDrawRecord(JSON.parse(canonicalJson(record)) as DrawRecord));
if (!verified.value.matches) throw new Error('the record did not verify');
console.log(`  verifyDrawRecord (parse + re-run) ${seconds(verified.ms)}  → ${(verified.ms / drawn.ms).toFixed(2)}× the draw`);

// ── 3. Through the database ──────────────────────────────────────────────────────────────────
console.log(`\nthrough the database (PGlite): ${DB_PARTIES} parties, 300 inspectors`);
const server = await startTestServer('pglite');
try {
  const itemId = await insertItem(server.database);
  await insertParties(
    server.database,
    Array.from({ length: DB_PARTIES }, (_, i) => ({ districtCode: DISTRICTS[i % DISTRICTS.length]!, ...(i % 20 === 0 ? { riskClass: 'A' as const } : {}) })),
  );
  await insertInspectors(
    server.database,
    Array.from({ length: 300 }, (_, i) => ({
      code: `ZF-B-${String(i).padStart(4, '0')}`,
      name: `检查员 ${i}`,
      departmentKind: i % 2 ? ('city' as const) : ('district' as const),
      districtCode: i % 2 ? undefined : DISTRICTS[i % 16],
    })),
  );
  const city = await server.as('city-admin');
  const created = await city.post('/api/v1/inspection-tasks', { title: '基准任务', inspectionItemId: itemId, witnesses: ['王见证', '李见证'] });
  let start = performance.now();
  const published = await city.post(`/api/v1/inspection-tasks/${created.body.id}/publish`, { version: created.body.version });
  const publishMs = performance.now() - start;
  if (published.status !== 200) throw new Error(JSON.stringify(published.body));
  start = performance.now();
  const draw = await city.post(`/api/v1/inspection-tasks/${created.body.id}/draw`, { version: published.body.version, witnesses: entropy.witnesses });
  const drawMs = performance.now() - start;
  if (draw.status !== 200) throw new Error(JSON.stringify(draw.body));
  const written = draw.body.draw.targets.length as number;
  // Baseline: the same number of rows, bulk-inserted bare into a scratch table.
  await server.database.db.execute(sql`create table bench_scratch (id uuid primary key default gen_random_uuid(), number text not null, title text not null)`);
  const scratch = pgTable('bench_scratch', { id: uuid('id').primaryKey().defaultRandom(), number: text('number').notNull(), title: text('title').notNull() });
  start = performance.now();
  await bulkInsert(
    server.database.db,
    scratch,
    Array.from({ length: written }, (_, i) => ({ number: `JC2026${String(i).padStart(6, '0')}`, title: `基准任务：机构 ${i}` })),
  );
  const floorMs = performance.now() - start;
  console.log(`  publish (lists, digest, commitment) ${seconds(publishMs)}`);
  console.log(`  draw (record + ${written} inspections with ${written * 2} assignments, over HTTP) ${seconds(drawMs)}`);
  console.log(`  baseline: bulk insert of ${written} bare rows ${seconds(floorMs)}  → draw ${(drawMs / floorMs).toFixed(1)}× the floor`);
} finally {
  await server.close();
}
