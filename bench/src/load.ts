/**
 * Benchmark (not a test): throughput and latency of the console's busiest reads under concurrent load,
 * each beside its floor — one hand-written SQL statement building the same JSON in PostgreSQL, served
 * by a bare Node `http` server (load/floor.ts) — in the same run, so both suffer the same machine.
 *
 * It creates a fresh database, starts our server on it in a child process (load/ours.ts), fills a
 * synthetic county (county.ts), starts the floor in another child process, and for each scenario
 * (load/scenarios.ts):
 *   1. asks both once and checks that the answers are the same data (parsed, canonically ordered);
 *   2. counts the SQL statements one request of ours sends (the ORM's log, switched on for it);
 *   3. runs autocannon on loopback against ours, then against the floor, LOAD_ROUNDS times in turn: each
 *      time a few seconds unmeasured (LOAD_WARMUP the first time, 1 s after), then LOAD_DURATION seconds
 *      measured, LOAD_CONNECTIONS connections; every response must be a 200 carrying `data` and no
 *      `errors`. Meanwhile each child's RSS is sampled from /proc (Linux), and the CPU time of the child
 *      and of the database's backends is read before and after (per request). Each round's pair gives a
 *      ratio; the round with the median ratio is the one reported (all rounds are in the JSON), so a
 *      slower minute of the machine weighs on both sides of a ratio and on one round only.
 * It prints a table (req/s, p50, p99, ours/floor) and writes bench/results/load.json. See bench/README.md.
 *
 *   BENCH_DATABASE_URL (or TEST_DATABASE_URL)  postgres://user@host:5432/postgres — needs CREATEDB
 *   LOAD_VILLAGES       villages in the county (default 508)
 *   LOAD_CONNECTIONS    concurrent connections (default 10)
 *   LOAD_DURATION       measured seconds per side, round and scenario (default 6)
 *   LOAD_WARMUP         unmeasured seconds before the first round (default 15: V8's optimizing compiler
 *                       and heap sizing settle; after 3 s the first round was the slowest of five in most runs)
 *   LOAD_ROUNDS         measured rounds per scenario, each ours then the floor (default 5)
 *   LOAD_SCENARIOS      which scenarios, comma-separated (default all)
 *   LOAD_CPU_PROF       a directory: write a CPU profile of our server's measured window per scenario
 *   LOAD_NODE_FLAGS     Node flags for our server's process (default --max-old-space-size=512 --max-semi-space-size=32, as `pnpm start`)
 *   LOAD_OUT            where to write the JSON (default bench/results/load.json)
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import {
  adminToken,
  createBenchDatabase,
  fail,
  fillCounty,
  positiveInts,
  postgresServerUrl,
  withClient,
} from './county.js';
import { sameData } from './load/compare.js';
import type { ChildReport, ParentRequest } from './load/protocol.js';
import { SCENARIOS, type Scenario } from './load/scenarios.js';

const int = (name: string, fallback: number) =>
  process.env[name] ? positiveInts(name, process.env[name]!)[0] : fallback;
const serverUrl = postgresServerUrl();
const villages = int('LOAD_VILLAGES', 508);
const connections = int('LOAD_CONNECTIONS', 10);
const duration = int('LOAD_DURATION', 6);
const warmup = int('LOAD_WARMUP', 15);
const roundsPerScenario = int('LOAD_ROUNDS', 5);
// As `pnpm start` runs the server (root package.json, HEAP_MB's default); LOAD_NODE_FLAGS="" for Node's own.
const nodeFlags = (process.env.LOAD_NODE_FLAGS ?? '--max-old-space-size=512 --max-semi-space-size=32')
  .split(' ')
  .filter(Boolean);
const cpuProfileDir = process.env.LOAD_CPU_PROF ? path.resolve(process.env.LOAD_CPU_PROF) : null;
const RESULTS_FILE = process.env.LOAD_OUT
  ? path.resolve(process.env.LOAD_OUT)
  : fileURLToPath(new URL('../results/load.json', import.meta.url));
const scenarios = process.env.LOAD_SCENARIOS
  ? process.env.LOAD_SCENARIOS.split(',').map((name) => {
      const found = SCENARIOS.find((s) => s.name === name.trim());
      if (!found) fail(`LOAD_SCENARIOS: unknown ${name}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`);
      return found;
    })
  : SCENARIOS;

// ---------------------------------------------------------------------------------------------------
// The two servers, as child processes

class Child {
  private constructor(
    readonly process: ChildProcess,
    readonly url: string,
    readonly pid: number,
  ) {}

  static start(script: string, databaseUrl: string, execArgv: string[] = []): Promise<Child> {
    const child = fork(fileURLToPath(new URL(script, import.meta.url)), [], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      execArgv,
    });
    return new Promise((resolve, reject) => {
      child.once('exit', (code) =>
        reject(new Error(`${script} exited with code ${code} before it was ready`)),
      );
      child.once('message', (m: ChildReport) => {
        if (m.type === 'ready') resolve(new Child(child, m.url, m.pid));
      });
    });
  }

  send(request: ParentRequest) {
    this.process.send(request);
  }

  /** The next report of `type` from the child. */
  private next<T extends ChildReport['type']>(type: T): Promise<Extract<ChildReport, { type: T }>> {
    return new Promise((resolve) => {
      const listen = (m: ChildReport) => {
        if (m.type !== type) return;
        this.process.off('message', listen);
        resolve(m as Extract<ChildReport, { type: T }>);
      };
      this.process.on('message', listen);
    });
  }

  /** The SQL statements our server sends while `work` runs (its answers complete within `work`). */
  async statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
    const counting = this.next('counting');
    this.send({ type: 'count-start' });
    await counting;
    await work();
    const counted = this.next('counted');
    this.send({ type: 'count-stop' });
    return (await counted).statements;
  }

  /** Runs `work` while the child records a CPU profile, written to `file`. */
  async profiled<T>(file: string, work: () => Promise<T>): Promise<T> {
    const started = this.next('profiling');
    this.send({ type: 'profile-start' });
    await started;
    const result = await work();
    const written = this.next('profiled');
    this.send({ type: 'profile-stop', file });
    await written;
    return result;
  }

  async stop(): Promise<void> {
    if (this.process.exitCode !== null) return;
    const exited = new Promise((resolve) => this.process.once('exit', resolve));
    this.send({ type: 'stop' });
    await exited;
  }
}

