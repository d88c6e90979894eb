import pg from 'pg';
import { inject } from 'vitest';
import { admin, quoteIdent, withDatabase } from './database.js';

/**
 * Whether this run has a real PostgreSQL server. Fault tests need one (the embedded database cannot be
 * taken away from under the server); they may be skipped locally without it, never in CI.
 */
export function postgresAvailable(): boolean {
  const template = inject('template');
  if (template.kind === 'postgresql') return true;
  if (process.env.CI === 'true') {
    throw new Error('CI must run the fault tests against real PostgreSQL: set TEST_DATABASE_URL.');
  }
  return false;
}

/** The server URL tests create and drop databases through (the template's, i.e. TEST_DATABASE_URL). */
export function maintenanceUrl(): string {
  const template = inject('template');
  if (template.kind !== 'postgresql') throw new Error('no PostgreSQL server in this run');
  return template.url;
}

/**
 * Plays the database operator for one database, from its own connection outside the server's pool:
 * holds locks, watches the server's backends, terminates them, closes and reopens the database.
 */
export class DatabaseOperator {
  private constructor(
    readonly database: string,
    private readonly client: pg.Client,
  ) {}

  static async connect(database: string): Promise<DatabaseOperator> {
    const client = new pg.Client({ connectionString: withDatabase(maintenanceUrl(), database) });
    // A test that ends by dropping the database cuts this connection too; that is no failure.
    client.on('error', () => {});
    await client.connect();
    return new DatabaseOperator(database, client);
  }

  async query<T extends pg.QueryResultRow = Record<string, unknown>>(text: string, params?: unknown[]) {
    return (await this.client.query<T>(text, params)).rows;
  }

  /** Opens a transaction holding `lock table <table> in <mode> mode` until `release()`. */
  async holdLock(table: string, mode: string): Promise<void> {
    await this.client.query('begin');
    await this.client.query(`lock table ${quoteIdent(table)} in ${mode} mode`);
  }

  async release(): Promise<void> {
    await this.client.query('commit');
  }

  /** The server's backends (every other connection to this database), with what they wait on. */
  async serverBackends() {
    // Inside the lock's transaction, statistics views are a snapshot taken at first use: refresh it.
    await this.client.query('select pg_stat_clear_snapshot()');
    return this.query<{
      pid: number;
      waiting: string | null;
      xid: string | null;
      state: string | null;
      query: string;
    }>(
      `select pid, wait_event_type as waiting, backend_xid::text as xid, state, query
         from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
    );
  }

  /** Waits until `count` server backends wait on a lock, i.e. requests are stuck inside their transaction. */
  async waitForLockWaiters(count: number, timeoutMs = 15_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const waiting = (await this.serverBackends()).filter((b) => b.waiting === 'Lock');
      if (waiting.length >= count) return waiting;
      if (Date.now() > deadline) {
        throw new Error(`expected ${count} backends waiting on a lock, saw ${waiting.length}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** pg_terminate_backend on every other connection to this database; returns how many. */
  async terminateServerBackends(): Promise<number> {
    const rows = await this.query<{ ok: boolean }>(
      `select pg_terminate_backend(pid) as ok from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
    );
    return rows.filter((r) => r.ok).length;
  }

  async end(): Promise<void> {
    await this.client.end();
  }
}

/**
 * Takes a database away as an outage would: new connections are refused and the open ones are cut.
 * Runs on the maintenance database, since the blocked one refuses even the operator.
 */
export async function takeDatabaseAway(database: string): Promise<void> {
  const url = maintenanceUrl();
  await admin(url, `alter database ${quoteIdent(database)} allow_connections false`);
  await admin(
    url,
    `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${database.replace(/'/g, "''")}'`,
  );
}

export async function bringDatabaseBack(database: string): Promise<void> {
  await admin(maintenanceUrl(), `alter database ${quoteIdent(database)} allow_connections true`);
}
