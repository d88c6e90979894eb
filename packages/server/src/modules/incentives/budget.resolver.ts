import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { GraphQLJSON, GraphQLJSONObject, GraphQLSafeInt } from 'graphql-scalars';
import { translate, validateValues, type Locale, type TierLevel } from '@fanben/plugin-sdk';
import { scopeWhere } from '../../auth/scope.js';
import { requireUser, type Context } from '../../graphql/context.js';
import { AppError, badInput } from '../../graphql/errors.js';
import type { TierConfig } from '../../county/county-config.js';
import { Application, ApplicationStatus } from '../applications/application.entity.js';
import { latestDeclared } from '../applications/latest-declared.js';
import { evaluateAll, resolveIndicators, type ResolvedIndicator } from '../schemes/evaluation.js';
import { parseTiers, schemeInForce, schemeInputError } from '../schemes/scheme.service.js';
import { activeCadreCounts, payoutSchedule } from './payout.schedule.js';

@ObjectType()
class TierCost {
  @Field(() => Int)
  tier!: number;

  @Field(() => Int)
  villageCount!: number;

  @Field(() => Int)
  cadreCount!: number;

  @Field(() => GraphQLSafeInt)
  total!: number;
}

@ObjectType()
class BudgetForecast {
  @Field(() => Int)
  year!: number;

  @Field(() => GraphQLSafeInt, { description: 'Owed for the certifications already active that year.' })
  certifiedTotal!: number;

  @Field(() => GraphQLSafeInt, {
    description: 'Added if every application still in the pipeline (submitted, forwarded, assessing) passes.',
  })
  pipelineTotal!: number;

  @Field(() => GraphQLSafeInt)
  forecastTotal!: number;

  @Field(() => Int)
  certifiedVillages!: number;

  @Field(() => Int)
  pipelineVillages!: number;

  @Field(() => [TierCost], { description: 'The forecast by tier.' })
  byTier!: TierCost[];
}

@ObjectType()
class WhatIfVillage {
  @Field(() => ID)
  villageId!: string;

  @Field(() => String)
  villageName!: string;

  @Field(() => Int, { description: 'The highest tier the declared values pass; 0 for none.' })
  tier!: number;

  @Field(() => Float, { nullable: true, description: 'Smallest margin at the next tier up, if any.' })
  nextTierMargin!: number | null;

  @Field(() => Int)
  cadreCount!: number;

  @Field(() => GraphQLSafeInt)
  total!: number;
}

@ObjectType()
class WhatIf {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Villages that would pass at some tier.' })
  villageCount!: number;

  @Field(() => Int)
  cadreCount!: number;

  @Field(() => GraphQLSafeInt)
  total!: number;

  @Field(() => [TierCost])
  byTier!: TierCost[];

  @Field(() => [WhatIfVillage], { description: 'Villages that would pass, highest tier first.' })
  villages!: WhatIfVillage[];

  @Field(() => Int, { description: 'Villages without usable declared values (not counted).' })
  skipped!: number;
}

const PIPELINE = [ApplicationStatus.SUBMITTED, ApplicationStatus.FORWARDED, ApplicationStatus.ASSESSING];

function costOf(tier: TierConfig, cadres: number): number {
  return cadres * tier.cadreReward + tier.activityFund;
}

function byTier(rows: { tier: number; cadreCount: number; total: number }[]): TierCost[] {
  return [1, 2, 3].map((tier) => {
    const at = rows.filter((r) => r.tier === tier);
    return {
      tier,
      villageCount: at.length,
      cadreCount: at.reduce((n, r) => n + r.cadreCount, 0),
      total: at.reduce((n, r) => n + r.total, 0),
    };
  });
}

/** Overrides of params per indicator and tier, checked like the scheme's own params when evaluated. */
function withParams(
  indicators: ResolvedIndicator[],
  raw: Record<string, unknown> | undefined,
  locale: Locale,
): ResolvedIndicator[] {
  if (!raw) return indicators;
  const known = new Set(indicators.map((i) => i.key));
  for (const key of Object.keys(raw))
    if (!known.has(key)) throw badInput(`params.${key}`, 'the scheme has no such indicator');
  return indicators.map((i) => {
    const override = raw[i.key] as Record<string, Record<string, unknown>> | undefined;
    if (!override) return i;
    const params = { ...i.params };
    for (const [tier, values] of Object.entries(override)) {
      if (tier !== '1' && tier !== '2' && tier !== '3')
        throw badInput(`params.${i.key}.${tier}`, 'tiers are "1", "2" and "3"');
      const checked = validateValues(i.indicator.params, { ...params[tier], ...values });
      if (!checked.ok) {
        const e = checked.errors[0];
        throw badInput(`params.${i.key}.${tier}.${e.field}`, translate(e.message, locale));
      }
      params[tier] = checked.values;
    }
    return { ...i, params };
  });
}

