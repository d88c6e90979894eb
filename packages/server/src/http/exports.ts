import { Router, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Context } from '../graphql/context.js';
import { certificationTables, payoutTables, planLedgerTables } from '../modules/exports/exports.service.js';
import { toCsv, toXlsx, type Table } from '../modules/exports/table.js';

type Build = (ctx: Context, year: number | undefined) => Promise<Table[]>;

/** Each download: its file name, and whether `year` is required. */
const EXPORTS: Record<string, { file: string; needsYear: boolean; build: Build }> = {
  payouts: { file: '激励资金发放表', needsYear: true, build: (ctx, year) => payoutTables(ctx, year!) },
  certifications: { file: '命名村（社区）名单', needsYear: false, build: certificationTables },
  'plan-ledger': { file: '三年规划销账台账', needsYear: false, build: planLedgerTables },
};

const FORMATS = {
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', write: toXlsx },
  csv: { type: 'text/csv; charset=utf-8', write: toCsv },
} as const;

function fail(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * `GET /exports/<name>.<xlsx|csv>?year=2016` with the same bearer token as the API: the payout
 * statement, the certified-village list and the plan ledger, limited to the caller's scope.
 */
export function exportsRouter(context: (req: Request) => Promise<Context>): Router {
  const router = Router();
  router.get('/:file', async (req, res) => {
    const match = /^([a-z-]+)\.(xlsx|csv)$/.exec(req.params.file);
    const spec = match ? EXPORTS[match[1]] : undefined;
    if (!match || !spec) {
      return fail(
        res,
        404,
        'NOT_FOUND',
        `No such export. Available: ${Object.keys(EXPORTS)
          .map((n) => `${n}.xlsx|csv`)
          .join(', ')}.`,
      );
    }
    const rawYear = req.query.year;
    const year = rawYear === undefined ? undefined : Number(rawYear);
    if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100)) {
      return fail(res, 400, 'BAD_USER_INPUT', 'year: must be a year between 2000 and 2100.');
    }
    if (spec.needsYear && year === undefined)
      return fail(res, 400, 'BAD_USER_INPUT', 'year: required for this export.');
    let ctx: Context;
    try {
      ctx = await context(req);
    } catch (err) {
      if (err instanceof GraphQLError) return fail(res, 503, String(err.extensions.code), err.message);
      throw err;
    }
    if (!ctx.user) return fail(res, 401, 'UNAUTHENTICATED', 'Please log in first.');
    try {
      const format = FORMATS[match[2] as keyof typeof FORMATS];
      const body = await format.write(await spec.build(ctx, year));
      const name = `${spec.file}${year ? `-${year}` : ''}.${match[2]}`;
      res
        .status(200)
        .type(format.type)
        .setHeader(
          'Content-Disposition',
          `attachment; filename="export.${match[2]}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .setHeader('Cache-Control', 'no-store')
        .send(body);
    } catch (err) {
      if (
        err instanceof GraphQLError &&
        typeof err.extensions.code === 'string' &&
        err.extensions.code !== 'INTERNAL_SERVER_ERROR'
      ) {
        return fail(res, 400, err.extensions.code, err.message);
      }
      throw err;
    }
  });
  return router;
}
