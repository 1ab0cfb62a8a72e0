// The module boundaries, checked by `npm test`: the file-level rules of .dependency-cruiser.cjs
// (no import cycle, a pure domain, contracts without I/O, the web apart from the server, platform
// below the modules, server modules used only through their index.ts), then no cycle between the
// server's modules taken as wholes: two modules that import each other are one module in two folders.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const run = spawnSync('npx', ['depcruise', 'packages', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
if (run.status !== 0 && !run.stdout) {
  console.error(run.stderr);
  process.exit(1);
}
const result = JSON.parse(run.stdout);
const problems = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name ?? c).join(' → ')})` : ''}`);

const MODULE = /^packages\/server\/src\/modules\/([^/]+)\//;
const edges = new Map();
for (const mod of result.modules) {
  const from = MODULE.exec(mod.source)?.[1];
  if (!from) continue;
  for (const dep of mod.dependencies) {
    const to = MODULE.exec(dep.resolved)?.[1];
    if (to && to !== from) {
      if (!edges.has(from)) edges.set(from, new Map());
      edges.get(from).set(to, `${mod.source} → ${dep.resolved}`);
    }
  }
}
// Depth-first search for a cycle through each module, reporting the files that close it.
const done = new Set();
function visit(node, trail) {
  if (trail.includes(node)) {
    const loop = [...trail.slice(trail.indexOf(node)), node];
    problems.push(
      `module cycle: ${loop.join(' → ')}\n    ${loop
        .slice(1)
        .map((to, i) => edges.get(loop[i]).get(to))
        .join('\n    ')}`,
    );
    return;
  }
  if (done.has(node)) return;
  for (const next of edges.get(node)?.keys() ?? []) visit(next, [...trail, node]);
  done.add(node);
}
for (const node of edges.keys()) visit(node, []);

if (problems.length) {
  console.error(`✖ ${problems.length} boundary violation(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`✔ module boundaries hold (${result.summary.totalCruised} files, ${edges.size} server modules, no cycle)`);
