/**
 * Benchmark (not a test): the county-wide read queries — `payoutSchedule`, `planProgress`, `whatIf`,
 * `preAssessment`, `assessmentQueue` — on synthetic counties of growing size, against the real server
 * on a real PostgreSQL. For each size it creates a fresh database, starts the server on it in this
 * process (the first start creates the county, the admin and the default scheme), fills a synthetic
 * county with set-based SQL (county.ts), logs in as admin over HTTP and times each query: BENCH_WARMUP
 * unmeasured requests, then BENCH_RUNS measured ones. It reports wall time (median, max), SQL statements
 * per request, response size and the process's peak RSS and heap, prints a table and writes
 * bench/results/scale.json. See bench/README.md.
 *
 *   BENCH_DATABASE_URL (or TEST_DATABASE_URL)  postgres://user@host:5432/postgres — needs CREATEDB
 *   BENCH_SIZES                                villages per county, comma-separated (default 508,5000,50000)
 *   BENCH_RUNS                                 measured requests per query and size (default 5)
 *   BENCH_WARMUP                               unmeasured requests before them (default 2)
 *   BENCH_QUERIES                              which queries, comma-separated (default all)
 *   BENCH_OUT                                  where to write the JSON (default bench/results/scale.json)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '@fanben/server';
import {
  adminToken,
  benchServerConfig,
  CERTIFIED_YEAR,
  createBenchDatabase,
  fail,
  fillCounty,
  type Filled,
  positiveInts,
  postgresServerUrl,
  withClient,
  WORKING_YEAR,
} from './county.js';

const DEFAULT_SIZES = [508, 5000, 50000];
const SAMPLE_EVERY_MS = 20;
const RESULTS_FILE = process.env.BENCH_OUT
  ? path.resolve(process.env.BENCH_OUT)
  : fileURLToPath(new URL('../results/scale.json', import.meta.url));

/**
 * Each query as the console sends it, with its year: the money and plans of the certified year (as in
 * the first runs of this benchmark), the panel's survey and the assessor's queue of the working year.
 */
const QUERIES = {
  payoutSchedule: {
    year: CERTIFIED_YEAR,
    text: `query ($year: Int!) {
      payoutSchedule(year: $year) {
        year villageCount cadreCount cadreRewardTotal activityFundTotal total
        lines { villageId villageName townshipId certificationId tier cadreCount cadreReward activityFund total }
      }
    }`,
  },
  planProgress: {
    year: CERTIFIED_YEAR,
    text: `query ($year: Int!) {
      planProgress(year: $year) { townshipId villageCount reachedCount newlyReachedCount target onTrack }
    }`,
  },
  whatIf: {
    year: CERTIFIED_YEAR,
    text: `query ($year: Int!) {
      whatIf(year: $year) {
        year villageCount cadreCount total skipped
        byTier { tier villageCount cadreCount total }
        villages { villageId villageName tier nextTierMargin cadreCount total }
      }
    }`,
  },
  preAssessment: {
    year: WORKING_YEAR,
    text: `query ($year: Int!) {
      preAssessment(year: $year, tier: 1) {
        villageId villageName townshipId applicationId declaredYear readiness weakestIndicatorKey failingCount
        problem
      }
    }`,
  },
  assessmentQueue: {
    year: WORKING_YEAR,
    text: `query ($year: Int!) {
      assessmentQueue(year: $year) {
        id targetTier readiness weakestIndicatorKey vettedAt village { id name township { id name } }
      }
    }`,
  },
} as const;
type QueryName = keyof typeof QUERIES;
const ALL_QUERIES = Object.keys(QUERIES) as QueryName[];

// ---------------------------------------------------------------------------------------------------
// Environment

const serverUrl = postgresServerUrl();
const sizes = process.env.BENCH_SIZES ? positiveInts('BENCH_SIZES', process.env.BENCH_SIZES) : DEFAULT_SIZES;
const runs = process.env.BENCH_RUNS ? positiveInts('BENCH_RUNS', process.env.BENCH_RUNS)[0] : 5;
const warmup = process.env.BENCH_WARMUP ? positiveInts('BENCH_WARMUP', process.env.BENCH_WARMUP)[0] : 2;
const QUERY_NAMES = process.env.BENCH_QUERIES
  ? process.env.BENCH_QUERIES.split(',').map((q) => {
      const name = q.trim() as QueryName;
      if (!ALL_QUERIES.includes(name))
        fail(`BENCH_QUERIES: unknown query ${q}; known: ${ALL_QUERIES.join(', ')}`);
      return name;
    })
  : ALL_QUERIES;
