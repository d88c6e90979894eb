import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedDatabase } from './embedded.js';
import { openOrm } from './orm.js';

/**
 * Writes the next migration (src/db/migrations/Migration<timestamp>.ts) from the difference between the
 * entities and a scratch database that has every committed migration applied. Add the new class to
 * migrations/index.ts by hand and review the SQL before committing it.
 */
const dir = fileURLToPath(new URL('../../src/db/migrations', import.meta.url));
const dataDir = await mkdtemp(path.join(tmpdir(), 'fanben-migration-'));
const db = await startEmbeddedDatabase(dataDir);
try {
  const orm = await openOrm(db.url, {
    migrations: { path: dir, pathTs: dir, emit: 'ts', snapshot: false },
  });
  const result = await orm.getMigrator().createMigration(dir);
  console.log(
    result.diff.up.length ? `wrote ${result.fileName}` : 'entities and migrations agree; nothing written',
  );
  await orm.close();
} finally {
  await db.stop();
  await rm(dataDir, { recursive: true, force: true });
}
