/**
 * The floor of the load benchmark, run as a child process of load.ts: a bare Node `http` server with a
 * `pg` pool of the same size as the server's (8), answering `POST /<scenario>` with the text of one SQL
 * statement that builds the whole JSON answer in PostgreSQL (scenarios.ts). It reads and ignores the
 * request body (the same GraphQL document our server gets), hashes the bearer token as the server
 * does, and answers 401 when the session is unknown. Nothing else: what is left is the cost of HTTP,
 * one round trip to the database and PostgreSQL's own work.
 *
 *   DATABASE_URL   the county's database
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import type { ChildReport, ParentRequest } from './protocol.js';
import { SCENARIOS } from './scenarios.js';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 8 });
const byPath = new Map(SCENARIOS.map((s) => [`/${s.name}`, s]));
const report = (message: ChildReport) => process.send?.(message);

const server = createServer((req, res) => {
  const scenario = byPath.get(req.url ?? '');
  const bearer = /^Bearer\s+([A-Za-z0-9_-]{20,100})$/.exec(req.headers.authorization ?? '');
  req.resume(); // the body is the GraphQL request; the floor knows its answer from the path
  req.on('end', () => {
    if (!scenario) return send(res, 404, '{"error":"no such scenario"}');
    if (!bearer) return send(res, 401, '{"error":"no token"}');
    const tokenHash = createHash('sha256').update(bearer[1]).digest('hex');
    pool
      .query<{ body: string; authorized: boolean }>(scenario.floorSql, scenario.floorParams(tokenHash))
      .then(({ rows: [row] }) =>
        row?.authorized ? send(res, 200, row.body) : send(res, 401, '{"error":"unknown session"}'),
      )
      .catch((err: Error) => {
        console.error(err);
        send(res, 500, JSON.stringify({ error: err.message }));
      });
  });
});

function send(res: import('node:http').ServerResponse, status: number, body: string) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  report({ type: 'ready', url: `http://127.0.0.1:${port}`, pid: process.pid });
});

process.on('message', (message: ParentRequest) => {
  if (message.type === 'stop') {
    server.close();
    void pool.end().then(() => process.exit(0));
  }
});
