import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endWithText } from './answer-text.js';

/**
 * A JSON answer of `rows` rows whose names use `mark`, as Apollo writes it (a newline at the end):
 * two-byte text, as Chinese names make it.
 */
function answer(rows: number, mark: string): string {
  const items = Array.from({ length: rows }, (_, i) => ({ id: i, name: `${mark}村${i}`, note: '😀 ✓' }));
  return `${JSON.stringify({ data: { items } })}\n`;
}

describe('endWithText', () => {
  const bodies = new Map<string, string>([
    ['/small', answer(3, '七星关')],
    ['/a', answer(20_000, '甲')],
    ['/b', answer(20_000, '乙')],
    ['/c', answer(6_000, '丙')],
  ]);
  /** The server's responses by path, to see whether a write was still under way. */
  const responses = new Map<string, http.ServerResponse>();
  let server: http.Server;
  // A Unix socket: its kernel buffers are a few hundred KB whatever the traffic (TCP on loopback grows
  // them to megabytes), so a client that does not read really leaves a large answer's write unfinished.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fanben-answer-text-'));
  const socketPath = path.join(dir, 'http.sock');

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      responses.set(req.url!, res);
      res.setHeader('content-type', 'application/json');
      endWithText(res, bodies.get(req.url!)!);
    });
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  /** The bytes of one answer, read at once or, with `paused`, only once `paused` resolves. */
  function fetchBytes(path: string, paused?: Promise<void>): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      http
        .get({ socketPath, path, agent: false }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve(Buffer.concat(chunks)));
          if (paused) {
            res.pause();
            void paused.then(() => res.resume());
          }
        })
        .on('error', reject);
    });
  }

  const expected = (path: string) => Buffer.from(bodies.get(path)!, 'utf8');

  it('sends the text as UTF-8, small answers and large, emoji included', async () => {
    for (const path of ['/small', '/c', '/a']) {
      const bytes = await fetchBytes(path);
      expect(bytes.equals(expected(path))).toBe(true);
      expect(JSON.parse(bytes.toString('utf8'))).toEqual(JSON.parse(bodies.get(path)!));
    }
  });

  it('answers many large requests at once, each with its own bytes', async () => {
    const paths = Array.from({ length: 12 }, (_, i) => ['/a', '/b', '/c'][i % 3]);
    const got = await Promise.all(paths.map((p) => fetchBytes(p)));
    got.forEach((bytes, i) => expect(bytes.equals(expected(paths[i]))).toBe(true));
  });

  it('does not reuse the memory of an answer the client has not read yet', async () => {
    let release!: () => void;
    const slow = fetchBytes('/a', new Promise<void>((resolve) => (release = resolve)));
    // Until the slow client reads, the kernel's buffers hold only part of its 1.7 MB answer.
    await expect.poll(() => responses.get('/a')?.headersSent).toBe(true);
    for (let i = 0; i < 4; i++) expect((await fetchBytes('/b')).equals(expected('/b'))).toBe(true);
    expect(responses.get('/a')!.writableFinished).toBe(false);
    release();
    expect((await slow).equals(expected('/a'))).toBe(true);
  });
});
