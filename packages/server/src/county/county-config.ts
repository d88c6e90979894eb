import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigError } from '../config.js';

/** Qixingguan's configuration, used when COUNTY_CONFIG names no other file. */
export const DEFAULT_COUNTY_CONFIG = fileURLToPath(
  new URL('../../config/qixingguan.county.json', import.meta.url),
);

const i18nText = z.object({ 'zh-CN': z.string().min(1), en: z.string().min(1) });
const money = z.number().int().min(0).max(10_000_000);

export const tierSchema = z.object({
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  name: i18nText,
  cadreReward: money,
  activityFund: money,
});

export const rulesSchema = z.object({
  /** Tier N > 1 needs a certification at tier ≥ N−1 active for the year or the year before. */
  requirePreviousTier: z.boolean().default(true),
  /** How many applications a township may forward per year; null for no limit. */
  townshipQuotaPerYear: z.number().int().min(1).nullable().default(null),
  /** Share of a township's villages that should newly reach tier 1 each year (the 1/3 of the source). */
  newReachRatio: z
    .number()
    .gt(0)
    .max(1)
    .default(1 / 3),
});

const tierParams = z.record(z.string(), z.unknown());
const indicatorRef = z.object({
  key: z.string().min(1),
  /** Overrides of the plugin's default params, per tier ('1' | '2' | '3'). */
  params: z.object({ '1': tierParams, '2': tierParams, '3': tierParams }).partial().optional(),
  /** A low-code indicator's definition (see @fanben/plugin-formula); `key` must match it. */
  formula: z.record(z.string(), z.unknown()).optional(),
});

const countyConfigSchema = z.object({
  county: z.object({ code: z.string().regex(/^[0-9A-Za-z-]{1,12}$/), name: z.string().min(1).max(100) }),
  /** Module specifiers: package names, or paths relative to the configuration file. */
  plugins: z.array(z.string().min(1)).min(1),
  scheme: z.object({
    name: z.string().min(1).max(200),
    effectiveFromYear: z.number().int().min(2000).max(2100),
    tiers: z.array(tierSchema).length(3),
    rules: rulesSchema.default(rulesSchema.parse({})),
    indicators: z.array(indicatorRef).min(1),
  }),
});

export type CountyConfig = z.infer<typeof countyConfigSchema> & { file: string; dir: string };
export type TierConfig = z.infer<typeof tierSchema>;
export type SchemeRules = z.infer<typeof rulesSchema>;

/** Reads and checks the county configuration file; a mistake stops the start with one line. */
export async function loadCountyConfig(file: string = DEFAULT_COUNTY_CONFIG): Promise<CountyConfig> {
  const absolute = path.resolve(file);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(absolute, 'utf8'));
  } catch (err) {
    throw new ConfigError(`Invalid COUNTY_CONFIG=${JSON.stringify(file)}: ${(err as Error).message}`);
  }
  const parsed = countyConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `Invalid county configuration ${absolute} at ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
  }
  const levels = parsed.data.scheme.tiers.map((t) => t.level).join(',');
  if (levels !== '1,2,3') {
    throw new ConfigError(
      `Invalid county configuration ${absolute} at scheme.tiers: list levels 1, 2 and 3 in order`,
    );
  }
  return { ...parsed.data, file: absolute, dir: path.dirname(absolute) };
}
