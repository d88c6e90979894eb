/**
 * Whether an error means "the database is not reachable right now" rather than "this request or our
 * code is wrong": the connection was refused, cut or timed out, the server is shutting down or
 * refuses new connections, or the pool had no connection to give. Such faults pass by themselves,
 * so the client is told to retry (SERVICE_UNAVAILABLE, HTTP 503) instead of being shown a bug.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  // MikroORM wraps the driver's error (copying its fields); others nest it as `cause`.
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code, message, name } = e as { code?: unknown; message?: unknown; name?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
    if (name === 'KnexTimeoutError') return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((m) => m.test(message))) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

const UNAVAILABLE_CODES = new Set([
  // PostgreSQL SQLSTATEs (class 08, connection exception, is matched by prefix)
  '57P01', // admin_shutdown: pg_terminate_backend, or the server is stopping
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: the server is starting or in recovery
  '53300', // too_many_connections
  // Node socket errors
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

const UNAVAILABLE_MESSAGES = [
  // node-postgres, when the socket closes under a query or a closed client is used again
  /^Connection terminated/,
  /is not queryable/,
  // ALTER DATABASE … ALLOW_CONNECTIONS false (SQLSTATE 55000, which is otherwise too broad to match)
  /is not currently accepting connections/,
];
