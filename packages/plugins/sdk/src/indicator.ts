import { FIELD_TYPES, type FieldDefs, type Values } from './fields.js';
import type { I18nText } from './i18n.js';
import { validateValues } from './validate.js';

export type TierLevel = 1 | 2 | 3;
export type TierKey = '1' | '2' | '3';

export const TIER_LEVELS: readonly TierLevel[] = [1, 2, 3];

export interface EvaluationResult {
  passed: boolean;
  /** Normalized distance to the threshold: negative fails, 0 is the edge. Orders, never decides. */
  margin: number;
  reason: I18nText;
}

export interface IndicatorDefinition<I extends FieldDefs, P extends FieldDefs> {
  /** Stable, `<category>.<name>`, e.g. 'industry.collective-income'. */
  key: string;
  category: string;
  /** Bump when inputs or params change meaning. */
  version: number;
  title: I18nText;
  description?: I18nText;
  /** What a village declares and an assessor verifies. */
  inputs: I;
  /** Thresholds a scheme sets per tier. */
  params: P;
  defaults: Record<TierKey, Values<P>>;
  /**
   * Pure and synchronous: no I/O, clock or randomness, so results replay from stored inputs.
   * Declared as a method (bivariant parameters) so any definition fits in {@link AnyIndicator}:
   * the server only calls it with values validated against this definition's own fields.
   */
  evaluate(input: Values<I>, params: Values<P>): EvaluationResult;
}

/** Any indicator, whatever its fields: what a plugin's list and the server hold. */
export type AnyIndicator = IndicatorDefinition<FieldDefs, FieldDefs>;

export interface FanbenPlugin {
  name: string;
  version: string;
  category: string;
  title: I18nText;
  indicators: AnyIndicator[];
}

export const INDICATOR_KEY_PATTERN = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/;
const FIELD_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;

function isI18nText(value: unknown): value is I18nText {
  if (typeof value !== 'object' || value === null) return false;
  const text = value as Record<string, unknown>;
  return typeof text['zh-CN'] === 'string' && typeof text.en === 'string';
}

function fieldProblems(kind: 'inputs' | 'params', fields: unknown): string[] {
  if (typeof fields !== 'object' || fields === null)
    return [`${kind} must be an object of field definitions`];
  const problems: string[] = [];
  for (const [name, raw] of Object.entries(fields)) {
    const where = `${kind}.${name}`;
    if (!FIELD_NAME_PATTERN.test(name)) problems.push(`${where}: name must match ${FIELD_NAME_PATTERN}`);
    if (typeof raw !== 'object' || raw === null) {
      problems.push(`${where}: not a field definition`);
      continue;
    }
    const def = raw as Record<string, unknown>;
    if (!FIELD_TYPES.some((t) => t === def.type)) problems.push(`${where}: unknown type ${String(def.type)}`);
    if (!isI18nText(def.label)) problems.push(`${where}: label must have zh-CN and en`);
    if (typeof def.min === 'number' && typeof def.max === 'number' && def.min > def.max) {
      problems.push(`${where}: min is greater than max`);
    }
    if (def.type === 'enum') {
      const values = Array.isArray(def.options) ? def.options.map((o: { value?: unknown }) => o?.value) : [];
      if (values.length === 0) problems.push(`${where}: an enum needs options`);
      if (new Set(values).size !== values.length) problems.push(`${where}: duplicate option values`);
    }
  }
  return problems;
}

/** Every reason the (possibly untyped, JavaScript-built) definition is unusable; empty when fine. */
export function indicatorProblems(def: AnyIndicator): string[] {
  const problems: string[] = [];
  if (typeof def.key !== 'string' || !INDICATOR_KEY_PATTERN.test(def.key)) {
    problems.push(`key must look like "category.name" (${INDICATOR_KEY_PATTERN})`);
  }
  if (typeof def.category !== 'string' || def.category === '') problems.push('category is required');
  if (!Number.isSafeInteger(def.version) || def.version < 1)
    problems.push('version must be a positive integer');
  if (!isI18nText(def.title)) problems.push('title must have zh-CN and en');
  if (typeof def.evaluate !== 'function') problems.push('evaluate must be a function');
  const fieldErrors = [...fieldProblems('inputs', def.inputs), ...fieldProblems('params', def.params)];
  problems.push(...fieldErrors);
  // Checking defaults against broken params would only add noise.
  if (fieldErrors.length === 0) {
    for (const tier of ['1', '2', '3'] as const) {
      const result = validateValues(def.params, def.defaults?.[tier]);
      if (!result.ok) {
        const details = result.errors.map((e) => e.message.en).join('; ');
        problems.push(`defaults for tier ${tier} are invalid: ${details}`);
      }
    }
  }
  return problems;
}

/**
 * Identity at run time, apart from checks that fail at import rather than in production:
 * infers the input and param types so `evaluate` and `defaults` are checked against the fields.
 */
export function defineIndicator<const I extends FieldDefs, const P extends FieldDefs>(
  def: IndicatorDefinition<I, P>,
): IndicatorDefinition<I, P> {
  const problems = indicatorProblems(def);
  if (problems.length > 0) {
    throw new Error(`Invalid indicator "${String(def.key)}":\n  - ${problems.join('\n  - ')}`);
  }
  return def;
}

/** Checks the plugin as a whole; indicators are re-checked in case they were built without defineIndicator. */
export function definePlugin<T extends FanbenPlugin>(plugin: T): T {
  const problems: string[] = [];
  if (typeof plugin.name !== 'string' || plugin.name === '') problems.push('name is required');
  if (typeof plugin.version !== 'string' || plugin.version === '') problems.push('version is required');
  if (typeof plugin.category !== 'string' || plugin.category === '') problems.push('category is required');
  if (!isI18nText(plugin.title)) problems.push('title must have zh-CN and en');
  const seen = new Set<string>();
  for (const indicator of plugin.indicators ?? []) {
    const key = String(indicator.key);
    if (seen.has(key)) problems.push(`duplicate indicator key "${key}"`);
    seen.add(key);
    if (indicator.category !== plugin.category) {
      problems.push(`indicator "${key}" has category "${indicator.category}", expected "${plugin.category}"`);
    }
    problems.push(...indicatorProblems(indicator).map((p) => `indicator "${key}": ${p}`));
  }
  if (problems.length > 0) {
    throw new Error(`Invalid plugin "${String(plugin.name)}":\n  - ${problems.join('\n  - ')}`);
  }
  return plugin;
}

/** The default params of an indicator for a tier. */
export function defaultParams<I extends FieldDefs, P extends FieldDefs>(
  indicator: IndicatorDefinition<I, P>,
  tier: TierLevel,
): Values<P> {
  return indicator.defaults[String(tier) as TierKey];
}
