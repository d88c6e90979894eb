import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

// Matches the ORM's pool, so every pooled connection is accepted.
const MAX_CONNECTIONS = 8;

/**
 * PGlite (PostgreSQL compiled to WebAssembly) persisted under `dataDir`, served on a loopback port so
 * the same pg driver path runs as against a real server (docs/adr/0001-embedded-database.md).
 */
export async function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const dir = path.resolve(dataDir, 'pgdata');
  await mkdir(dir, { recursive: true });
  const unlock = await lockDataDir(dataDir);
  try {
    const db = await PGlite.create(dir);
    const server = new PGLiteSocketServer({
      db,
      host: '127.0.0.1',
      port: 0,
      maxConnections: MAX_CONNECTIONS,
    });
    await server.start();
    return {
      url: `postgres://postgres@${server.getServerConn()}/postgres`,
      async stop() {
        await server.stop();
        await db.close();
        await unlock();
      },
    };
  } catch (err) {
    await unlock();
    throw err;
  }
}
