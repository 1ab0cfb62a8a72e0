// `npm run bench`: every benchmark under bench/, each printing its own ratio against a baseline
// measured in the same run. Not part of `npm test`: timings are for reading, never for asserting.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv[2];
const files = fs.readdirSync(path.join(root, 'bench')).filter((f) => f.endsWith('.ts') && (!only || f.includes(only)));
let failed = 0;
for (const file of files) {
  console.log(`\n▶ bench/${file}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench', file)], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
