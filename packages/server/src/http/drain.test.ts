import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpDrain } from './drain.js';

function get(port: number): Promise<{ res: IncomingMessage; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ port, host: '127.0.0.1', path: '/', agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ res, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('HttpDrain', () => {
  const server = createServer();
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('tells answers still in progress to close their connection, and turns later requests away with 503', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let started!: () => void;
    const inApp = new Promise<void>((r) => (started = r));
    let calls = 0;
    const drain = new HttpDrain((_req, res) => {
      calls++;
      started();
      void gate.then(() => res.end('done'));
    });
    server.on('request', drain.listener);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const { port } = server.address() as AddressInfo;

    const inFlight = get(port);
    await inApp;
    drain.begin();
    release();
    const first = await inFlight;
    expect([first.res.statusCode, first.body, first.res.headers.connection]).toEqual([200, 'done', 'close']);

    const later = await get(port);
    expect(later.res.statusCode).toBe(503);
    expect(later.res.headers).toMatchObject({ connection: 'close', 'retry-after': '5' });
    expect(JSON.parse(later.body)).toMatchObject({
      errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    });
    expect(calls).toBe(1);
  });
});
