import assert from 'node:assert/strict';
import net from 'node:net';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

const BIN = path.resolve(import.meta.dirname, '../../bin/jiping.mjs');

describe('the jiping command line on an embedded database', () => {
  let dataDir: string;
  const env = () => ({ ...process.env, JIPING_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn', JIPING_DEMO_PASSWORD: 'Cli-Test-Pass-1' });
  const jiping = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env: env(), encoding: 'utf8', timeout: 120_000 });

  before(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiping-cli-'));
  });
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  test('seed loads the demo once and says so the second time', () => {
    const first = jiping('seed');
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /演示数据已加载/);
    assert.match(first.stdout, /huangpu-officer/);
    const second = jiping('seed');
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stdout, /此前已加载/);
  });

  test('audit verify passes on an untouched trail', () => {
    const result = jiping('audit', 'verify');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /审计链完整/);
  });

  test('editing an audit row by hand makes audit verify exit non-zero and name the row', () => {
    assert.equal(jiping('sql', 'update audit_events set detail = \'{"forged": true}\' where seq = 5').status, 0);
    const result = jiping('audit', 'verify');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /seq 5/);
    assert.match(result.stderr, /第 5 条审计记录/);
  });

  test('an unknown command prints help and exits 2', () => {
    const result = jiping('frobnicate');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /audit verify/);
  });

  test('serve starts, answers health, stops cleanly on SIGTERM, and starts again on the same data', async () => {
    for (const round of [1, 2]) {
      const port = await freePort();
      const child = spawn(process.execPath, [BIN, 'serve'], { env: { ...env(), PORT: String(port), HOST: '127.0.0.1' } });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      // Listen for the exit from the start: a server that dies early must fail the test with its output, not hang it.
      let exitCode: number | null | undefined;
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve((exitCode = code))));
      try {
        const health = await waitFor(`http://127.0.0.1:${port}/api/health`, 90_000, () => (exitCode !== undefined ? `serve exited with ${exitCode}:\n${output}` : null));
        assert.equal(health.database.kind, 'pglite', `round ${round}`);
        // While the server holds the embedded database, the CLI refuses to open it.
        const busy = jiping('audit', 'verify');
        assert.equal(busy.status, 1);
        assert.match(busy.stderr, /正被进程/);
      } finally {
        if (exitCode === undefined) child.kill('SIGTERM');
        assert.equal(await exited, 0, output);
      }
    }
  });
});

async function waitFor(url: string, timeoutMs: number, gone: () => string | null = () => null): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return await response.json();
    } catch {
      // not listening yet
    }
    const reason = gone();
    if (reason) throw new Error(reason);
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A port the system has just handed out, so a server started by the test does not collide with another. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
