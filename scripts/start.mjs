// `npm start`: builds the web app when its sources are newer than the last build, then runs the
// platform (migrations, reference data and, on first start, the demo are handled by `serve`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const web = path.join(root, 'packages/web');
const built = path.join(web, 'dist/index.html');

function newest(paths) {
  let latest = 0;
  for (const entry of paths) {
    if (!fs.existsSync(entry)) continue;
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      for (const file of fs.readdirSync(entry, { recursive: true })) {
        latest = Math.max(latest, fs.statSync(path.join(entry, String(file))).mtimeMs);
      }
    } else latest = Math.max(latest, stat.mtimeMs);
  }
  return latest;
}

const sources = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((p) => path.join(web, p));
const sharedSources = ['packages/domain/src', 'packages/contracts/src'].map((p) => path.join(root, p));
if (!fs.existsSync(built) || newest([...sources, ...sharedSources]) > fs.statSync(built).mtimeMs) {
  console.log('正在构建 Web 应用 building the web app …');
  const build = spawnSync('npm', ['run', 'build', '--workspace', '@jiping/web', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

process.argv.splice(2, process.argv.length - 2, 'serve');
await import('../packages/server/bin/jiping.mjs');
