import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import express from 'express';
import cors from 'cors';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Config } from '../config.js';
import type { IndicatorRegistry } from '../county/indicator-registry.js';
import type { Orm } from '../db/orm.js';
import { LoginThrottle } from '../auth/login-throttle.js';
import { tokenHashOf, userOfSession } from '../auth/sessions.js';
import { localeFrom, type Context } from '../graphql/context.js';
import { formatError } from '../graphql/errors.js';
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  databaseUnavailableHttp,
  databaseUnavailablePlugin,
} from '../graphql/database-unavailable.plugin.js';
import { jsonErrors } from './errors.js';
import { clientAddress, withGraphqlServed } from './graphql-handler.js';
import { limitRules } from '../graphql/limits.js';
import { nulCharactersPlugin } from '../graphql/nul-characters.plugin.js';
import { nameArgumentsPlugin } from '../graphql/name-arguments.plugin.js';
import { Loaders } from '../graphql/loaders.js';
import { jitGateway } from '../graphql/jit-executor.js';
import { exportsRouter } from './exports.js';
import { healthRouter } from './health.js';

/** Tokens in one GraphQL document: the console's largest query (introspection) uses a few hundred. */
export const MAX_TOKENS = 5000;

const defaultAdminDist = fileURLToPath(new URL('../../../admin/dist', import.meta.url));

export async function createApp(opts: {
  config: Config;
  orm: Orm;
  schema: GraphQLSchema;
  httpServer: Server;
  registry: IndicatorRegistry;
}): Promise<{
  listener: (req: IncomingMessage, res: ServerResponse) => void;
  apollo: ApolloServer<Context>;
}> {
  const { config, orm, schema, httpServer, registry } = opts;
  const apollo = new ApolloServer<Context>({
    // graphql-jit executes instead of graphql-js (graphql/jit-executor.ts); Apollo still parses and validates.
    gateway: jitGateway(schema),
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Bounds the parser's work; a longer document is a syntax error (400), never a 500.
    parseOptions: { maxTokens: MAX_TOKENS },
    // Depth, aliases, directives and cost of one operation (graphql/limits.ts): a 400, never a 500.
    validationRules: limitRules(),
    // main.ts handles SIGTERM itself (drain, close the database, exit); two handlers race and hang.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) =>
      formatError(formatted, error, { production: config.production, log: (e) => console.error(e) }),
    plugins: [
      ApolloServerPluginDrainHttpServer({
        httpServer,
        stopGracePeriodMillis: config.shutdownGraceSeconds * 1000,
      }),
      // We set no cache hints; the plugin would cost time on every field.
      ApolloServerPluginCacheControlDisabled(),
      // The default landing page loads scripts from the internet; the console lives at `/`.
      ApolloServerPluginLandingPageDisabled(),
      nameArgumentsPlugin,
      nulCharactersPlugin,
      databaseUnavailablePlugin,
    ],
  });
  await apollo.start();

  // One per server: the counters of failed logins (in memory; see auth/login-throttle.ts).
  const loginThrottle = new LoginThrottle(config.loginThrottle);

  // Behind a reverse proxy, TRUST_PROXY makes this the client's address rather than the proxy's.
  const clientAddressOf = clientAddress(config.trustProxy);

  /** One EntityManager fork, the caller's session and DataLoaders: the same for GraphQL and downloads. */
  const requestContext = async (req: IncomingMessage): Promise<Context> => {
    const em = orm.em.fork();
    const sessionTokenHash = tokenHashOf(req.headers.authorization);
    const user = sessionTokenHash ? await userOfSession(em, sessionTokenHash).catch(databaseDown) : null;
    return {
      em,
      user,
      loaders: new Loaders(em, user),
      locale: localeFrom(req.headers['accept-language']),
      config,
      registry,
      sessionTokenHash,
      clientAddress: clientAddressOf(req),
      loginThrottle,
    };
  };

  // One CORS policy (CORS_ORIGINS) for the API and for Express's paths.
  const allowOrigins = cors({ origin: config.corsOrigins, credentials: false });
  const app = express();
  app.disable('x-powered-by');
  app.use(allowOrigins);
  app.use(healthRouter(orm));
  app.use('/exports', exportsRouter(requestContext));
  serveConsole(app, config.adminDist ?? defaultAdminDist);
  app.use(jsonErrors);
  // `/graphql` is served before Express sees the request (http/graphql-handler.ts).
  return {
    listener: withGraphqlServed(app, { apollo, allowOrigins, context: requestContext }),
    apollo,
  };
}

/** The session lookup failed: the database is away, which the caller can only wait out. */
function databaseDown(err: unknown): never {
  console.error(err);
  throw new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: databaseUnavailableHttp() },
  });
}

/** The built react-admin console at `/`, with client-side routes falling back to index.html. */
function serveConsole(app: express.Express, dist: string) {
  const index = path.join(dist, 'index.html');
  if (!existsSync(index)) {
    app.get('/', (_req, res) => {
      res
        .type('html')
        .send(
          '<!doctype html><meta charset="utf-8"><title>Fanben</title><p>范本 Fanben: the console is not built. GraphQL is at <a href="/graphql">/graphql</a>.</p>',
        );
    });
    return;
  }
  app.use(express.static(dist, { index: 'index.html', maxAge: '1h' }));
  app.get(/^\/(?!graphql|healthz).*/, (_req, res) => res.sendFile(index));
}