@Resolver()
export class BudgetResolver {
  @Query(() => BudgetForecast, {
    description:
      'What the district must budget for a year: certified villages, plus the pipeline if it all passes.',
  })
  async budgetForecast(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<BudgetForecast> {
    const user = requireUser(ctx);
    const [schedule, scheme, pipeline] = await Promise.all([
      payoutSchedule(ctx.em, user, year),
      schemeInForce(ctx.em, user.countyId, year),
      ctx.em.find(Application, {
        $and: [scopeWhere('Application', user), { year, status: { $in: PIPELINE } }],
      } as never),
    ]);
    // Per village, what it will be owed: its certification, or the pipeline's target tier if higher.
    const owed = new Map(
      schedule.lines.map((l) => [l.villageId, { tier: l.tier, cadreCount: l.cadreCount, total: l.total }]),
    );
    const counts = await activeCadreCounts(ctx.em, user.countyId);
    let pipelineTotal = 0;
    let pipelineVillages = 0;
    for (const app of pipeline) {
      const held = owed.get(app.village.id);
      if (held && held.tier >= app.targetTier) continue;
      const cadreCount = counts.get(app.village.id) ?? 0;
      const total = costOf(
        scheme.tiers.find((t) => t.level === app.targetTier)!,
        cadreCount,
      );
      // A village moving up a tier adds only the difference.
      pipelineTotal += total - (held?.total ?? 0);
      pipelineVillages++;
      owed.set(app.village.id, { tier: app.targetTier, cadreCount, total });
    }
    const rows = [...owed.values()];
    return {
      year,
      certifiedTotal: schedule.total,
      pipelineTotal,
      forecastTotal: schedule.total + pipelineTotal,
      certifiedVillages: schedule.villageCount,
      pipelineVillages,
      byTier: byTier(rows),
    };
  }

  @Query(() => WhatIf, {
    description:
      'What if thresholds and/or amounts changed: re-evaluates every village’s latest declared values with the plugins and prices the result. Saves nothing. (The previous-tier rule is not applied: it answers which tier the values would pass.)',
  })
  async whatIf(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
    @Arg('params', () => GraphQLJSONObject, {
      nullable: true,
      validate: false,
      description: '{ "<indicator key>": { "1": { <param>: value }, … } } overriding the scheme’s params.',
    })
    params?: Record<string, unknown>,
    @Arg('tiers', () => GraphQLJSON, {
      nullable: true,
      validate: false,
      description: 'Replacement tiers (amounts).',
    })
    tiers?: unknown,
  ): Promise<WhatIf> {
    const user = requireUser(ctx);
    const scheme = await schemeInForce(ctx.em, user.countyId, year);
    const amounts =
      tiers === undefined || tiers === null ? scheme.tiers : parseTiers(tiers, schemeInputError);
    // schemeInForce has loaded the scheme's indicators already.
    const snapshots = await latestDeclared(ctx.em, user, year);
    const rows = scheme.indicators.getItems();
    const indicators = withParams(resolveIndicators(ctx.registry, rows), params, ctx.locale);
    const counts = await activeCadreCounts(ctx.em, user.countyId);
    const villages: WhatIfVillage[] = [];
    let skipped = 0;
    for (const { village, application } of snapshots) {
      if (!application) continue;
      let passed = 0;
      let nextTierMargin: number | null = null;
      try {
        for (const tier of [1, 2, 3] as TierLevel[]) {
          const evaluations = evaluateAll(indicators, tier, application.declaredValues, {
            locale: ctx.locale,
            argument: 'declaredValues',
          });
          if (evaluations.every((e) => e.passed)) {
            passed = tier;
          } else {
            nextTierMargin = Math.min(...evaluations.map((e) => e.margin));
            break;
          }
        }
      } catch (err) {
        // Values declared under an older scheme may not fit this one: counted, not priced.
        if (err instanceof AppError && err.extensions.code === 'BAD_USER_INPUT') {
          skipped++;
          continue;
        }
        throw err;
      }
      if (passed === 0) continue;
      const cadreCount = counts.get(village.id) ?? 0;
      villages.push({
        villageId: village.id,
        villageName: village.name,
        tier: passed,
        nextTierMargin,
        cadreCount,
        total: costOf(
          amounts.find((t) => t.level === passed)!,
          cadreCount,
        ),
      });
    }
    villages.sort((a, b) => b.tier - a.tier || a.villageName.localeCompare(b.villageName, 'zh-CN'));
    return {
      year,
      villageCount: villages.length,
      cadreCount: villages.reduce((n, v) => n + v.cadreCount, 0),
      total: villages.reduce((n, v) => n + v.total, 0),
      byTier: byTier(villages),
      villages,
      skipped,
    };
  }
}
