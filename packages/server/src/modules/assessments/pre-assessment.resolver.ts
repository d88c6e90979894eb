import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { TierLevel } from '@fanben/plugin-sdk';
import { requireUser, type Context } from '../../graphql/context.js';
import { AppError, badInput } from '../../graphql/errors.js';
import { latestDeclared } from '../applications/latest-declared.js';
import { evaluateAll, readinessOf, resolveIndicators, weakestFirst } from '../schemes/evaluation.js';
import { schemeInForce } from '../schemes/scheme.service.js';

@ObjectType()
class PreAssessmentRow {
  @Field(() => ID)
  villageId!: string;

  @Field(() => String)
  villageName!: string;

  @Field(() => ID)
  townshipId!: string;

  @Field(() => ID, { nullable: true, description: 'The application whose declared values were used.' })
  applicationId!: string | null;

  @Field(() => Int, { nullable: true, description: 'The year of those declared values.' })
  declaredYear!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Smallest margin at the tier; null without usable values.',
  })
  readiness!: number | null;

  @Field(() => String, { nullable: true })
  weakestIndicatorKey!: string | null;

  @Field(() => Int, { description: 'Indicators the declared values fail at the tier.' })
  failingCount!: number;

  @Field(() => String, { nullable: true, description: 'Why no readiness could be computed.' })
  problem!: string | null;
}

@Resolver()
export class PreAssessmentResolver {
  @Query(() => [PreAssessmentRow], {
    description:
      'The panel’s survey (全面摸排): every village in scope ranked by readiness for a tier, from its latest declared values, in one pass.',
  })
  async preAssessment(
    @Arg('year', () => Int) year: number,
    @Arg('tier', () => Int, { defaultValue: 1 }) tier: number,
    @Ctx() ctx: Context,
  ): Promise<PreAssessmentRow[]> {
    const user = requireUser(ctx);
    if (tier !== 1 && tier !== 2 && tier !== 3)
      throw badInput('tier', 'must be 1 (规范), 2 (示范) or 3 (典范)');
    const scheme = await schemeInForce(ctx.em, user.countyId, year);
    // schemeInForce has loaded the scheme's indicators already.
    const snapshots = await latestDeclared(ctx.em, user, year);
    const rows = scheme.indicators.getItems();
    const indicators = resolveIndicators(ctx.registry, rows);

    const result = snapshots.map(({ village: v, application: app }): PreAssessmentRow => {
      const base = {
        villageId: v.id,
        villageName: v.name,
        townshipId: v.township.id,
        applicationId: app?.id ?? null,
        declaredYear: app?.year ?? null,
      };
      if (!app)
        return {
          ...base,
          readiness: null,
          weakestIndicatorKey: null,
          failingCount: 0,
          problem: 'no declared values yet',
        };
      try {
        const evaluations = evaluateAll(indicators, tier as TierLevel, app.declaredValues, {
          locale: ctx.locale,
          argument: 'declaredValues',
        });
        return {
          ...base,
          readiness: readinessOf(evaluations),
          weakestIndicatorKey: weakestFirst(evaluations, indicators)[0] ?? null,
          failingCount: evaluations.filter((e) => !e.passed).length,
          problem: null,
        };
      } catch (err) {
        // Values declared under an older scheme may not fit this one: shown, not hidden.
        if (!(err instanceof AppError) || err.extensions.code !== 'BAD_USER_INPUT') throw err;
        return { ...base, readiness: null, weakestIndicatorKey: null, failingCount: 0, problem: err.message };
      }
    });
    return result.sort(
      (a, b) =>
        (b.readiness ?? -Infinity) - (a.readiness ?? -Infinity) ||
        a.villageName.localeCompare(b.villageName, 'zh-CN'),
    );
  }
}
