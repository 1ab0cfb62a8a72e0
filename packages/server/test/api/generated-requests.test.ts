import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { dbTargets } from '../helpers/database.ts';
import type { HttpClient, HttpResponse } from '../helpers/http.ts';
import { operationsOf, requestFor, SeenValues, urlFor, type Operation, type RequestCase } from '../helpers/openapi-requests.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

// Every operation of the OpenAPI document, as every kind of user and anonymously, with bodies,
// parameters and ids that follow the schemas, break them, or name rows that exist. No answer may
// be a 5xx, and every refusal must be problem+json. Routes added later are covered because the
// requests come from the document. FUZZ_RUNS sets the number of requests (a longer run: 50000),
// FUZZ_SEED replays a run.
const RUNS = Number(process.env.FUZZ_RUNS ?? 5_000);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const CONCURRENCY = 4;
const ROLES = [
  null,
  'city-admin',
  'pudong-officer',
  'huangpu-officer',
  'industry-officer',
  'inspector-1',
  'enterprise-admin',
  'enterprise-examiner',
  'social-admin',
  'school-admin',
  'candidate-1',
  'candidate-2',
] as const;
type Role = (typeof ROLES)[number];

interface Job {
  operation: Operation;
  role: Role;
  request: RequestCase;
}

interface Failure {
  operation: string;
  role: string;
  url: string;
  status: number | string;
  excerpt: string;
}

for (const target of dbTargets()) {
  describe(`requests generated from the OpenAPI document [${target}]`, () => {
    let server: TestServer;
    const clients = new Map<Role, HttpClient>();
    const seen = new SeenValues();
    let operations: Operation[] = [];
    let webDist = '';

    before(async () => {
      // A stand-in for the built web app: this tests the server, whether or not the web build ran.
      webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'jiping-web-'));
      fs.mkdirSync(path.join(webDist, 'assets'));
      fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>技评</title><script type="module" src="/assets/app.js"></script>');
      fs.writeFileSync(path.join(webDist, 'assets/app.js'), 'export {};');
      server = await startTestServer(target, { webDist });
      operations = operationsOf((await server.client().get('/api/openapi.json')).body);
      clients.set(null, server.client());
      for (const role of ROLES) if (role) clients.set(role, await server.as(role));
      // Real ids and versions to aim at: what each role's own lists show.
      for (const client of clients.values()) {
        for (const operation of operations) {
          if (operation.method !== 'GET' || operation.template.includes('{') || !operation.template.startsWith('/api/v1/')) continue;
          const response = await client.get(operation.template);
          if (response.status === 200 && typeof response.body === 'object') seen.learn(response.body);
        }
      }
    });
    after(async () => {
      await server?.close();
      fs.rmSync(webDist, { recursive: true, force: true });
    });

    test(`${RUNS} requests over every operation and role: no 5xx, every error problem+json`, { timeout: 30 * 60_000 }, async () => {
      console.log(`  fuzz seed ${SEED} (FUZZ_SEED=${SEED} replays), ${operations.length} operations, ${RUNS} requests`);
      const started = Date.now();
      const failures: Failure[] = [];
      const statuses = new Map<number | string, number>();
      const spent = new Map<Operation, { ms: number; count: number }>();
      const samples = new Map<Operation, RequestCase[]>();
      const sample = (operation: Operation, count: number, round: number) => fc.sample(requestFor(operation), { numRuns: count, seed: SEED + round * 10_007 + operations.indexOf(operation) });

      const run = async (jobs: Job[]) => {
        let next = 0;
        const worker = async () => {
          while (next < jobs.length) {
            const job = jobs[next++]!;
            const begun = Date.now();
            const outcome = await send(job.operation, job.role, job.request);
            const cost = spent.get(job.operation) ?? { ms: 0, count: 0 };
            spent.set(job.operation, { ms: cost.ms + Date.now() - begun, count: cost.count + 1 });
            if ('failure' in outcome) failures.push(outcome.failure);
            const status = 'failure' in outcome ? outcome.failure.status : outcome.status;
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
          }
        };
        await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      };

      // Round one: every operation as every role, so no pair is left out of a run.
      const coverage: Job[] = [];
      operations.forEach((operation, index) => {
        const requests = sample(operation, ROLES.length, 0);
        samples.set(operation, requests);
        requests.forEach((request, k) => coverage.push({ operation, role: ROLES[(k + index) % ROLES.length] as Role, request }));
      });
      await run(shuffled(coverage, SEED));

      // Round two: the rest of the budget, more of it to cheap operations, so that a slow one
      // (an Excel file built per request) does not eat the run's time; every one gets some.
      const remaining = Math.max(0, RUNS - coverage.length);
      const weights = operations.map((operation) => {
        const cost = spent.get(operation)!;
        return 1 / Math.max(cost.ms / cost.count, 3);
      });
      const total = weights.reduce((a, b) => a + b, 0);
      const more: Job[] = [];
      operations.forEach((operation, index) => {
        const count = Math.max(2, Math.ceil((remaining * weights[index]!) / total));
        sample(operation, count, 1).forEach((request, k) => more.push({ operation, role: ROLES[(k * 7 + index) % ROLES.length] as Role, request }));
      });
      await run(shuffled(more, SEED + 1));

      const count = coverage.length + more.length;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const costly = [...spent].sort((a, b) => b[1].ms - a[1].ms).slice(0, 4);
      console.log(`  ${count} requests in ${seconds} s; statuses ${[...statuses].map(([status, n]) => `${status}×${n}`).join(' ')}`);
      console.log(`  most time: ${costly.map(([op, cost]) => `${op.method} ${op.template} ${cost.count}× ${(cost.ms / 1000).toFixed(1)} s`).join('; ')}`);
      assert.ok(count >= RUNS, `only ${count} requests were sent`);
      assert.equal(failures.length, 0, summarise(failures));
    });

    async function send(operation: Operation, role: Role, request: RequestCase): Promise<{ status: number } | { failure: Failure }> {
      const client = clients.get(role)!;
      const resolved: RequestCase = { ...request, path: seen.resolve(request.path) as RequestCase['path'], query: seen.resolve(request.query) as RequestCase['query'] };
      const url = urlFor(operation, resolved);
      const headers: Record<string, string> = resolved.english ? { 'accept-language': 'en' } : {};
      const fail = (status: number | string, excerpt: string) => ({
        failure: { operation: `${operation.method} ${operation.template}`, role: role ?? 'anonymous', url: url.slice(0, 160), status, excerpt: excerpt.slice(0, 300) },
      });
      let response: HttpResponse;
      try {
        response = await dispatch(client, operation.method, url, resolved, headers);
      } catch (error) {
        return fail('no answer', String((error as Error)?.cause ?? error));
      }
      if (response.status === 200 || response.status === 201) seen.learn(response.body);
      if (operation.template === '/api/v1/auth/logout' && role) clients.set(role, await server.as(role));
      const type = response.headers.get('content-type') ?? '';
      const body = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
      if (response.status >= 500) return fail(response.status, body);
      if (response.status >= 400 && !type.startsWith('application/problem+json')) return fail(response.status, `not problem+json (${type}): ${body}`);
      if (!response.headers.get('content-security-policy') || response.headers.get('x-content-type-options') !== 'nosniff') return fail(response.status, 'security headers missing');
      return { status: response.status };
    }
  });
}

