import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../support/graphql-client.js';
import { runUntilExit, spawnServer } from '../support/spawn-server.js';

describe('the real start path on the embedded database', () => {
  const dirs: string[] = [];
  const fresh = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'fanben-boot-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('starts on a fresh DATA_DIR with demo data, answers /healthz and GraphQL, and keeps its data across a restart', async () => {
    const dataDir = await fresh();
    const env = { DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' };

    const first = await spawnServer(env);
    const out = first.output();
    // What a newcomer reads: the address, the generated admin password, the demo logins.
    expect(out).toMatch(/Database: embedded PostgreSQL \(PGlite\)/);
    const password = /generated password: (\S+)/.exec(out)?.[1];
    expect(password).toBeTruthy();
    expect(out).toContain('demo.clerk');
    expect(out).toContain('fanben-demo');
    // …and nothing that looks like something went wrong (a library's deprecation warning included).
    expect(out).not.toMatch(/Warning|Error/);

    const health = await fetch(`${first.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'up' });

    const admin = new GraphQLClient(first.url);
    await admin.login('admin', password!);
    const counts = await admin.data<{
      _allTownshipsMeta: { count: number };
      _allVillagesMeta: { count: number };
      _allCadresMeta: { count: number };
    }>('{ _allTownshipsMeta { count } _allVillagesMeta { count } _allCadresMeta { count } }');
    expect(counts).toEqual({
      _allTownshipsMeta: { count: 42 },
      _allVillagesMeta: { count: 508 },
      _allCadresMeta: { count: 2053 },
    });
    // The village list's columns come from plain statements with bound array parameters: they must
    // work through the embedded database's wire protocol too.
    const villages = await admin.allPages<{ cadreCount: number; currentTier: number | null }>(
      'query ($page: Int) { allVillages(page: $page, perPage: 500) { cadreCount currentTier } }',
      'allVillages',
    );
    const active = await admin.data<{ _allCadresMeta: { count: number } }>(
      '{ _allCadresMeta(filter: { active: true }) { count } }',
    );
    expect(villages).toHaveLength(508);
    expect(villages.reduce((sum, v) => sum + v.cadreCount, 0)).toBe(active._allCadresMeta.count);
    expect(villages.some((v) => v.currentTier !== null)).toBe(true);
    await admin.data('mutation { createTownship(name: "测试镇", code: "520502999") { id } }');
    expect(await first.stop()).toBe(0);

    const second = await spawnServer(env);
    // The password is printed once only, and the demo is not loaded twice.
    expect(second.output()).not.toMatch(/generated password/);
    expect(second.output()).not.toContain('Demo county loaded');
    const again = new GraphQLClient(second.url);
    await again.login('admin', password!);
    const after = await again.data<{ allTownships: { name: string }[]; _allVillagesMeta: { count: number } }>(
      '{ allTownships(filter: { q: "测试镇" }) { name } _allVillagesMeta { count } }',
    );
    expect(after).toEqual({ allTownships: [{ name: '测试镇' }], _allVillagesMeta: { count: 508 } });
    expect(await second.stop()).toBe(0);
  });

  it('a bad configuration value stops the start with one line naming the variable', async () => {
    const bad = await runUntilExit({ DATA_DIR: await fresh(), PORT: 'eighty' });
    expect(bad.code).toBe(1);
    expect(bad.output.trim().split('\n')).toHaveLength(1);
    expect(bad.output).toMatch(/^Fanben cannot start\. Invalid PORT="eighty"/);

    const url = await runUntilExit({ DATABASE_URL: 'mysql://localhost/x' });
    expect(url.code).toBe(1);
    expect(url.output).toMatch(/Invalid DATABASE_URL/);
    expect(url.output).not.toContain('mysql://');
  });

  it('`pnpm start` sizes the heap from HEAP_MB and SEMISPACE_MB, and refuses a size it cannot use, naming the variable', async () => {
    const env = { DATA_DIR: await fresh(), PORT: '0', HOST: '127.0.0.1', DEMO_DATA: '0' };
    const sized = await spawnServer({ ...env, HEAP_MB: '300', SEMISPACE_MB: '16' }, { via: 'start script' });
    // The limit V8 reports back: the old generation and three semispaces' worth of young generation.
    expect(sized.output()).toContain(
      `Heap: 300 MB for long-lived objects, 16 MB semispaces for new ones (${300 + 3 * 16} MB in all)`,
    );
    expect(await sized.stop()).toBe(0);

    // Node itself would stop with its own flag's name (`--max-old-space-size`) and no word of HEAP_MB.
    const bad = await runUntilExit({ ...env, HEAP_MB: '1g' }, 'start script');
    expect(bad.code).toBe(1);
    expect(bad.output.trim().split('\n')).toEqual([
      'Fanben cannot start. Invalid HEAP_MB="1g": must be a whole number of megabytes, such as 512',
    ]);
    const tiny = await runUntilExit({ ...env, SEMISPACE_MB: '0' }, 'start script');
    expect(tiny.code).toBe(1);
    expect(tiny.output).toMatch(/^Fanben cannot start\. Invalid SEMISPACE_MB="0": must be at least 1\n$/);
  });
});
