import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import {
  describeFields,
  translate,
  type AnyIndicator,
  type Locale,
  type TierLevel,
} from '@fanben/plugin-sdk';
import { checkFormula, formulaIndicator } from '@fanben/plugin-formula';
import { Role } from '../../auth/roles.js';
import { registerScopePath } from '../../auth/scope.js';
import { requireUser, type Context } from '../../graphql/context.js';
import { createCrudResolver } from '../../graphql/crud.js';
import { AppError, badInput } from '../../graphql/errors.js';
import { evaluate, resolveIndicators, type ResolvedIndicator } from './evaluation.js';
import { formulaIndicatorFor } from './formula.js';
import { SchemeIndicator } from './scheme-indicator.entity.js';
import { CreateSchemeArgs, SchemeFilter, UpdateSchemeArgs } from './scheme.inputs.js';
import {
  buildIndicatorRows,
  parseRules,
  parseTiers,
  schemeInForce,
  schemeInputError,
  type IndicatorSpec,
} from './scheme.service.js';
import { Scheme } from './scheme.entity.js';
import { EvaluationView, IndicatorDefinitionView, RulesView, TierView } from './scheme.views.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { IndicatorRegistry } from '../../county/indicator-registry.js';

// Every role of the county reads the scheme: clerks need it to fill in an application.
registerScopePath('Scheme', { countyWide: true });
registerScopePath('SchemeIndicator', { countyWide: true });

async function replaceIndicators(
  scheme: Scheme,
  raw: unknown,
  tx: EntityManager,
  registry: IndicatorRegistry,
  locale: Locale,
): Promise<void> {
  if (!Array.isArray(raw) || raw.length === 0) throw badInput('indicators', 'must be a non-empty list');
  const specs = raw.map((r, i) => {
    if (typeof r !== 'object' || r === null || typeof (r as IndicatorSpec).key !== 'string') {
      throw badInput(`indicators[${i}]`, 'each entry needs a "key"');
    }
    return r as IndicatorSpec;
  });
  const rows = buildIndicatorRows(specs, registry, schemeInputError, locale);
  // Deleted at once, before the new rows are inserted: (scheme, key) is unique.
  await tx.nativeDelete(SchemeIndicator, { scheme: scheme.id });
  for (const row of rows) tx.create(SchemeIndicator, { ...row, county: scheme.county.id, scheme });
}

export const SchemeCrudResolver = createCrudResolver({
  entity: Scheme,
  name: 'Scheme',
  label: 'Scheme',
  filter: SchemeFilter,
  createArgs: CreateSchemeArgs,
  updateArgs: UpdateSchemeArgs,
  searchFields: ['name'],
  sortFields: ['name', 'effectiveFromYear', 'active', 'createdAt', 'updatedAt'],
  defaultSort: 'effectiveFromYear',
  writeRoles: [Role.ADMIN],
  hookArgs: ['tiers', 'rules', 'indicators'],
  hooks: {
    async beforeCreate(scheme, args, { tx, ctx }) {
      scheme.tiers = parseTiers(args.tiers, schemeInputError);
      scheme.rules = parseRules(args.rules, schemeInputError);
      await replaceIndicators(scheme, args.indicators, tx, ctx.registry, ctx.locale);
    },
    async beforeUpdate(scheme, args, { tx, ctx }) {
      if (args.tiers !== undefined) scheme.tiers = parseTiers(args.tiers, schemeInputError);
      if (args.rules !== undefined) scheme.rules = parseRules(args.rules, schemeInputError);
      if (args.indicators !== undefined) {
        await tx.populate(scheme, ['indicators']);
        await replaceIndicators(scheme, args.indicators, tx, ctx.registry, ctx.locale);
      }
    },
  },
});

function describe(indicator: AnyIndicator, pluginName: string, locale: Locale): IndicatorDefinitionView {
  return {
    key: indicator.key,
    category: indicator.category,
    version: indicator.version,
    title: translate(indicator.title, locale),
    description: indicator.description ? translate(indicator.description, locale) : null,
    pluginName,
    inputs: describeFields(indicator.inputs, locale) as unknown as Record<string, unknown>[],
    params: describeFields(indicator.params, locale) as unknown as Record<string, unknown>[],
    defaults: indicator.defaults as Record<string, unknown>,
  };
}

function asTier(tier: number): TierLevel {
  if (tier !== 1 && tier !== 2 && tier !== 3)
    throw badInput('tier', 'must be 1 (规范), 2 (示范) or 3 (典范)');
  return tier;
}

