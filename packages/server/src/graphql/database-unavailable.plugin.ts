import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { isDatabaseUnavailable } from '../db/unavailable.js';

/** What the client reads when the database is away: no driver text, nothing about the request. */
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is not answering. Please try again in a moment.';

/** Seconds a client should wait before retrying; a dropped connection is replaced at the next request. */
const RETRY_AFTER_SECONDS = '5';

/** The HTTP head of such an answer, also for failures before any resolver runs (the session lookup). */
export const databaseUnavailableHttp = () => ({
  status: 503,
  headers: new HeaderMap([['retry-after', RETRY_AFTER_SECONDS]]),
});

/**
 * A GraphQL answer that failed because the database was unreachable goes out with HTTP 503 and
 * `Retry-After` (formatError gives it the SERVICE_UNAVAILABLE code), so clients, proxies and monitors
 * see a passing outage, not a server bug (500) and not a success (200 with errors).
 */
export const databaseUnavailablePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, response }) {
        if (!errors.some((e) => isDatabaseUnavailable(e.originalError))) return;
        const http = databaseUnavailableHttp();
        response.http.status = http.status;
        for (const [name, value] of http.headers) response.http.headers.set(name, value);
      },
    };
  },
};