/** A process's resident set size, sampled from /proc every 100 ms (Linux); the peak in MB. */
class RssSampler {
  peakMB = 0;
  private timer?: NodeJS.Timeout;
  constructor(private readonly pid: number) {}
  private async sample() {
    const status = await readFile(`/proc/${this.pid}/status`, 'utf8').catch(() => '');
    const kB = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    this.peakMB = Math.max(this.peakMB, Math.round(kB / 1024));
  }
  start() {
    void this.sample();
    this.timer = setInterval(() => void this.sample(), 100);
  }
  async stop() {
    clearInterval(this.timer);
    await this.sample();
  }
}

/** Clock ticks per second of /proc/<pid>/stat's times (100 on Linux, asked once). */
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User plus system CPU time of each of these processes so far, in ms (Linux; a process gone is left out). */
async function cpuMsOf(pids: number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  for (const pid of pids) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    if (!stat) continue;
    // The fields after "pid (name) ": state is the first, utime the 12th and stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS);
  }
  return out;
}

/**
 * The CPU time these processes spent between two readings: a process that appeared in between counts
 * whole, one that ended in between is missing (the pools keep their connections open under load).
 */
function cpuSpent(before: Map<number, number>, after: Map<number, number>): number {
  let ms = 0;
  for (const [pid, now] of after) ms += Math.max(0, now - (before.get(pid) ?? 0));
  return ms;
}

/** The server processes of the county's database (both pools' connections, once they are open). */
async function backendPids(databaseUrl: string): Promise<number[]> {
  return withClient(databaseUrl, async (c) => {
    const { rows } = await c.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    return rows.map((r) => r.pid);
  });
}

