import type { ServerResponse } from 'node:http';
import type { ErrorRequestHandler } from 'express';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  databaseUnavailableHttp,
} from '../graphql/database-unavailable.plugin.js';

/** Requests larger than this answer 413; no legitimate form comes close. */
export const BODY_LIMIT = '1mb';

/**
 * The JSON answer to a failure outside GraphQL's own handling — the body parser's (malformed JSON, too
 * large, an unsupported charset) or a download's: its own 4xx status, or the database outage's 503, or
 * a 500 without details; never an HTML stack.
 */
export function httpErrorAnswer(err: unknown): {
  status: number;
  headers: [string, string][];
  body: { errors: { message: string; extensions: { code: string } }[] };
} {
  if (isDatabaseUnavailable(err)) {
    // The same answer as the API gives (graphql/database-unavailable.plugin.ts).
    console.error(err);
    const http = databaseUnavailableHttp();
    return {
      status: http.status,
      headers: [...http.headers],
      body: {
        errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } }],
      },
    };
  }
  const given = (err as { status?: unknown } | null)?.status;
  const status = typeof given === 'number' && given >= 400 && given < 500 ? given : 500;
  if (status === 500) console.error(err);
  const message =
    status === 413
      ? `Request body too large (limit ${BODY_LIMIT}).`
      : status === 500
        ? 'Internal server error.'
        : String((err as { message?: unknown }).message ?? 'Bad request');
  const code =
    status === 413 || status === 400
      ? 'BAD_USER_INPUT'
      : status === 500
        ? 'INTERNAL_SERVER_ERROR'
        : 'BAD_REQUEST';
  return { status, headers: [], body: { errors: [{ message, extensions: { code } }] } };
}

/** Answers `err` as `httpErrorAnswer` says, on a response whose headers are not sent yet. */
export function sendHttpError(res: ServerResponse, err: unknown): void {
  const { status, headers, body } = httpErrorAnswer(err);
  for (const [name, value] of headers) res.setHeader(name, value);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** Express's error handler for the paths it serves (downloads, the console): `sendHttpError`. */
export const jsonErrors: ErrorRequestHandler = (err, _req, res, next) => {
  if (res.headersSent) return next(err);
  sendHttpError(res, err);
};