const gc = (globalThis as { gc?: () => void }).gc;

// ---------------------------------------------------------------------------------------------------
// Measuring

// MikroORM's default logger colours the "[query] " label; the colour codes are stripped before matching.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Collects the SQL statements the ORM logs (messages with the "[query]" label) while `recording`. */
class StatementLog {
  recording = false;
  statements: string[] = [];
  readonly logger = (message: string) => {
    if (!this.recording) return;
    const plain = message.replace(ANSI, '');
    if (plain.includes('[query]')) this.statements.push(plain);
  };
  start() {
    this.statements = [];
    this.recording = true;
  }
  stop(): string[] {
    this.recording = false;
    return this.statements;
  }
}

/** The process's peak RSS and heap, sampled every 20 ms (the server runs in this process). */
class MemorySampler {
  peakRss = 0;
  peakHeap = 0;
  private timer?: NodeJS.Timeout;
  private sample = () => {
    const m = process.memoryUsage();
    this.peakRss = Math.max(this.peakRss, m.rss);
    this.peakHeap = Math.max(this.peakHeap, m.heapUsed);
  };
  start() {
    this.peakRss = 0;
    this.peakHeap = 0;
    this.sample();
    this.timer = setInterval(this.sample, SAMPLE_EVERY_MS);
  }
  stop() {
    clearInterval(this.timer);
    this.sample();
  }
}

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

class RequestFailed extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

async function graphql(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ ms: number; bytes: number; data: Record<string, unknown> }> {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  const ms = performance.now() - started;
  const body = JSON.parse(text) as GraphQLBody;
  if (body.errors?.length || !body.data) {
    const first = body.errors?.[0];
    throw new RequestFailed(
      `HTTP ${res.status}: ${first?.extensions?.code ?? '?'} ${first?.message ?? text.slice(0, 200)}`,
      first?.extensions?.code,
    );
  }
  return { ms, bytes: Buffer.byteLength(text), data: body.data };
}

interface Measured {
  status: 'ok';
  medianMs: number;
  maxMs: number;
  timesMs: number[];
  /** The median over runs of the statements' own durations as the ORM logs them ("took N ms"), summed. */
  sqlMs: number;
  /** SQL statements of one request (all runs gave the same count unless statementsPerRun says otherwise). */
  statements: number;
  statementsPerRun: number[];
  longestStatementChars: number;
  responseBytes: number;
  baselineRssMB: number;
  baselineHeapMB: number;
  peakRssMB: number;
  peakHeapMB: number;
  /** The longest the event loop was blocked during a request (monitorEventLoopDelay, 10 ms resolution). */
  maxLoopStallMs: number;
  /** A few numbers from the answer, to show the county was really read. */
  answer: Record<string, number>;
  /** The statements of the last request: the start of each, its duration and result as the ORM logs them. */
  sql: { text: string; took: string }[];
}

interface NotMeasured {
  status: 'pending' | 'failed';
  error: string;
}

type QueryResult = Measured | NotMeasured;

const MB = 1024 * 1024;
const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

function summarize(name: QueryName, data: Record<string, unknown>): Record<string, number> {
  if (name === 'planProgress') {
    const rows = data.planProgress as { villageCount: number; reachedCount: number; onTrack: boolean }[];
    return {
      townships: rows.length,
      villages: rows.reduce((n, r) => n + r.villageCount, 0),
      reached: rows.reduce((n, r) => n + r.reachedCount, 0),
      onTrack: rows.filter((r) => r.onTrack).length,
    };
  }
  if (name === 'preAssessment') {
    const rows = data.preAssessment as { readiness: number | null; failingCount: number }[];
    return {
      villages: rows.length,
      withReadiness: rows.filter((r) => r.readiness !== null).length,
      failing: rows.filter((r) => r.failingCount > 0).length,
    };
  }
  if (name === 'assessmentQueue') {
    const rows = data.assessmentQueue as { readiness: number | null }[];
    return { applications: rows.length, withReadiness: rows.filter((r) => r.readiness !== null).length };
  }
  const answer = data[name] as { villageCount: number; cadreCount: number; total: number };
  return { villages: answer.villageCount, cadres: answer.cadreCount, total: answer.total };
}

