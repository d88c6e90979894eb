import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, introspectionFromSchema } from 'graphql';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const schemaFile = fileURLToPath(new URL('../server/schema.graphql', import.meta.url));

/**
 * The console reads the API's shape from the committed schema at build time, so it works against a
 * production server that refuses introspection (and makes no introspection round-trip at start).
 */
function committedSchema(): Plugin {
  const id = 'virtual:fanben-schema';
  return {
    name: 'fanben-schema',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      this.addWatchFile(schemaFile);
      const schema = introspectionFromSchema(buildSchema(readFileSync(schemaFile, 'utf8'))).__schema;
      return `export default ${JSON.stringify(schema)};`;
    },
  };
}

export default defineConfig({
  plugins: [react(), committedSchema()],
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 4000 },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/exports': 'http://127.0.0.1:4000' } },
});
