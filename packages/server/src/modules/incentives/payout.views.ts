import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';

@ObjectType()
export class PayoutLine {
  @Field(() => ID)
  villageId!: string;

  @Field(() => String)
  villageName!: string;

  @Field(() => ID)
  townshipId!: string;

  @Field(() => ID)
  certificationId!: string;

  @Field(() => Int)
  tier!: number;

  @Field(() => Int, { description: 'Active cadres of the village.' })
  cadreCount!: number;

  @Field(() => GraphQLSafeInt, { description: 'cadreCount × the tier’s reward per cadre, yuan.' })
  cadreReward!: number;

  @Field(() => GraphQLSafeInt, { description: 'The tier’s activity fund for the village, yuan.' })
  activityFund!: number;

  @Field(() => GraphQLSafeInt)
  total!: number;
}

@ObjectType()
export class PayoutSchedule {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  villageCount!: number;

  @Field(() => Int)
  cadreCount!: number;

  @Field(() => GraphQLSafeInt)
  cadreRewardTotal!: number;

  @Field(() => GraphQLSafeInt)
  activityFundTotal!: number;

  @Field(() => GraphQLSafeInt)
  total!: number;

  @Field(() => [PayoutLine], { description: 'One line per certified village, by village code.' })
  lines!: PayoutLine[];
}
