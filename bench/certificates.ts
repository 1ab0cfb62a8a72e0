/**
 * Certificates on the embedded database (PGlite), three measurements, each against a baseline
 * taken in the same run. Run: npm run bench -- certificates (BENCH_ROWS changes the batch size).
 *
 * 1. Issuance. A plan whose results are final with BENCH_ROWS (default 10 000) passed candidates
 *    (group import, then scores, publication and finality written as the results fixtures do),
 *    one of them certified first so a real number can be looked up. The batch then goes through
 *    `issueCertificates` with each committed chunk sealed at once by `sealCredentials`, exactly as
 *    the issue route wires it. Baseline, the floor of the same work: the same certificates read
 *    back with their holders' sealed ID numbers, each ID number unsealed, its credential built and
 *    signed with the institution's key (Ed25519, the same calls the seal makes), and the signed
 *    rows bulk-inserted into a bare scratch table. The floor is what issuance cannot avoid
 *    (signing and writing every row); the ratio shows what numbering, the checks, the chunked
 *    transactions and the audit cost on top.
 *    While the batch runs, other users keep using the server over HTTP: concurrent loops of
 *    GET /api/v1/auth/me (signed in) and GET /api/v1/public/certificates/<number>. Their p50/p99
 *    are compared with the same loops run before the batch (baseline): the batch must leave the
 *    single connection to others between chunks.
 * 2. Verification throughput: GET /api/v1/public/certificates/<number> over the issued numbers
 *    with concurrency, against GET /api/health (one database round trip) run the same way.
 *    The look-up is limited to 60 per client address per minute (modules/verification/routes.ts)
 *    and the server trusts no proxy header, so the production limiter stays as it is and the
 *    bench sends from distinct loopback addresses (127.2.x.y, at most 50 requests each): every
 *    request is served, none refused. A 429 fails the run rather than counting as a fast answer.
 * 3. Weight of the public verification page: gzip (zlib level 6) of the JavaScript and CSS that
 *    packages/web/dist/verify.html loads at once (its script, module preloads and stylesheets,
 *    and their static imports; lazy `import()` chunks are not counted), against the signed-in
 *    app's index.html measured the same way, and against the 150 KB target. The web app is built
 *    first (`npm run build`).
 *
 * Timings are for reading, never asserted.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { eq, sql } from 'drizzle-orm';
import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { addDays } from '@jiping/domain';
import { startTestServer, DEMO_PASSWORD } from '../packages/server/test/helpers/server.ts';
import { examWorld } from '../packages/server/test/helpers/exam-fixtures.ts';
import { signOffSessions } from '../packages/server/test/helpers/results-fixtures.ts';
import { shanghaiMorning } from '../packages/server/test/helpers/certificate-fixtures.ts';
import { issueCertificates, type AfterCertificateChunk } from '../packages/server/src/modules/certificates/index.ts';
import { sealCredentials } from '../packages/server/src/modules/credentials/index.ts';
import { recordFinalResults } from '../packages/server/src/modules/results/index.ts';
import { institutionKey, privateJwkOf } from '../packages/server/src/modules/credentials/signing-keys.ts';
import { certificateCredential } from '../packages/server/src/modules/credentials/vc/credential.ts';
import { signJson, VC_JWT_TYP } from '../packages/server/src/modules/credentials/vc/jws.ts';
import { unseal } from '../packages/server/src/platform/crypto/pii.ts';
import { bulkInsert } from '../packages/server/src/platform/db/bulk-insert.ts';
import { rows } from '../packages/server/src/platform/db/client.ts';
import { certificates, persons } from '../packages/server/src/platform/db/schema.ts';
import { demoActor } from '../packages/server/src/seed/demo-enterprise.ts';
import { keyringFor, systemContext } from '../packages/server/src/boot.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
/** Concurrent loops of other users, and how long the before-batch baseline of those loops runs. */
const OTHER_USERS = 4;
const BASELINE_MS = 5_000;
/** Requests and concurrency of the verification throughput measurement (and of its /api/health baseline). */
const VERIFY_REQUESTS = Math.min(3_000, Math.max(500, ROWS));
const VERIFY_CONCURRENCY = 8;
/** The page-weight target of the public verification page (gzipped JS + CSS). */
const PAGE_TARGET_KB = 150;

