import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    // graphql 16 has no exports map: without this alias two copies load under vitest
    // ("Cannot use GraphQLObjectType from another module or realm").
    alias: [
      {
        find: /^graphql$/,
        replacement: fileURLToPath(
          new URL('./node_modules/.pnpm/node_modules/graphql/index.js', import.meta.url),
        ),
      },
    ],
  },
  test: {
    include: ['packages/**/src/**/*.test.ts', 'tests/**/*.test.ts', 'examples/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
