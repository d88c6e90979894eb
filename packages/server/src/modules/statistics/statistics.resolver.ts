import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { scopeWhere } from '../../auth/scope.js';
import { requireUser, type Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { CollectiveModel, VillageEconomy } from '../geography/village-economy.entity.js';
import { Village } from '../geography/village.entity.js';

/** The source's yardstick for a sound collective economy (domain.md §6). */
export const QUALIFYING = { accumulation: 30_000, operatingIncome: 10_000 };

@ObjectType()
class EconomyFigures {
  @Field(() => Int, { description: 'Villages with a record for the year.' })
  villageCount!: number;

  @Field(() => Int, { description: 'Villages with collective accumulation (> 0).' })
  withAccumulation!: number;

  @Field(() => Int, { description: 'Accumulation ≥ 30,000 and operating income ≥ 10,000 yuan.' })
  qualifying!: number;

  @Field(() => GraphQLSafeInt)
  operatingIncomeTotal!: number;

  @Field(() => GraphQLSafeInt)
  accumulationTotal!: number;
}

@ObjectType()
class EconomyByModel extends EconomyFigures {
  @Field(() => CollectiveModel, { nullable: true, description: 'null: no collective-economy model.' })
  model!: CollectiveModel | null;
}

@ObjectType()
class EconomyStatistics extends EconomyFigures {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'All villages and communities in scope.' })
  totalVillages!: number;

  @Field(() => [EconomyByModel])
  byModel!: EconomyByModel[];
}

function figures(rows: VillageEconomy[]): EconomyFigures {
  return {
    villageCount: rows.length,
    withAccumulation: rows.filter((r) => r.collectiveAccumulation > 0).length,
    qualifying: rows.filter(
      (r) =>
        r.collectiveAccumulation >= QUALIFYING.accumulation &&
        r.operatingIncome >= QUALIFYING.operatingIncome,
    ).length,
    operatingIncomeTotal: rows.reduce((s, r) => s + r.operatingIncome, 0),
    accumulationTotal: rows.reduce((s, r) => s + r.collectiveAccumulation, 0),
  };
}

@Resolver()
export class StatisticsResolver {
  @Query(() => EconomyStatistics, {
    description: 'Collective-economy figures of a year, in all and by model.',
  })
  async economyStatistics(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
  ): Promise<EconomyStatistics> {
    if (year < 2000 || year > 2100) throw badInput('year', 'must be a year between 2000 and 2100');
    const user = requireUser(ctx);
    const [rows, totalVillages] = await Promise.all([
      ctx.em.find(VillageEconomy, { $and: [scopeWhere('VillageEconomy', user), { year }] } as never),
      ctx.em.count(Village, scopeWhere('Village', user) as never),
    ]);
    const models: (CollectiveModel | null)[] = [...Object.values(CollectiveModel), null];
    return {
      year,
      totalVillages,
      ...figures(rows),
      byModel: models.map((model) => ({
        model,
        ...figures(rows.filter((r) => (r.model ?? null) === model)),
      })),
    };
  }
}