const root = path.resolve(import.meta.dirname, '..');

// ── 3 first: build the web app and weigh the pages (before the server takes the CPU) ──────────
console.log('building the web app (npm run build)…');
const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
if (build.status !== 0) throw new Error('npm run build failed');
const dist = path.join(root, 'packages/web/dist');

/** The JS and CSS a page loads at once: what its HTML references, and the static imports of those modules. */
function pageWeight(htmlFile: string) {
  const html = fs.readFileSync(path.join(dist, htmlFile), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!.slice(1));
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = fs.readFileSync(path.join(dist, file), 'utf8');
    // Static imports only (`import … from "./x.js"`, `import "./x.js"`); `import("./x.js")` loads later, on demand.
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.\/[^"']+\.(?:js|css))["']/g)) queue.push(path.posix.join('assets', m[1]!));
  }
  let raw = 0;
  let gzipped = 0;
  for (const file of seen) {
    const content = fs.readFileSync(path.join(dist, file));
    raw += content.length;
    gzipped += zlib.gzipSync(content, { level: 6 }).length;
  }
  return { files: seen.size, rawKb: raw / 1024, gzKb: gzipped / 1024 };
}
const verifyPage = pageWeight('verify.html');
const appPage = pageWeight('index.html');

// ── Preparation: BENCH_ROWS + 1 final passed results ───────────────────────────────────────────
const prepStart = performance.now();
console.log(`preparing ${ROWS + 1} final passed results (group import, scores, publication, finality)…`);
const server = await startTestServer('pglite');
const examDate = '2026-04-01';
const world = await examWorld(server, { examDate, extraCandidates: ROWS, components: [] });
await signOffSessions(server.database, world.planId, Object.fromEntries(world.candidates.map((c) => [c.registrationId, { theory: 80, skill: 75 }])));
server.clock.set(shanghaiMorning(addDays(examDate, 2)));
const enterprise = await server.as('enterprise-admin');
const published = await enterprise.post(`/api/v1/plans/${world.planId}/results/publication`, {});
if (published.status !== 200) throw new Error(`publish: ${published.status} ${JSON.stringify(published.body).slice(0, 300)}`);
server.clock.set(shanghaiMorning(addDays(published.body.publication.endsOn as string, 2)));
await recordFinalResults(systemContext(server.database, server.clock, 'results-final'), { planId: world.planId });

const keyring = keyringFor(server.config);
const publicUrl = server.config.publicUrl;
const base = systemContext(server.database, server.clock, 'bench');
const ctx = { ...base, actor: await demoActor(base, 'enterprise-admin') };
// The seal the issue route runs after each committed chunk (modules/certificates/routes.ts).
const seal: AfterCertificateChunk = async (chunkCtx, ids) => {
  await sealCredentials(chunkCtx, keyring, publicUrl, ids);
};
// One certificate first, so the other users have a real number to look up before the batch.
await issueCertificates({ ctx, planId: world.planId, input: { registrationIds: [world.candidates[0]!.registrationId] }, afterChunk: seal });
const db = server.database.db;
const [known] = await db.select({ number: certificates.number }).from(certificates).where(eq(certificates.planId, world.planId));
console.log(`  prepared in ${((performance.now() - prepStart) / 1000).toFixed(0)} s`);