async function dispatch(client: HttpClient, method: string, url: string, request: RequestCase, headers: Record<string, string>): Promise<HttpResponse> {
  const body = request.body;
  switch (body.kind) {
    case 'none':
      return client.request(method, url, undefined, headers);
    case 'json':
      return client.request(method, url, body.value, headers);
    case 'raw':
      return client.raw(method, url, body.text, { 'content-type': body.contentType, ...headers });
    case 'multipart':
      return client.upload(url, body.fileName, body.content, body.fields, { 'idempotency-key': `fuzz-${body.content.length}`, ...headers });
  }
}

/** Interleaved, so writes of one operation meet reads of the others. */
function shuffled<T>(items: T[], seed: number): T[] {
  return fc.sample(fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }), { numRuns: 1, seed })[0] ?? items;
}

/** One line per distinct failure (operation, role and status), with an example, most frequent first. */
function summarise(failures: Failure[]): string {
  const groups = new Map<string, { count: number; example: Failure }>();
  for (const failure of failures) {
    const key = `${failure.operation} ${failure.status}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { count: 1, example: failure });
  }
  const lines = [...groups.values()]
    .sort((a, b) => b.count - a.count)
    .map(({ count, example }) => `${count}× ${example.operation} → ${example.status} as ${example.role}\n     ${example.url}\n     ${example.excerpt}`);
  return `${failures.length} failing requests (FUZZ_SEED=${SEED} replays):\n${lines.join('\n')}`;
}
