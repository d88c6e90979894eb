/**
 * Where a CPU profile's time went (a `.cpuprofile` from `node --cpu-prof`, e.g. load.ts with
 * LOAD_CPU_PROF): the functions with the most self time, and self time by package. A reading aid for
 * bench/README.md's notes, not a benchmark.
 *
 *   node dist/profile-top.js <file.cpuprofile> [how many functions, default 30]
 */
import { readFile } from 'node:fs/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, howMany = '30'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node dist/profile-top.js <file.cpuprofile> [how many]');
  process.exit(2);
}
const profile = JSON.parse(await readFile(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));

// Self time per node: each sample's time delta belongs to the node it sampled.
const selfMs = new Map<number, number>();
profile.samples.forEach((id, i) =>
  selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
);
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);

/** The package a script belongs to (node_modules/<name> or @scope/name), our own code, or Node. */
function packageOf(url: string): string {
  if (!url) return '(native / GC / idle)';
  if (url.startsWith('node:')) return 'node';
  const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  const own = /\/packages\/([^/]+)\//.exec(url) ?? /\/(bench)\//.exec(url);
  return own ? `fanben ${own[1]}` : url;
}

const functions = new Map<string, number>();
const packages = new Map<string, number>();
for (const [id, ms] of selfMs) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  const where = url
    ? `${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/packages\//, '')}:${lineNumber + 1}`
    : '';
  const name = `${functionName || '(anonymous)'} ${where}`.trim();
  functions.set(name, (functions.get(name) ?? 0) + ms);
  const pkg = packageOf(url);
  packages.set(pkg, (packages.get(pkg) ?? 0) + ms);
}

const show = (title: string, entries: Map<string, number>, n: number) => {
  console.log(`\n${title}`);
  for (const [name, ms] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, n)) {
    console.log(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${name}`);
  }
};
console.log(`${file}: ${(total / 1000).toFixed(1)} s sampled`);
show('self time by package', packages, 20);
show('self time by function', functions, Number(howMany));
