import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Executes operations with graphql-jit instead of graphql-js, through Apollo's gateway interface (the
 * one way Apollo Server 4 and 5 accept another executor). Apollo still parses, validates (our limits
 * included), formats errors and runs every plugin; only execution changes.
 *
 * graphql-jit compiles each operation once into JavaScript specialised for its selection: no path and
 * resolve-info objects built per field of every row, no generic walk of the selection. On the 500-row
 * village page and the assessor's queue that was a quarter to a third of the server's CPU per request
 * (bench/README.md, ADR 0007).
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  // Apollo hands back the same parsed document for a query it has seen (its document cache), so one
  // compilation serves every later request with that query text.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery>>();

  const executor: GatewayExecutor = async ({ document, operationName, request, context }) => {
    let byOperation = compiled.get(document);
    if (!byOperation) {
      byOperation = new Map();
      compiled.set(document, byOperation);
    }
    const key = operationName ?? '';
    let query = byOperation.get(key);
    if (!query) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      // An operation that cannot be compiled (e.g. an unknown operationName) answers its errors.
      if (!isCompiledQuery(result)) return withGraphQLErrors(result);
      query = result;
      byOperation.set(key, query);
    }
    return withGraphQLErrors(await query.query(undefined, context, request.variables ?? {}));
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors imitate graphql-js's but leave `extensions` undefined when the thrown error had
 * none, which Apollo's error formatting does not expect. Each becomes a graphql-js GraphQLError with
 * the same message, locations, path, extensions and original error (formatError maps the original).
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  // Without data, execution never started: the variables did not fit their types. graphql-js's errors
  // carry the variable's definition, from which Apollo makes them BAD_USER_INPUT; graphql-jit's do not.
  const variablesRefused = !('data' in result);
  const errors = result.errors.map((e) => {
    const badVariable = variablesRefused && e.message.startsWith('Variable "$');
    // A refused variable is the caller's mistake whatever the scalar that refused it threw.
    const error = badVariable
      ? new GraphQLError(e.message, { extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT } })
      : new GraphQLError(e.message, {
          path: e.path,
          originalError: e.originalError ?? undefined,
          extensions: e.extensions ?? undefined,
        });
    if (e.locations) Object.assign(error, { locations: e.locations });
    return error;
  });
  return { ...result, errors };
}