async function measure(
  url: string,
  token: string,
  name: QueryName,
  log: StatementLog,
  memory: MemorySampler,
): Promise<QueryResult> {
  const { text, year } = QUERIES[name];
  const variables = { year };
  try {
    for (let w = 0; w < warmup; w++) await graphql(url, token, text, variables);
  } catch (err) {
    if (err instanceof RequestFailed && /Cannot query field/.test(err.message)) {
      return { status: 'pending', error: `not in the schema yet: ${err.message}` };
    }
    return { status: 'failed', error: (err as Error).message };
  }
  gc?.();
  const baseline = process.memoryUsage();
  const times: number[] = [];
  const sqlTimes: number[] = [];
  const counts: number[] = [];
  let longest = 0;
  let bytes = 0;
  let last: string[] = [];
  let answer: Record<string, number> = {};
  // The longest time the event loop was blocked: every other request to the server waits that long. A
  // fresh histogram per request: a re-enabled one counts the pause (the gc() in between) as a delay.
  let maxStallMs = 0;
  let loop = monitorEventLoopDelay({ resolution: 10 });
  memory.start();
  try {
    for (let r = 0; r < runs; r++) {
      // Each request starts from a collected heap (outside the timed window), so the peak is one request's.
      gc?.();
      loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      log.start();
      const res = await graphql(url, token, text, variables);
      last = log.stop();
      loop.disable();
      maxStallMs = Math.max(maxStallMs, loop.max / 1e6);
      times.push(res.ms);
      sqlTimes.push(last.reduce((sum, s) => sum + Number(/\[took (\d+) ms/.exec(s)?.[1] ?? 0), 0));
      counts.push(last.length);
      longest = Math.max(longest, ...last.map((s) => s.length));
      bytes = res.bytes;
      answer = summarize(name, res.data);
    }
  } catch (err) {
    log.stop();
    return { status: 'failed', error: (err as Error).message };
  } finally {
    loop.disable();
    memory.stop();
  }
  return {
    status: 'ok',
    medianMs: round(median(times)),
    maxMs: round(Math.max(...times)),
    timesMs: times.map((t) => round(t)),
    sqlMs: median(sqlTimes),
    statements: counts[0],
    statementsPerRun: counts,
    longestStatementChars: longest,
    responseBytes: bytes,
    baselineRssMB: round(baseline.rss / MB),
    baselineHeapMB: round(baseline.heapUsed / MB),
    peakRssMB: round(memory.peakRss / MB),
    peakHeapMB: round(memory.peakHeap / MB),
    maxLoopStallMs: round(maxStallMs),
    answer,
    sql: last.map((s) => ({
      text: s.length > 200 ? `${s.slice(0, 200)}…` : s,
      took: /\[(took [^\]]*)\]\s*$/.exec(s)?.[1] ?? '',
    })),
  };
}

interface SizeResult {
  villages: number;
  database: Filled;
  startMs: number;
  queries: Record<QueryName, QueryResult>;
}

async function benchSize(villages: number): Promise<SizeResult> {
  const database = await createBenchDatabase(serverUrl, villages);
  let server: RunningServer | undefined;
  try {
    const log = new StatementLog();
    const started = performance.now();
    server = await startServer(benchServerConfig(database.url), {
      orm: { debug: ['query'], logger: log.logger },
    });
    const startMs = Math.round(performance.now() - started);
    const filled = await withClient(database.url, (c) => fillCounty(c, villages));
    console.log(
      `  ${villages} villages: filled in ${(filled.fillMs / 1000).toFixed(1)} s ` +
        `(${filled.townships} townships, ${filled.cadres} cadres, ${filled.applications} applications, ` +
        `${filled.certifications} certifications, ${filled.planItems} plan lines)`,
    );
    const token = await adminToken(server.url);
    const memory = new MemorySampler();
    const queries = {} as Record<QueryName, QueryResult>;
    for (const name of QUERY_NAMES) {
      gc?.();
      queries[name] = await measure(server.url, token, name, log, memory);
      const q = queries[name];
      console.log(
        q.status === 'ok'
          ? `  ${name}: median ${q.medianMs} ms, ${q.statements} statements, ${q.responseBytes} bytes`
          : `  ${name}: ${q.status.toUpperCase()} — ${q.error}`,
      );
    }
    return { villages, database: filled, startMs, queries };
  } finally {
    await server?.stop();
    await database.drop();
  }
}