// ── HTTP from distinct loopback addresses ──────────────────────────────────────────────────────
const { hostname, port } = new URL(server.baseUrl);
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
let sent = 0;
/** One GET; the client address changes every 50 requests, so no address nears the 60-a-minute look-up limit. */
function get(pathname: string, cookie?: string): Promise<{ status: number; ms: number }> {
  const n = sent++;
  const address = Math.floor(n / 50);
  const localAddress = `127.2.${Math.floor(address / 250)}.${1 + (address % 250)}`;
  const start = performance.now();
  return new Promise((resolve) => {
    const request = http.get({ hostname, port, path: pathname, agent, localAddress, headers: cookie ? { cookie } : {} }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, ms: performance.now() - start }));
    });
    // A refused or reset request counts as a failure, and its time as waited.
    request.on('error', () => resolve({ status: 0, ms: performance.now() - start }));
  });
}

async function signIn(username: string) {
  const response = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`login ${username}: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
}
const cookies = await Promise.all(['huangpu-officer', 'pudong-officer', 'enterprise-admin', 'candidate-2'].slice(0, OTHER_USERS).map(signIn));

/** Other users: each loop reads its own account and looks a certificate up, until `running()` turns false. */
async function otherUsers(running: () => boolean) {
  const latencies: number[] = [];
  let failures = 0;
  await Promise.all(
    cookies.map(async (cookie) => {
      while (running()) {
        for (const call of [() => get('/api/v1/auth/me', cookie), () => get(`/api/v1/public/certificates/${known!.number}`)]) {
          const { status, ms } = await call();
          latencies.push(ms);
          if (status !== 200) failures += 1;
        }
      }
    }),
  );
  const sorted = latencies.sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { count: sorted.length, failures, p50: at(0.5), p99: at(0.99), max: sorted.at(-1)! };
}

// ── 1. Issuance, with other users meanwhile ────────────────────────────────────────────────────
const baselineEnd = performance.now() + BASELINE_MS;
const quiet = await otherUsers(() => performance.now() < baselineEnd);

let issuing = true;
const during = otherUsers(() => issuing);
const issueStart = performance.now();
const batch = await issueCertificates({ ctx, planId: world.planId, input: {}, afterChunk: seal });
const issueMs = performance.now() - issueStart;
issuing = false;
const busy = await during;
const [counted] = await rows<{ sealed: number }>(db, sql`select count(*)::int as sealed from certificates where plan_id = ${world.planId} and credential is not null`);
if (batch.status !== 'done' || batch.issued !== ROWS || counted?.sealed !== ROWS + 1) throw new Error(`batch: ${batch.status} ${batch.issued}/${ROWS}, ${counted?.sealed} sealed`);

// The floor: the same certificates signed as the seal signs them, and written by a plain bulk insert.
const benchFloor = pgTable('bench_floor', { id: uuid('id').notNull(), number: text('number').notNull(), credential: text('credential').notNull() });
await db.execute(sql`create table bench_floor (id uuid not null, number text not null, credential text not null)`);
const floorStart = performance.now();
const issued = await db
  .select({ certificate: certificates, idNumberSealed: persons.idNumberSealed })
  .from(certificates)
  .innerJoin(persons, eq(persons.id, certificates.personId))
  .where(eq(certificates.batchId, batch.id));
const key = await institutionKey(base, keyring, publicUrl, world.institutionId);
const privateJwk = privateJwkOf(keyring, key);
const signed = [];
for (const { certificate: c, idNumberSealed } of issued) {
  const credential = certificateCredential(publicUrl, { ...c, idNumber: unseal(keyring, 'id_number', idNumberSealed) }, base.now());
  signed.push({ id: c.id, number: c.number, credential: await signJson(credential, privateJwk, key.kid, { typ: VC_JWT_TYP, cty: 'vc' }) });
}
await bulkInsert(db, benchFloor, signed);
const floorMs = performance.now() - floorStart;
await db.execute(sql`drop table bench_floor`);

// ── 2. Verification throughput against /api/health ─────────────────────────────────────────────
const numbers = issued.map((i) => i.certificate.number);
async function throughput(pathOf: (i: number) => string) {
  let next = 0;
  let failures = 0;
  let refused = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: VERIFY_CONCURRENCY }, async () => {
      while (next < VERIFY_REQUESTS) {
        const { status } = await get(pathOf(next++));
        if (status === 429) refused += 1;
        else if (status !== 200) failures += 1;
      }
    }),
  );
  const ms = performance.now() - start;
  if (refused) throw new Error(`${refused} requests refused by the rate limit: the measurement would not be honest`);
  return { ms, perSecond: (VERIFY_REQUESTS / ms) * 1000, failures };
}
await throughput(() => '/api/health'); // warm-up of both paths
await throughput((i) => `/api/v1/public/certificates/${numbers[i % numbers.length]}`);
const health = await throughput(() => '/api/health');
const verify = await throughput((i) => `/api/v1/public/certificates/${numbers[(i * 7919) % numbers.length]}`);

// ── Report ─────────────────────────────────────────────────────────────────────────────────────
const rate = (rows: number, ms: number) => Math.round((rows / ms) * 1000);
const f = (ms: number) => ms.toFixed(0);
console.log(`certificates, PGlite in process`);
console.log(`1. issuance of one batch of ${ROWS} (chunks of 250, each sealed after it commits)`);
console.log(`  floor (unseal ID + build + sign every credential, bulk insert the rows): ${f(floorMs)} ms, ${rate(ROWS, floorMs)} certificates/s`);
console.log(`  issueCertificates + sealCredentials after each chunk               : ${f(issueMs)} ms, ${rate(ROWS, issueMs)} certificates/s`);
console.log(`  ratio                                                              : ${(issueMs / floorMs).toFixed(2)}× the floor's time`);
console.log(
  `  other users before (${OTHER_USERS} loops, ${quiet.count} requests)          : p50 ${quiet.p50.toFixed(1)} ms, p99 ${quiet.p99.toFixed(1)} ms, max ${f(quiet.max)} ms, ${quiet.failures} failed`,
);
console.log(`  other users during the batch (${busy.count} requests)             : p50 ${busy.p50.toFixed(1)} ms, p99 ${busy.p99.toFixed(1)} ms, max ${f(busy.max)} ms, ${busy.failures} failed`);
console.log(`  ratios                                                             : p50 ${(busy.p50 / quiet.p50).toFixed(1)}×, p99 ${(busy.p99 / quiet.p99).toFixed(1)}× the baseline's`);
console.log(`2. verification over HTTP, ${VERIFY_REQUESTS} requests, ${VERIFY_CONCURRENCY} at a time, distinct client addresses`);
console.log(`  baseline GET /api/health                         : ${f(health.ms)} ms, ${Math.round(health.perSecond)} requests/s, ${health.failures} failed`);
console.log(`  GET /api/v1/public/certificates/<number>         : ${f(verify.ms)} ms, ${Math.round(verify.perSecond)} verifications/s, ${verify.failures} failed`);
console.log(`  ratio                                            : ${(verify.perSecond / health.perSecond).toFixed(2)}× the baseline's requests/s`);
console.log(`3. page weight, gzipped JS + CSS loaded at once`);
console.log(`  baseline: signed-in app (index.html)             : ${appPage.files} files, ${appPage.rawKb.toFixed(1)} KB raw, ${appPage.gzKb.toFixed(1)} KB gzipped`);
console.log(`  verification page (verify.html)                  : ${verifyPage.files} files, ${verifyPage.rawKb.toFixed(1)} KB raw, ${verifyPage.gzKb.toFixed(1)} KB gzipped`);
console.log(
  `  ratios                                           : ${(verifyPage.gzKb / appPage.gzKb).toFixed(2)}× the app's weight; ${((verifyPage.gzKb / PAGE_TARGET_KB) * 100).toFixed(0)}% of the ${PAGE_TARGET_KB} KB target`,
);
agent.destroy();
await server.close();
process.exit(0);