// ---------------------------------------------------------------------------------------------------
// Measuring

interface Side {
  url: string;
  headers: Record<string, string>;
  body: string;
}

async function ask(side: Side): Promise<{ status: number; text: string }> {
  const res = await fetch(side.url, { method: 'POST', headers: side.headers, body: side.body });
  return { status: res.status, text: await res.text() };
}

interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  requests: number;
  /** Answers that were not a 200 with `data` and without `errors`, and connection errors. */
  bad: number;
  peakRssMB: number;
  /** CPU time per answer of the serving Node process and of the database's backends. */
  nodeCpuMsPerRequest: number;
  postgresCpuMsPerRequest: number;
}

/**
 * A good answer: `{"data": …}` without `errors` (PostgreSQL writes `"data" :`). No more is checked
 * under load: autocannon decodes each chunk of a body on its own, so a character split between two
 * chunks arrives garbled and an exact comparison would fail for no fault of the server.
 */
const goodBody = (body: string) => /^\{\s*"data"\s*:/.test(body) && !body.includes('"errors"');

async function load(side: Side, child: Child, seconds: number, databaseUrl: string): Promise<LoadResult> {
  const rss = new RssSampler(child.pid);
  const nodeBefore = await cpuMsOf([child.pid]);
  const postgresBefore = await cpuMsOf(await backendPids(databaseUrl));
  rss.start();
  const r = await autocannon({
    url: side.url,
    method: 'POST',
    headers: side.headers,
    body: side.body,
    connections,
    duration: seconds,
    verifyBody: (b) => goodBody(String(b ?? '')),
  });
  await rss.stop();
  const nodeAfter = await cpuMsOf([child.pid]);
  const postgresAfter = await cpuMsOf(await backendPids(databaseUrl));
  const perRequest = (ms: number) => round(ms / Math.max(r.requests.total, 1), 2);
  return {
    requestsPerSecond: r.requests.average,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
    requests: r.requests.total,
    bad: r.non2xx + r.errors + r.timeouts + r.mismatches,
    peakRssMB: rss.peakMB,
    nodeCpuMsPerRequest: perRequest(cpuSpent(nodeBefore, nodeAfter)),
    postgresCpuMsPerRequest: perRequest(cpuSpent(postgresBefore, postgresAfter)),
  };
}

interface ScenarioResult {
  name: string;
  label: string;
  pageSize?: number;
  responseKB: number;
  rows: number;
  sameData: boolean;
  difference: string | null;
  sameOrder: boolean;
  statements: number;
  statementChars: number;
  /** The round with the median ratio (see the top of this file). */
  ours?: LoadResult;
  floor?: LoadResult;
  /** Every round, in order: our throughput over the floor's, from the two measured back to back. */
  rounds?: { ratio: number; ours: LoadResult; floor: LoadResult }[];
}

/** How many rows the answer carries: the length of its longest array. */
function rowsIn(text: string): number {
  let most = 0;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      most = Math.max(most, v.length);
      v.forEach(walk);
    } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(text));
  return most;
}

