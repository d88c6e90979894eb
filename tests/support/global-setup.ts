import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig, startServer } from '@fanben/server';
import { admin, quoteIdent, testDatabaseUrl, withDatabase } from './database.js';

export const ADMIN_PASSWORD = 'admin-test-password';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated database holding the demo county, copied for each test file. */
    template: { kind: 'postgresql'; url: string; database: string } | { kind: 'embedded'; dataDir: string };
  }
}

/**
 * Builds the demo county once per run: with PostgreSQL as a template database (each test file gets a
 * CREATE DATABASE … TEMPLATE copy), without it as an embedded data directory that test files copy.
 */
export default async function setup(project: TestProject) {
  const url = testDatabaseUrl();
  const env = { ADMIN_PASSWORD, DEMO_DATA: '1', PORT: '0', NODE_ENV: 'test' };
  if (url) {
    const database = `fanben_template_${process.pid}`;
    await admin(url, `drop database if exists ${quoteIdent(database)}`);
    await admin(url, `create database ${quoteIdent(database)}`);
    const server = await startServer(loadConfig({ ...env, DATABASE_URL: withDatabase(url, database) }));
    await server.stop();
    project.provide('template', { kind: 'postgresql', url, database });
    return async () => {
      await admin(url, `drop database if exists ${quoteIdent(database)} with (force)`);
    };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'fanben-template-'));
  const server = await startServer(loadConfig({ ...env, DATA_DIR: dataDir }));
  await server.stop();
  project.provide('template', { kind: 'embedded', dataDir });
  return async () => {
    await rm(dataDir, { recursive: true, force: true });
  };
}
