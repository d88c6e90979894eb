import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const MAIN = fileURLToPath(new URL('../../packages/server/dist/main.js', import.meta.url));
const SERVER_DIR = fileURLToPath(new URL('../../packages/server/', import.meta.url));

/**
 * How the server is started: `node dist/main.js` itself, or the server package's `start` script as
 * `pnpm start` runs it (through a shell, with the heap flags HEAP_MB and SEMISPACE_MB give).
 */
export type StartPath = 'main' | 'start script';

/** Servers still running, killed after the test file: a failed assertion skips its `stop()`. */
const running = new Map<ChildProcess, StartPath>();
afterAll(() => {
  for (const [child, via] of running) signal(child, via, 'SIGKILL');
});

function launch(env: Record<string, string>, via: StartPath): ChildProcess {
  const options: SpawnOptions = { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] };
  let child: ChildProcess;
  if (via === 'main') {
    child = spawn(process.execPath, [MAIN], options);
  } else {
    const script = (
      JSON.parse(readFileSync(`${SERVER_DIR}package.json`, 'utf8')) as { scripts: { start: string } }
    ).scripts.start;
    // Its own process group, so that a signal reaches the server behind the shell, as a terminal's would.
    child = spawn('sh', ['-c', script], { ...options, cwd: SERVER_DIR, detached: true });
  }
  running.set(child, via);
  child.once('exit', () => running.delete(child));
  return child;
}

/** Sends `signal` to the server (and, for the start script, to its shell). */
function signal(child: ChildProcess, via: StartPath, name: NodeJS.Signals): void {
  if (via === 'main') child.kill(name);
  else if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, name);
}

export interface SpawnedServer {
  url: string;
  output: () => string;
  process: ChildProcess;
  stop(): Promise<number | null>;
}

/** The environment of a machine with nothing configured: no database URL leaks in from CI. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...extra };
  return env;
}

/** Starts the server the real way (`node packages/server/dist/main.js`) and waits for its address line. */
export function spawnServer(
  env: Record<string, string>,
  { timeoutMs = 120_000, via = 'main' }: { timeoutMs?: number; via?: StartPath } = {},
): Promise<SpawnedServer> {
  const child = launch(env, via);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal(child, via, 'SIGKILL');
      reject(new Error(`server did not start in time:\n${out}`));
    }, timeoutMs);
    const check = () => {
      const match = /running at (http:\/\/[^/\s]+)\//.exec(out);
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.off('data', check);
      resolve({
        url: match[1],
        output: () => out,
        process: child,
        async stop() {
          signal(child, via, 'SIGTERM');
          return exited;
        },
      });
    };
    child.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before starting:\n${out}`));
    });
  });
}

/** Runs the server expecting it to refuse to start; returns its exit code and output. */
export function runUntilExit(
  env: Record<string, string>,
  via: StartPath = 'main',
): Promise<{ code: number | null; output: string }> {
  const child = launch(env, via);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}
