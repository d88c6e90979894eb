import { getHeapStatistics } from 'node:v8';
import { loadConfig, refuseStart } from './config.js';
import { DEMO_PASSWORD } from './db/seeds/demo.js';
import { startServer } from './server.js';

/** Time left after the grace period to close the database pool, before exiting regardless. */
const STOP_MARGIN_SECONDS = 5;

/** Operators size the heap to the county (HEAP_MB, README): say what this process got. */
function heapLine(): string {
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].reverse();
  const valueOf = (name: string) => flags.find((a) => a.startsWith(`${name}=`))?.split('=')[1];
  const old = valueOf('--max-old-space-size');
  const young = valueOf('--max-semi-space-size');
  const total = Math.round(getHeapStatistics().heap_size_limit / 2 ** 20);
  const youngPart = young ? `, ${young} MB semispaces for new ones` : '';
  return old
    ? `Heap: ${old} MB for long-lived objects${youngPart} (${total} MB in all)`
    : `Heap: Node's default limit, ${total} MB (HEAP_MB sets it when started with pnpm start)`;
}

async function main() {
  const config = loadConfig();
  const server = await startServer(config);
  const { firstStart } = server;
  // Before the greeting: whoever reads the address may signal at once, and a SIGTERM that came before
  // the handler would kill the process without draining.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing open requests, then stopping.`);
    // A request stuck in the database (e.g. on a lock) would keep the pool, and so the process, open
    // forever: after the grace period and a margin to close the pool, leave without it. The database
    // rolls back whatever transaction the cut connection held.
    const limitSeconds = config.shutdownGraceSeconds + STOP_MARGIN_SECONDS;
    setTimeout(() => {
      console.error(`Requests still open ${limitSeconds}s after ${signal}: stopping without them.`);
      process.exit(1);
    }, limitSeconds * 1000).unref();
    try {
      await server.stop();
    } catch (err) {
      console.error('Stopping failed:', err);
      process.exit(1);
    }
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  // One write, so whoever watches the output sees the whole greeting at once.
  const lines = [
    `Fanben 范本 is running at ${server.url}/  (GraphQL: ${server.url}/graphql)`,
    server.databaseKind === 'embedded'
      ? `Database: embedded PostgreSQL (PGlite) in ${config.dataDir}`
      : 'Database: PostgreSQL from DATABASE_URL',
    heapLine(),
  ];
  if (firstStart.generatedAdminPassword) {
    lines.push(
      `Created user "admin" with the generated password: ${firstStart.generatedAdminPassword}`,
      'It is shown only this once: write it down, or set ADMIN_PASSWORD before the first start.',
    );
  }
  if (firstStart.demoLogins.length > 0) {
    lines.push(`Demo county loaded. Demo logins (password "${DEMO_PASSWORD}"):`);
    for (const l of firstStart.demoLogins)
      lines.push(`  ${l.username.padEnd(15)} ${l.role.padEnd(18)} ${l.scope}`);
  }
  console.log(lines.join('\n'));
}

main().catch(refuseStart);
