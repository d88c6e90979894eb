import { isIP } from 'node:net';
import { z } from 'zod';

/** Why a start was refused: one line naming the variable, printed by `refuseStart` without a stack. */
export class ConfigError extends Error {}

/**
 * Ends a start that failed (main.ts, start-flags.ts): a configuration mistake is the operator's to fix,
 * so one line and no stack; anything else with its details.
 */
export function refuseStart(err: unknown): never {
  if (err instanceof ConfigError) console.error(`Fanben cannot start. ${err.message}`);
  else console.error('Fanben cannot start:', err);
  process.exit(1);
}

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/** A size in whole megabytes, as the heap variables take it (Node would name only its flag). */
const megabytes = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number of megabytes, such as ${fallback}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .default(fallback);

const schema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'must look like postgres://user@host:5432/db')
    .optional(),
  DATA_DIR: z.string().min(1).default('./.fanben-data'),
  ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').max(200).optional(),
  DEMO_DATA: flag.optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url('each entry must be an origin such as https://fanben.example.org'))),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(1).max(300).default(10),
  ADMIN_DIST: z.string().optional(),
  COUNTY_CONFIG: z.string().min(1).optional(),
  LOGIN_FAILURES_PER_USER: z.coerce.number().int().min(1).max(1000).default(5),
  LOGIN_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(20),
  LOGIN_THROTTLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  // Read by start-flags.ts for `pnpm start`, before Node starts the server (README).
  HEAP_MB: megabytes(128, 65_536, 512),
  SEMISPACE_MB: megabytes(1, 256, 32),
  TRUST_PROXY: z
    .string()
    .optional()
    .refine(
      (v) => v === undefined || /^\d+$/.test(v) || v.split(',').every((s) => isProxyAddress(s.trim())),
      {
        message: 'must be a number of proxies (e.g. 1) or addresses such as loopback, 10.0.0.0/8',
      },
    ),
});

/** An address, a subnet or one of the names Express knows for `trust proxy`. */
function isProxyAddress(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  return rest.length === 0 && isIP(address) !== 0 && (bits === undefined || /^\d{1,3}$/.test(bits));
}

export interface Config {
  host: string;
  port: number;
  databaseUrl?: string;
  dataDir: string;
  adminPassword?: string;
  demoData: boolean;
  production: boolean;
  nodeEnv: 'development' | 'production' | 'test';
  corsOrigins: string[];
  sessionTtlHours: number;
  /** After SIGTERM, how long open requests may take before their connections are cut. */
  shutdownGraceSeconds: number;
  /** Where the built console lives; defaults to packages/admin/dist next to the server. */
  adminDist?: string;
  /** The county configuration file (plugins, scheme); Qixingguan's when unset. */
  countyConfig?: string;
  /** Failed logins allowed per username and per client address within the window (auth/login-throttle.ts). */
  loginThrottle: { failuresPerUser: number; failuresPerAddress: number; windowMinutes: number };
  /**
   * Express's `trust proxy`: behind a reverse proxy, the client address comes from X-Forwarded-For
   * (the number of proxies, or their addresses); false takes the connection's address.
   */
  trustProxy: false | number | string[];
  /** V8's heap sizes in MB that `pnpm start` gives the server's process (start-flags.ts). */
  heap: { oldSpaceMb: number; semiSpaceMb: number };
}

/** Reads and validates the environment once; a bad value throws ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in most shells' `FOO= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0] ?? 'environment');
    const shown =
      name === 'ADMIN_PASSWORD' || name === 'DATABASE_URL' ? '(hidden)' : JSON.stringify(env[name]);
    throw new ConfigError(`Invalid ${name}=${shown}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    adminPassword: e.ADMIN_PASSWORD,
    // Demo data by default only on the embedded database, never silently on a real server.
    demoData: e.DEMO_DATA ?? !e.DATABASE_URL,
    production: e.NODE_ENV === 'production',
    nodeEnv: e.NODE_ENV,
    corsOrigins: e.CORS_ORIGINS,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    shutdownGraceSeconds: e.SHUTDOWN_GRACE_SECONDS,
    adminDist: e.ADMIN_DIST,
    countyConfig: e.COUNTY_CONFIG,
    loginThrottle: {
      failuresPerUser: e.LOGIN_FAILURES_PER_USER,
      failuresPerAddress: e.LOGIN_FAILURES_PER_ADDRESS,
      windowMinutes: e.LOGIN_THROTTLE_MINUTES,
    },
    trustProxy:
      e.TRUST_PROXY === undefined
        ? false
        : /^\d+$/.test(e.TRUST_PROXY)
          ? Number(e.TRUST_PROXY)
          : e.TRUST_PROXY.split(',').map((s) => s.trim()),
    heap: { oldSpaceMb: e.HEAP_MB, semiSpaceMb: e.SEMISPACE_MB },
  };
}