async function runScenario(
  s: Scenario,
  ours: Child,
  floor: Child,
  token: string,
  databaseUrl: string,
): Promise<ScenarioResult> {
  const body = JSON.stringify({ query: s.query, variables: s.variables });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const oursSide: Side = { url: `${ours.url}/graphql`, headers, body };
  const floorSide: Side = { url: `${floor.url}/${s.name}`, headers, body };

  let oursAnswer = { status: 0, text: '' };
  const statements = await ours.statementsDuring(async () => {
    oursAnswer = await ask(oursSide);
  });
  const floorAnswer = await ask(floorSide);
  for (const [who, a] of [
    ['ours', oursAnswer],
    ['floor', floorAnswer],
  ] as const) {
    if (a.status !== 200 || !goodBody(a.text)) {
      throw new Error(`${s.name}: ${who} answered HTTP ${a.status}: ${a.text.slice(0, 300)}`);
    }
  }
  const difference = sameData(oursAnswer.text, floorAnswer.text);
  const result: ScenarioResult = {
    name: s.name,
    label: s.label,
    pageSize: s.pageSize,
    responseKB: Math.round(Buffer.byteLength(oursAnswer.text) / 102.4) / 10,
    rows: rowsIn(oursAnswer.text),
    sameData: difference === null,
    difference,
    // Key order aside: the same rows in the same order.
    sameOrder: difference === null && sortedKeys(oursAnswer.text) === sortedKeys(floorAnswer.text),
    statements: statements.length,
    statementChars: statements.reduce((n, st) => n + st.length, 0),
  };
  console.log(
    `  ${s.label}: ${result.rows} rows, ${result.responseKB} KB, ${result.statements} SQL statements; ` +
      (difference ? `DIFFERENT from the floor at ${difference}` : `same data as the floor`) +
      (result.sameData && !result.sameOrder ? ' (rows in another order)' : ''),
  );
  if (difference) return result; // measuring a different answer would compare nothing

  const rounds: NonNullable<ScenarioResult['rounds']> = [];
  for (let turn = 0; turn < roundsPerScenario; turn++) {
    const pair: Partial<Record<'ours' | 'floor', LoadResult>> = {};
    for (const [name, side, child] of [
      ['ours', oursSide, ours],
      ['floor', floorSide, floor],
    ] as const) {
      await load(side, child, turn === 0 ? warmup : Math.min(warmup, 1), databaseUrl);
      const measure = () => load(side, child, duration, databaseUrl);
      // One profile per scenario: the first round's.
      const measured =
        cpuProfileDir && name === 'ours' && turn === 0
          ? await ours.profiled(path.join(cpuProfileDir, `${s.name}.cpuprofile`), measure)
          : await measure();
      pair[name] = measured;
      console.log(
        `    ${turn + 1}. ${name.padEnd(5)} ${measured.requestsPerSecond} req/s, p50 ${measured.p50Ms} ms, ` +
          `p99 ${measured.p99Ms} ms, ${measured.bad} bad, RSS ≤ ${measured.peakRssMB} MB, CPU per request ` +
          `${measured.nodeCpuMsPerRequest} ms Node + ${measured.postgresCpuMsPerRequest} ms PostgreSQL`,
      );
    }
    const ratio = round((100 * pair.ours!.requestsPerSecond) / pair.floor!.requestsPerSecond, 1);
    rounds.push({ ratio, ours: pair.ours!, floor: pair.floor! });
  }
  const median = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor((rounds.length - 1) / 2)];
  result.ours = median.ours;
  result.floor = median.floor;
  result.rounds = rounds;
  console.log(`    ours / floor by round: ${rounds.map((r) => `${r.ratio} %`).join(', ')}`);
  return result;
}

