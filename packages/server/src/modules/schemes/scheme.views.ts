import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject, GraphQLSafeInt } from 'graphql-scalars';

@ObjectType('Tier')
export class TierView {
  @Field(() => Int, { description: '1 规范 Standard, 2 示范 Model, 3 典范 Exemplar' })
  level!: number;

  @Field(() => String, { description: 'In the request’s language.' })
  name!: string;

  @Field(() => GraphQLJSONObject, { description: '{ "zh-CN": …, en: … }' })
  names!: Record<string, string>;

  @Field(() => GraphQLSafeInt, { description: 'Yearly reward per active cadre, yuan.' })
  cadreReward!: number;

  @Field(() => GraphQLSafeInt, { description: 'Yearly extra activity fund for the village, yuan.' })
  activityFund!: number;
}

@ObjectType('SchemeRules')
export class RulesView {
  @Field(() => Boolean)
  requirePreviousTier!: boolean;

  @Field(() => Int, { nullable: true })
  townshipQuotaPerYear!: number | null;

  @Field(() => Float)
  newReachRatio!: number;
}

@ObjectType('IndicatorDefinition')
export class IndicatorDefinitionView {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  category!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { description: 'In the request’s language.' })
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String)
  pluginName!: string;

  @Field(() => [GraphQLJSONObject], { description: 'Field definitions of what a village declares.' })
  inputs!: Record<string, unknown>[];

  @Field(() => [GraphQLJSONObject], {
    description: 'Field definitions of the thresholds a scheme sets per tier.',
  })
  params!: Record<string, unknown>[];

  @Field(() => GraphQLJSONObject, { description: 'Default params per tier: { "1": …, "2": …, "3": … }' })
  defaults!: Record<string, unknown>;
}

@ObjectType('EvaluationResult')
export class EvaluationView {
  @Field(() => String)
  indicatorKey!: string;

  @Field(() => Int)
  tier!: number;

  @Field(() => Boolean)
  passed!: boolean;

  @Field(() => Float, { description: 'Normalized distance to the threshold: negative fails, 0 is the edge.' })
  margin!: number;

  @Field(() => String, { description: 'In the request’s language.' })
  reason!: string;

  @Field(() => GraphQLJSONObject)
  params!: Record<string, unknown>;
}
