import type { ApolloServerPlugin } from '@apollo/server';

/**
 * graphql-js reports a bad literal as `Int cannot represent non-integer value: "many"` without saying
 * which argument held it. A clerk needs the field, so this prefixes the argument name, read from the
 * document at the error's location (`population: "many"` → `population: Int cannot represent …`).
 */
export const nameArgumentsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ source, errors }) {
        if (!source) return;
        const lines = source.split('\n');
        for (const error of errors) {
          const at = error.locations?.[0];
          if (!at || !/cannot represent|does not exist in .* enum/.test(error.message)) continue;
          const before = lines[at.line - 1]?.slice(0, at.column - 1) ?? '';
          const name = /([A-Za-z_][A-Za-z0-9_]*)\s*:\s*$/.exec(before)?.[1];
          if (name && !error.message.startsWith(`${name}:`)) error.message = `${name}: ${error.message}`;
        }
      },
    };
  },
};
