import type { IncomingMessage, ServerResponse } from 'node:http';
import express from 'express';
import cors from 'cors';
import proxyaddr from 'proxy-addr';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Config } from '../config.js';
import type { Context } from '../graphql/context.js';
import { BODY_LIMIT, sendHttpError } from './errors.js';
import { endWithText } from './answer-text.js';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** The API's one path, with or without a query string (GET requests carry the operation in it). */
const GRAPHQL_PATH = /^\/graphql(?:\?|$)/;

/**
 * Serves `/graphql` straight from Node's HTTP server, every other path through `app` (ADR 0010).
 *
 * The API's requests skip Express — its router, the prototypes it gives each request and response,
 * `res.send`'s ETag — and keep what it did for them, each by the same library: CORS from the
 * configured origins (`cors`), the JSON body parser with its 1 MB limit (`express.json`, so the same
 * 400, 413 and 415 answers), the client's address behind `TRUST_PROXY` hops or addresses as Express
 * computes `req.ip` (`proxy-addr`), and Apollo's HTTP handling as its Express integration calls it.
 */
export function withGraphqlServed(
  app: Listener,
  opts: {
    apollo: ApolloServer<Context>;
    /** The `cors` middleware of CORS_ORIGINS, as the app's other paths use it. */
    allowOrigins: ReturnType<typeof cors>;
    /** The request's context (its client address by `clientAddress` below). */
    context: (req: IncomingMessage) => Promise<Context>;
  },
): Listener {
  const { apollo, allowOrigins, context } = opts;
  const parseJson = express.json({ limit: BODY_LIMIT });

  const serve = async (req: IncomingMessage & { body?: unknown }, res: ServerResponse) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (req.method ?? 'GET').toUpperCase(),
        headers,
        search: query < 0 ? '' : url.slice(query),
        body: req.body,
      },
      context: () => context(req),
    });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      endWithText(res, answer.body.string);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };

  return (req, res) => {
    if (!GRAPHQL_PATH.test(req.url ?? '')) return app(req, res);
    const fail = (err: unknown) => {
      if (!res.headersSent) return sendHttpError(res, err);
      // Too late for an answer: log it as a 500 would be, and cut the response short.
      console.error(err);
      res.destroy();
    };
    allowOrigins(req, res, () => {
      parseJson(req as express.Request, res as express.Response, (err?: unknown) => {
        if (err) return fail(err);
        serve(req, res).catch(fail);
      });
    });
  };
}

/**
 * The client's address as Express's `req.ip` gives it with `trust proxy` set to `trustProxy`: the
 * socket's peer, or behind trusted proxies (a number of hops, or their addresses) the address they
 * name in `X-Forwarded-For`.
 */
export function clientAddress(trustProxy: Config['trustProxy']): (req: IncomingMessage) => string {
  const trust =
    typeof trustProxy === 'number'
      ? (_address: string, hop: number) => hop < trustProxy
      : proxyaddr.compile(trustProxy || []);
  return (req) => proxyaddr(req, trust);
}
