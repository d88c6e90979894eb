import { Router } from 'express';
import type { Orm } from '../db/orm.js';

const TIMEOUT_MS = 2000;

/** `GET /healthz`: 200 when the database answers a trivial query in time, 503 otherwise. */
export function healthRouter(orm: Orm): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    const started = Date.now();
    try {
      await Promise.race([
        orm.em.getConnection().execute('select 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS).unref()),
      ]);
      res.json({ status: 'ok', database: 'up', latencyMs: Date.now() - started });
    } catch {
      res.status(503).json({ status: 'unavailable', database: 'down' });
    }
  });
  return router;
}