@Resolver()
export class SchemeQueriesResolver {
  @Query(() => Scheme, {
    nullable: true,
    description: 'The scheme in force this year (or the latest active one).',
  })
  async activeScheme(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<Scheme | null> {
    const user = requireUser(ctx);
    try {
      return await schemeInForce(ctx.em, user.countyId, year ?? new Date().getFullYear());
    } catch (err) {
      if (err instanceof AppError) return null;
      throw err;
    }
  }

  @Query(() => [IndicatorDefinitionView], {
    description:
      'Every indicator the loaded plugins define, then the low-code indicators of the scheme in force; with schemeId, exactly that scheme’s indicators in its order.',
  })
  async indicatorDefinitions(
    @Ctx() ctx: Context,
    @Arg('schemeId', () => ID, { nullable: true }) schemeId?: string,
  ): Promise<IndicatorDefinitionView[]> {
    const user = requireUser(ctx);
    if (schemeId) {
      const scheme = await ctx.loaders.byId(Scheme).load(schemeId);
      if (!scheme) return [];
      const rows = await ctx.loaders
        .childrenOf(SchemeIndicator, 'scheme', { position: 'asc' })
        .load(scheme.id);
      return resolveIndicators(ctx.registry, rows).map((r) =>
        describe(r.indicator, r.pluginName, ctx.locale),
      );
    }
    const fromPlugins = ctx.registry.all().map((r) => describe(r.indicator, r.pluginName, ctx.locale));
    const current = await this.activeScheme(ctx);
    const rows = current
      ? await ctx.loaders.childrenOf(SchemeIndicator, 'scheme', { position: 'asc' }).load(current.id)
      : [];
    void user;
    const formulas = rows
      .filter((r) => r.formula)
      .map((r) => describe(formulaIndicatorFor(r), r.pluginName, ctx.locale));
    return [...fromPlugins, ...formulas];
  }

  @Query(() => EvaluationView, {
    description:
      'Dry run: evaluates one indicator (of a scheme, the scheme in force by default, or an unsaved formula) on given values at a tier. Saves nothing.',
  })
  async evaluateIndicator(
    @Ctx() ctx: Context,
    @Arg('tier', () => Int) tier: number,
    @Arg('values', () => GraphQLJSONObject, { validate: false }) values: Record<string, unknown>,
    @Arg('key', () => String, { nullable: true }) key?: string,
    @Arg('schemeId', () => ID, { nullable: true }) schemeId?: string,
    @Arg('params', () => GraphQLJSONObject, {
      nullable: true,
      validate: false,
      description: 'Overrides of this tier’s params.',
    })
    params?: Record<string, unknown>,
    @Arg('formula', () => GraphQLJSONObject, { nullable: true, validate: false })
    formula?: Record<string, unknown>,
  ): Promise<EvaluationView> {
    const user = requireUser(ctx);
    const level = asTier(tier);
    let resolved: ResolvedIndicator;
    if (formula) {
      const checked = checkFormula(formula);
      if (!checked.ok) {
        const p = checked.problems[0];
        throw badInput(`formula.${p.path}`, translate(p.message, ctx.locale));
      }
      const indicator = formulaIndicator(checked.definition);
      resolved = {
        key: indicator.key,
        position: 0,
        indicator,
        pluginName: 'formula (unsaved)',
        pluginVersion: String(indicator.version),
        params: checked.definition.defaults as ResolvedIndicator['params'],
      };
    } else {
      if (!key) throw badInput('key', 'name the indicator to evaluate, or pass a formula');
      const scheme = schemeId
        ? await ctx.loaders.byId(Scheme).load(schemeId)
        : await schemeInForce(ctx.em, user.countyId, new Date().getFullYear());
      if (!scheme)
        throw new AppError('NOT_FOUND', `Scheme ${schemeId} does not exist or is outside your scope.`);
      const rows = await ctx.loaders
        .childrenOf(SchemeIndicator, 'scheme', { position: 'asc' })
        .load(scheme.id);
      const row = rows.filter((r) => r.key === key);
      if (row.length === 0) throw badInput('key', `the scheme has no indicator ${key}`);
      [resolved] = resolveIndicators(ctx.registry, row);
    }
    if (params) {
      const t = String(level) as '1' | '2' | '3';
      resolved = { ...resolved, params: { ...resolved.params, [t]: { ...resolved.params[t], ...params } } };
    }
    const result = evaluate(resolved, level, values, { locale: ctx.locale, argument: 'values' });
    return { ...result, reason: translate(result.reason, ctx.locale) };
  }
}

@Resolver(() => Scheme)
export class SchemeFieldsResolver {
  @FieldResolver(() => [TierView])
  tiers(@Root() scheme: Scheme, @Ctx() ctx: Context): TierView[] {
    return scheme.tiers.map((t) => ({ ...t, name: translate(t.name, ctx.locale), names: t.name }));
  }

  @FieldResolver(() => RulesView)
  rules(@Root() scheme: Scheme): RulesView {
    return scheme.rules;
  }

  @FieldResolver(() => [SchemeIndicator])
  indicators(@Root() scheme: Scheme, @Ctx() ctx: Context): Promise<SchemeIndicator[]> {
    return ctx.loaders.childrenOf(SchemeIndicator, 'scheme', { position: 'asc' }).load(scheme.id);
  }
}

@Resolver(() => SchemeIndicator)
export class SchemeIndicatorFieldsResolver {
  @FieldResolver(() => Boolean, {
    description: 'False when no loaded plugin defines this indicator any more.',
  })
  available(@Root() row: SchemeIndicator, @Ctx() ctx: Context): boolean {
    return Boolean(row.formula) || ctx.registry.has(row.key);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'In the request’s language; null when unavailable.',
  })
  title(@Root() row: SchemeIndicator, @Ctx() ctx: Context): string | null {
    const indicator = row.formula ? formulaIndicatorFor(row) : ctx.registry.find(row.key)?.indicator;
    return indicator ? translate(indicator.title, ctx.locale) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  category(@Root() row: SchemeIndicator, @Ctx() ctx: Context): string | null {
    const indicator = row.formula ? formulaIndicatorFor(row) : ctx.registry.find(row.key)?.indicator;
    return indicator?.category ?? null;
  }
}
