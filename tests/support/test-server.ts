import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { loadConfig, startServer, type RunningServer } from '@fanben/server';
import { admin, quoteIdent, withDatabase } from './database.js';
import { ADMIN_PASSWORD } from './global-setup.js';
import { GraphQLClient } from './graphql-client.js';

export interface TestServer {
  url: string;
  server: RunningServer;
  /** SQL statements the server has sent since the last `resetQueries()`. */
  queries: string[];
  resetQueries(): void;
  /** A client logged in as `username` (the demo users' password unless given). */
  as(username: string, password?: string): Promise<GraphQLClient>;
  anonymous(): GraphQLClient;
  /** Runs SQL directly on this test's database, bypassing the server (to check what was written). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/**
 * A real server on a fresh copy of the demo county, listening on a free loopback port. With
 * `{ empty: true }` it starts on an empty database instead, as a new installation would (e.g. to boot
 * another county's configuration).
 */
export async function startTestServer(
  env: Record<string, string> = {},
  opts: { empty?: boolean } = {},
): Promise<TestServer> {
  const template = inject('template');
  const queries: string[] = [];
  const base = { ADMIN_PASSWORD, DEMO_DATA: '0', PORT: '0', NODE_ENV: 'test', ...env };
  let cleanup: () => Promise<void>;
  let config;
  if (template.kind === 'postgresql') {
    const database = `fanben_test_${randomBytes(6).toString('hex')}`;
    const copy = opts.empty ? '' : ` template ${quoteIdent(template.database)}`;
    await admin(template.url, `create database ${quoteIdent(database)}${copy}`);
    config = loadConfig({ ...base, DATABASE_URL: withDatabase(template.url, database) });
    cleanup = () => admin(template.url, `drop database if exists ${quoteIdent(database)} with (force)`);
  } else {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'fanben-test-'));
    if (!opts.empty) await cp(template.dataDir, dataDir, { recursive: true });
    config = loadConfig({ ...base, DATA_DIR: dataDir });
    cleanup = () => rm(dataDir, { recursive: true, force: true });
  }
  const server = await startServer(config, {
    orm: { debug: ['query'], logger: (message: string) => queries.push(message) },
  }).catch(async (err: unknown) => {
    await cleanup();
    throw err;
  });
  const anonymous = () => new GraphQLClient(server.url);
  return {
    url: server.url,
    server,
    queries,
    resetQueries: () => void queries.splice(0),
    anonymous,
    async as(username, password = 'fanben-demo') {
      const client = anonymous();
      await client.login(username, username === 'admin' ? ADMIN_PASSWORD : password);
      return client;
    },
    async sql(text, params) {
      const result = await server.orm.em.getConnection().execute(text, params as unknown[]);
      return result as never;
    },
    async stop() {
      await server.stop();
      await cleanup();
    },
  };
}
