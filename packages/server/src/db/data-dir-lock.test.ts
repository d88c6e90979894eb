import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../config.js';
import { LOCK_FILE, lockDataDir } from './data-dir-lock.js';

/** A pid that surely belongs to no process: one of a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('one server per DATA_DIR', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fanben-lock-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));
  const lockFile = () => path.join(dir, LOCK_FILE);

  it('writes our pid, and removes it on release', async () => {
    const release = await lockDataDir(dir);
    expect(await readFile(lockFile(), 'utf8')).toBe(`${process.pid}\n`);
    await release();
    await expect(readFile(lockFile())).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a DATA_DIR held by another live process, naming it', async () => {
    await writeFile(lockFile(), `${process.ppid}\n`);
    await expect(lockDataDir(dir)).rejects.toThrow(ConfigError);
    await expect(lockDataDir(dir)).rejects.toThrow(
      `in use by another Fanben server (process ${process.ppid})`,
    );
    expect(await readFile(lockFile(), 'utf8')).toBe(`${process.ppid}\n`);
  });

  it('takes over the file of a server that was killed, or of an earlier life with our own pid', async () => {
    await writeFile(lockFile(), `${await deadPid()}\n`);
    await lockDataDir(dir);
    expect(await readFile(lockFile(), 'utf8')).toBe(`${process.pid}\n`);
    await lockDataDir(dir);
    expect(await readFile(lockFile(), 'utf8')).toBe(`${process.pid}\n`);
  });
});
