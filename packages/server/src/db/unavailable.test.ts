import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './unavailable.js';

const err = (message: string, fields: Record<string, unknown> = {}) =>
  Object.assign(new Error(message), fields);

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a terminated backend', err('terminating connection due to administrator command', { code: '57P01' })],
    ['a connection exception (class 08)', err('connection failure', { code: '08006' })],
    ['a refused socket', err('connect ECONNREFUSED 127.0.0.1:5432', { code: 'ECONNREFUSED' })],
    ['a closed database', err('database "x" is not currently accepting connections', { code: '55000' })],
    ['a socket closed under a query', err('Connection terminated unexpectedly')],
    [
      'an exhausted pool',
      Object.assign(err('Knex: Timeout acquiring a connection.'), { name: 'KnexTimeoutError' }),
    ],
    ['a wrapped cause', err('request failed', { cause: err('x', { code: 'ECONNRESET' }) })],
  ])('%s: yes', (_, e) => expect(isDatabaseUnavailable(e)).toBe(true));

  it.each([
    ['a unique violation', err('duplicate key value', { code: '23505' })],
    ['another object-state error', err('cannot drop the currently open database', { code: '55006' })],
    ['a syntax error', err('syntax error at or near "selec"', { code: '42601' })],
    ['a programming error', new TypeError('x is undefined')],
    ['nothing', undefined],
  ])('%s: no', (_, e) => expect(isDatabaseUnavailable(e)).toBe(false));
});
