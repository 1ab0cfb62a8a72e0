// Runs every check of the project and ends with one line: "N passed, N failed[, N skipped]".
//   1. type check (server, domain, contracts, tests, web) module boundaries (dependency-cruiser) lint (ESLint) and format (Prettier)
//   2. web build (the end-to-end tests drive the built app)
//   3. unit, API and end-to-end tests through node:test
// Options: `npm test -- --only=api` runs one group (unit | api | e2e); TEST_DATABASE_URL adds
// PostgreSQL to the API tests; REQUIRE_E2E=1 turns a missing Chromium into a failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice(7) ?? null;
const tally = { passed: 0, failed: 0, skipped: 0 };

function step(name, command, args) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status === 0) {
    tally.passed += 1;
    return true;
  }
  console.log(`✖ ${name} failed`);
  tally.failed += 1;
  return false;
}

function testFiles(group) {
  const dirs = { unit: ['packages/domain/test', 'packages/server/test/unit'], api: ['packages/server/test/api'], e2e: ['e2e'] }[group];
  return dirs
    .map((dir) => path.join(root, dir))
    .filter((dir) => fs.existsSync(dir))
    .flatMap((dir) =>
      fs
        .readdirSync(dir, { recursive: true })
        .filter((f) => String(f).endsWith('.test.ts'))
        .map((f) => path.join(dir, String(f))),
    )
    .sort();
}

const groups = only ? [only] : ['unit', 'api', 'e2e'];
if (!only) {
  step('typecheck: server, domain, contracts, tests', 'npx', ['tsc', '-p', 'tsconfig.json']);
  step('typecheck: web', 'npx', ['tsc', '-p', 'packages/web/tsconfig.json']);
  step('module boundaries: no cycles, a pure domain, the web apart from the server, modules through their entries', process.execPath, [path.join(root, 'scripts/check-boundaries.mjs')]);
  step('lint: typescript-eslint and the rules of hooks', 'npx', ['eslint', '.', '--max-warnings=0']);
  step('format: Prettier', 'npx', ['prettier', '--check', '--log-level=warn', '.']);
}
if (groups.includes('e2e')) step('build: web', 'npm', ['run', 'build', '--workspace', '@jiping/web', '--silent']);

const files = groups.flatMap(testFiles);
const tallyFile = path.join(os.tmpdir(), `jiping-test-tally-${process.pid}.json`);
console.log(`\n▶ tests: ${groups.join(', ')} (${files.length} files)`);
const run = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=2',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${path.join(root, 'scripts/count-reporter.mjs')}`,
    `--test-reporter-destination=${tallyFile}`,
    ...files,
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' } },
);
try {
  const counted = JSON.parse(fs.readFileSync(tallyFile, 'utf8'));
  tally.passed += counted.passed;
  tally.failed += counted.failed;
  tally.skipped += counted.skipped;
  fs.rmSync(tallyFile);
} catch {
  console.log('✖ the test runner produced no tally');
  tally.failed += 1;
}
if (run.status !== 0 && tally.failed === 0) tally.failed += 1;

console.log(`\n${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`);
process.exit(tally.failed ? 1 : 0);
