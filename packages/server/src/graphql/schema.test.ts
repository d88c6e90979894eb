import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { printFanbenSchema, SCHEMA_FILE } from './print-schema.js';

describe('schema.graphql', () => {
  it('is the printed schema of the code (run `pnpm --filter @fanben/server print-schema` after a change)', async () => {
    const committed = await readFile(SCHEMA_FILE, 'utf8');
    expect(committed).toBe(await printFanbenSchema());
  });

  it('offers the ra-data-graphql-simple names for every resource of this stage', async () => {
    const schema = await printFanbenSchema();
    for (const x of ['Township', 'Village', 'Cadre', 'User']) {
      for (const name of [
        `${x}(id: ID!)`,
        `all${x}s(`,
        `_all${x}sMeta(`,
        `create${x}(`,
        `update${x}(`,
        `delete${x}(id: ID!)`,
      ]) {
        expect(schema).toContain(name);
      }
      expect(schema).toContain(`input ${x}Filter {`);
    }
  });
});
