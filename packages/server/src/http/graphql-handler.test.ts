import type { IncomingMessage } from 'node:http';
import express from 'express';
import { describe, expect, it } from 'vitest';
import type { Config } from '../config.js';
import { clientAddress } from './graphql-handler.js';

/** A request from `peer` carrying `forwarded` as X-Forwarded-For (none when undefined). */
function request(peer: string, forwarded?: string): IncomingMessage {
  const socket = { remoteAddress: peer };
  return {
    headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
    socket,
    connection: socket,
  } as unknown as IncomingMessage;
}

/** What Express's `req.ip` says for the same request with `trust proxy` set as the server sets it. */
function expressIp(trustProxy: Config['trustProxy'], req: IncomingMessage): string | undefined {
  const app = express();
  app.set('trust proxy', trustProxy);
  const expressReq = Object.assign(Object.create(app.request), req, { app }) as express.Request;
  return expressReq.ip;
}

describe('the GraphQL client address (TRUST_PROXY), as Express read it before', () => {
  const settings: Config['trustProxy'][] = [false, 1, 2, ['loopback'], ['10.0.0.0/8', '127.0.0.1']];
  const requests = [
    request('127.0.0.1'),
    request('127.0.0.1', '203.0.113.9'),
    request('127.0.0.1', 'spoofed, 203.0.113.9'),
    request('127.0.0.1', '198.51.100.1, 10.1.2.3'),
    request('10.0.0.5', '198.51.100.1, 203.0.113.9'),
    request('192.0.2.44', '203.0.113.9'),
    request('::1', '2001:db8::7'),
  ];

  it.each(settings.map((s) => [JSON.stringify(s), s] as const))('is the same as req.ip with %s', (_, s) => {
    const of = clientAddress(s);
    for (const req of requests) expect(of(req)).toBe(expressIp(s, req));
  });

  it('takes the peer unless a proxy is trusted, then the address the trusted proxies name', () => {
    const spoofed = request('127.0.0.1', 'spoofed, 203.0.113.9');
    expect(clientAddress(false)(spoofed)).toBe('127.0.0.1');
    expect(clientAddress(1)(spoofed)).toBe('203.0.113.9');
    expect(clientAddress(['loopback'])(spoofed)).toBe('203.0.113.9');
    // From an untrusted peer the header is the client's own word: ignored.
    expect(clientAddress(['loopback'])(request('192.0.2.44', '203.0.113.9'))).toBe('192.0.2.44');
  });
});
