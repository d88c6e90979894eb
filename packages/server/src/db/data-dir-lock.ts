import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../config.js';

/** The file that says which process has a DATA_DIR open; backup scripts look for it too. */
export const LOCK_FILE = 'fanben.pid';

/**
 * One server per DATA_DIR. PGlite takes no lock of its own, and two processes writing the same files
 * corrupt them; a copy taken while a server runs may be inconsistent (scripts/backup-embedded.sh
 * refuses while the process named here is alive). Returns the release.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const file = path.join(path.resolve(dataDir), LOCK_FILE);
  try {
    await writeFile(file, `${process.pid}\n`, { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const holder = Number.parseInt(await readFile(file, 'utf8'), 10);
    // Our own pid is a leftover of an earlier life (a container restarts as the same pid).
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new ConfigError(
        `DATA_DIR ${dataDir} is in use by another Fanben server (process ${holder}). Stop it first, or delete ${LOCK_FILE} there if that process is not Fanben.`,
      );
    }
    // A server that was killed without stopping left the file behind.
    await writeFile(file, `${process.pid}\n`);
  }
  return () => rm(file, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