/** The JSON with every object's keys sorted and arrays left in their order. */
function sortedKeys(text: string): string {
  return JSON.stringify(JSON.parse(text), (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

// ---------------------------------------------------------------------------------------------------
// Report

function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => r[c].length)));
  const pad = (cell: string, c: number) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]));
  const line = (r: string[]) => `| ${r.map(pad).join(' | ')} |`;
  const rule = widths.map((w, c) => (c === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`));
  return [line(cells[0]), `|${rule.join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const cpu = (r: LoadResult | undefined) =>
  r ? `${round(r.nodeCpuMsPerRequest)} + ${round(r.postgresCpuMsPerRequest)}` : '–';

async function main() {
  const postgres = await withClient(serverUrl, async (c) => (await c.query('show server_version')).rows[0]);
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '?',
    memoryGB: round(os.totalmem() / 1024 ** 3),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres: (postgres as { server_version: string }).server_version,
    loadAverageAtStart: os.loadavg().map((n) => round(n, 2)),
  };
  console.log(
    `load: ${villages} villages; ${connections} connections, ${warmup} s warm-up + ${duration} s per side; ` +
      `${machine.cpus} × ${machine.cpuModel}; Node ${machine.node}; PostgreSQL ${machine.postgres}; ` +
      `load average ${machine.loadAverageAtStart.join(' ')}` +
      (nodeFlags.length ? `; our server runs with ${nodeFlags.join(' ')}` : ''),
  );

  const database = await createBenchDatabase(serverUrl, villages);
  let ours: Child | undefined;
  let floor: Child | undefined;
  const results: ScenarioResult[] = [];
  const problems: string[] = [];
  let filled;
  try {
    if (cpuProfileDir) await mkdir(cpuProfileDir, { recursive: true });
    ours = await Child.start('./load/ours.js', database.url, nodeFlags);
    filled = await withClient(database.url, (c) => fillCounty(c, villages));
    console.log(
      `  filled in ${(filled.fillMs / 1000).toFixed(1)} s: ${filled.townships} townships, ${filled.villages} ` +
        `villages, ${filled.cadres} cadres, ${filled.applications} applications, ` +
        `${filled.certifications} certifications`,
    );
    const token = await adminToken(ours.url);
    floor = await Child.start('./load/floor.js', database.url);
    for (const s of scenarios) {
      const r = await runScenario(s, ours, floor, token, database.url);
      results.push(r);
      if (!r.sameData) problems.push(`${s.name}: not the floor's data (${r.difference})`);
      for (const side of ['ours', 'floor'] as const) {
        const bad = (r.rounds ?? []).reduce((n, round) => n + round[side].bad, 0);
        if (bad) problems.push(`${s.name}: ${bad} bad answers from ${side} under load`);
      }
    }
  } finally {
    // Requests autocannon abandoned at the end are still running; let them finish before the stop.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await ours?.stop();
    await floor?.stop();
    await database.drop();
  }

  const lists = results.filter((r) => r.pageSize !== undefined);
  if (new Set(lists.map((r) => r.statements)).size > 1) {
    problems.push(`village list: SQL statements differ by page size (${lists.map((r) => r.statements)})`);
  }
  const rows = results.map((r) => [
    r.label,
    r.rows,
    r.responseKB,
    r.statements,
    r.ours ? round(r.ours.requestsPerSecond) : '–',
    r.ours?.p50Ms ?? '–',
    r.ours?.p99Ms ?? '–',
    r.floor ? round(r.floor.requestsPerSecond) : '–',
    r.floor?.p50Ms ?? '–',
    r.floor?.p99Ms ?? '–',
    r.ours && r.floor ? `${round((100 * r.ours.requestsPerSecond) / r.floor.requestsPerSecond, 0)} %` : '–',
    cpu(r.ours),
    cpu(r.floor),
    r.ours?.peakRssMB ?? '–',
  ]);
  const header = ['scenario', 'rows', 'KB', 'SQL stmts', 'ours req/s', 'ours p50 ms', 'ours p99 ms'];
  header.push('floor req/s', 'floor p50 ms', 'floor p99 ms', 'ours / floor');
  header.push('ours CPU ms/req Node + PG', 'floor CPU ms/req Node + PG', 'ours peak RSS MB');
  console.log(`\n${table(header, rows)}`);
  // Over every round, not only the median ones the table shows.
  const peak = Math.max(0, ...results.flatMap((r) => (r.rounds ?? []).map((round) => round.ours.peakRssMB)));
  console.log(
    `\nour server's peak RSS under load: ${peak} MB; load average now ${os
      .loadavg()
      .map((n) => round(n, 2))
      .join(' ')}`,
  );
  for (const p of problems) console.log(`PROBLEM: ${p}`);

  await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
  await writeFile(
    RESULTS_FILE,
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        machine,
        loadAverageAtEnd: os.loadavg().map((n) => round(n, 2)),
        villages,
        nodeFlags,
        connections,
        warmupSeconds: warmup,
        durationSeconds: duration,
        rounds: roundsPerScenario,
        county: filled,
        oursPeakRssMB: peak,
        problems,
        results,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nwrote ${RESULTS_FILE}`);
  if (problems.length) process.exitCode = 1;
}

await main();
