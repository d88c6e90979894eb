/**
 * Our server for the load benchmark, run as a child process of load.ts so that it has its own event
 * loop and its own RSS: `startServer` from @fanben/server on the county's database, exactly as the
 * scale benchmark and production start it (NODE_ENV=production, county.ts's benchServerConfig).
 *
 * SQL logging is off while load runs (formatting every statement would cost time); load.ts switches it
 * on around single requests to count their statements (`count-start`, `count-stop`). With LOAD_CPU_PROF,
 * load.ts has it record a CPU profile of each measured window (`profile-start`, `profile-stop`) through
 * the inspector: only the load, not the start or the floor's turn.
 *
 *   DATABASE_URL   the county's database (empty on the first start: the server makes the county)
 */
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { startServer } from '@fanben/server';
import { benchServerConfig } from '../county.js';
import type { ChildReport, ParentRequest } from './protocol.js';

// MikroORM colours the "[query] " label; the colour codes are stripped before matching.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

let statements: string[] = [];
const server = await startServer(benchServerConfig(process.env.DATABASE_URL!), {
  orm: {
    debug: false,
    logger: (message: string) => {
      const plain = message.replace(ANSI, '');
      if (plain.includes('[query]')) statements.push(plain);
    },
  },
});
// Through the configuration, not the logger: every EntityManager fork re-applies the configured debug
// mode to the logger (MikroORM 6's Configuration.sync).
const setQueryLogging = (on: boolean) => server.orm.config.set('debug', on ? ['query'] : false);
const report = (message: ChildReport) => process.send?.(message);
const inspector = new Session();
inspector.connect();

process.on('message', (message: ParentRequest) => {
  if (message.type === 'count-start') {
    statements = [];
    setQueryLogging(true);
    report({ type: 'counting' });
  } else if (message.type === 'count-stop') {
    setQueryLogging(false);
    report({ type: 'counted', statements });
  } else if (message.type === 'profile-start') {
    void inspector
      .post('Profiler.enable')
      .then(() => inspector.post('Profiler.start'))
      .then(() => report({ type: 'profiling' }));
  } else if (message.type === 'profile-stop') {
    void inspector
      .post('Profiler.stop')
      .then(({ profile }) => writeFile(message.file, JSON.stringify(profile)))
      .then(() => report({ type: 'profiled', file: message.file }));
  } else if (message.type === 'stop') {
    void server.stop().then(() => process.exit(0));
  }
});

report({ type: 'ready', url: server.url, pid: process.pid });
