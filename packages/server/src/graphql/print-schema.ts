import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildFanbenSchema } from './schema.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

export async function printFanbenSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await buildFanbenSchema())) + '\n';
}

// `pnpm --filter @fanben/server print-schema` rewrites the committed schema.graphql.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(SCHEMA_FILE, await printFanbenSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
