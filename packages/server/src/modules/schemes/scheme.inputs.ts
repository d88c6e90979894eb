import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { Max, MaxLength, Min, MinLength } from 'class-validator';

@ArgsType()
export class CreateSchemeArgs {
  @Field(() => String)
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200)
  name!: string;

  @Field(() => Int, { description: 'The first year whose applications and payouts this scheme governs.' })
  @Min(2000)
  @Max(2100)
  effectiveFromYear!: number;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;

  @Field(() => GraphQLJSON, {
    description: 'Three tiers: [{ level, name: { "zh-CN", en }, cadreReward, activityFund }] in whole yuan.',
  })
  tiers!: unknown;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'requirePreviousTier, townshipQuotaPerYear, newReachRatio.',
  })
  rules?: Record<string, unknown>;

  @Field(() => GraphQLJSON, {
    description:
      'Ordered [{ key, params?: { "1": {…}, "2": {…}, "3": {…} }, formula? }]; params default to the plugin’s.',
  })
  indicators!: unknown;
}

@ArgsType()
export class UpdateSchemeArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  version?: number;

  @Field(() => String, { nullable: true })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200)
  name?: string;

  @Field(() => Int, { nullable: true })
  @Min(2000)
  @Max(2100)
  effectiveFromYear?: number;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;

  @Field(() => GraphQLJSON, { nullable: true })
  tiers?: unknown;

  @Field(() => GraphQLJSONObject, { nullable: true })
  rules?: Record<string, unknown>;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Replaces the whole ordered list when given.' })
  indicators?: unknown;
}

@InputType()
export class SchemeFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true })
  @MaxLength(100)
  q?: string;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;
}
