import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import express, { type ErrorRequestHandler, type Request } from 'express';
import cors from 'cors';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Config } from '../config.js';
import type { IndicatorRegistry } from '../county/indicator-registry.js';
import type { Orm } from '../db/orm.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import { LoginThrottle } from '../auth/login-throttle.js';
import { tokenHashOf, userOfSession } from '../auth/sessions.js';
import { localeFrom, type Context } from '../graphql/context.js';
import { formatError } from '../graphql/errors.js';
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  databaseUnavailableHttp,
  databaseUnavailablePlugin,
} from '../graphql/database-unavailable.plugin.js';
import { limitRules } from '../graphql/limits.js';
import { nulCharactersPlugin } from '../graphql/nul-characters.plugin.js';
import { nameArgumentsPlugin } from '../graphql/name-arguments.plugin.js';
import { Loaders } from '../graphql/loaders.js';
import { jitGateway } from '../graphql/jit-executor.js';
import { exportsRouter } from './exports.js';
import { healthRouter } from './health.js';

/** Requests larger than this answer 413; no legitimate form comes close. */
export const BODY_LIMIT = '1mb';
/** Tokens in one GraphQL document: the console's largest query (introspection) uses a few hundred. */
export const MAX_TOKENS = 5000;

const defaultAdminDist = fileURLToPath(new URL('../../../admin/dist', import.meta.url));

export async function createApp(opts: {
  config: Config;
  orm: Orm;
  schema: GraphQLSchema;
  httpServer: Server;
  registry: IndicatorRegistry;
}): Promise<{ app: express.Express; apollo: ApolloServer<Context> }> {
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

  /** One EntityManager fork, the caller's session and DataLoaders: the same for GraphQL and downloads. */
  const requestContext = async (req: Request): Promise<Context> => {
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
      // Behind a reverse proxy, TRUST_PROXY makes this the client's address rather than the proxy's.
      clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      loginThrottle,
    };
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(cors({ origin: config.corsOrigins, credentials: false }));
  app.use(healthRouter(orm));
  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: ({ req }) => requestContext(req),
    }),
  );
  app.use('/exports', exportsRouter(requestContext));
  serveConsole(app, config.adminDist ?? defaultAdminDist);
  app.use(jsonErrors);
  return { app, apollo };
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

/** Body-parser and other HTTP-level failures answer JSON with their own status, never an HTML stack. */
const jsonErrors: ErrorRequestHandler = (err, _req, res, next) => {
  if (res.headersSent) return next(err);
  if (isDatabaseUnavailable(err)) {
    // A download met a database outage: the same answer as the API gives (graphql/database-unavailable).
    console.error(err);
    const http = databaseUnavailableHttp();
    for (const [name, value] of http.headers) res.setHeader(name, value);
    res.status(http.status).json({
      errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    });
    return;
  }
  const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
  if (status === 500) console.error(err);
  const message =
    status === 413
      ? `Request body too large (limit ${BODY_LIMIT}).`
      : status === 500
        ? 'Internal server error.'
        : String(err.message ?? 'Bad request');
  const code =
    status === 413 || status === 400
      ? 'BAD_USER_INPUT'
      : status === 500
        ? 'INTERNAL_SERVER_ERROR'
        : 'BAD_REQUEST';
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};