// ---------------------------------------------------------------------------------------------------
// Report

/** A Markdown table: the first column (the query) left-aligned, the numbers right-aligned. */
function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => r[c].length)));
  const pad = (cell: string, c: number) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]));
  const line = (r: string[]) => `| ${r.map(pad).join(' | ')} |`;
  const rule = widths.map((w, c) => (c === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`));
  return [line(cells[0]), `|${rule.join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

async function main() {
  const postgres = await withClient(serverUrl, async (c) => (await c.query('show server_version')).rows[0]);
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '?',
    memoryGB: round(os.totalmem() / 1024 ** 3),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres: (postgres as { server_version: string }).server_version,
  };
  console.log(
    `scale: sizes ${sizes.join(', ')}; ${runs} runs after ${warmup} warm-up requests; ` +
      `${machine.cpus} × ${machine.cpuModel}; Node ${machine.node}; PostgreSQL ${machine.postgres}` +
      (gc ? '' : '\n  (no --expose-gc: memory figures include garbage from earlier steps)'),
  );

  const results: SizeResult[] = [];
  for (const n of sizes) results.push(await benchSize(n));

  const base = results[0];
  const rows: (string | number)[][] = [];
  const ratioRows: (string | number)[][] = [];
  const problems: string[] = [];
  let statementsEqual = true;
  for (const name of QUERY_NAMES) {
    const b = base.queries[name];
    const counts = new Set<number>();
    let previous: { villages: number; q: Measured } | undefined;
    for (const r of results) {
      const q = r.queries[name];
      if (q.status !== 'ok') {
        rows.push([name, r.villages, q.status, ...Array<string>(8).fill('')]);
        if (q.status === 'failed') problems.push(`${name} at ${r.villages} villages failed: ${q.error}`);
        continue;
      }
      counts.add(q.statements);
      if (new Set(q.statementsPerRun).size > 1) {
        statementsEqual = false;
        problems.push(`${name} at ${r.villages}: SQL statements differ between runs (${q.statementsPerRun})`);
      }
      const heapGrowth = q.peakHeapMB - q.baselineHeapMB;
      rows.push([
        name,
        r.villages,
        q.medianMs,
        q.maxMs,
        q.sqlMs,
        q.statements,
        round(q.responseBytes / 1024),
        q.peakRssMB,
        q.peakHeapMB,
        round(heapGrowth),
        q.maxLoopStallMs,
      ]);
      if (b.status === 'ok') {
        // The cost of each added 1,000 villages since the previous size: flat (or falling) when linear.
        const marginal = previous
          ? round(((q.medianMs - previous.q.medianMs) / (r.villages - previous.villages)) * 1000)
          : '';
        ratioRows.push([
          name,
          r.villages,
          round(r.villages / base.villages, 2),
          round(q.medianMs / b.medianMs, 2),
          marginal,
          round(heapGrowth / Math.max(b.peakHeapMB - b.baselineHeapMB, 0.1), 2),
        ]);
      }
      previous = { villages: r.villages, q };
    }
    if (counts.size > 1) {
      statementsEqual = false;
      problems.push(`${name}: SQL statements per request differ between sizes (${[...counts].join(', ')})`);
    }
  }

  const header = ['query', 'villages', 'median ms', 'max ms', 'SQL ms', 'SQL statements', 'response KB'];
  header.push('peak RSS MB', 'peak heap MB', 'heap +MB', 'max loop stall ms');
  console.log(`\n${table(header, rows)}`);
  const ratioHeader = ['query', 'villages', `N / ${base.villages}`, `time / time(${base.villages})`];
  ratioHeader.push('ms per 1,000 more villages', `heap +MB / heap +MB(${base.villages})`);
  console.log(`\n${table(ratioHeader, ratioRows)}`);
  for (const p of problems) console.log(`PROBLEM: ${p}`);

  await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
  await writeFile(
    RESULTS_FILE,
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        machine,
        runs,
        warmup,
        years: Object.fromEntries(QUERY_NAMES.map((n) => [n, QUERIES[n].year])),
        statementsEqual,
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
