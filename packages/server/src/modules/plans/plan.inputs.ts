import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PlanItemStatus } from './plan-item.entity.js';

const TIER_MESSAGE = 'must be 1 (规范), 2 (示范) or 3 (典范)';

/** One line of the township's three-year plan; the township follows from the village. */
@ArgsType()
export class CreatePlanItemArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a village' })
  villageId!: string;

  @Field(() => Int, {
    description: 'First year of the three-year period (the period is this year and the next two).',
  })
  @Min(2000)
  @Max(2100)
  periodStart!: number;

  @Field(() => Int, { description: '1 规范, 2 示范, 3 典范' })
  @Min(1, { message: TIER_MESSAGE })
  @Max(3, { message: TIER_MESSAGE })
  targetTier!: number;

  @Field(() => Int, {
    description: 'The year by which the village should reach the tier: periodStart … periodStart + 2.',
  })
  @Min(2000)
  @Max(2102)
  targetYear!: number;

  @Field(() => String, { nullable: true })
  @MaxLength(2000)
  note?: string;
}

@ArgsType()
export class UpdatePlanItemArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  version?: number;

  @Field(() => ID, { nullable: true })
  @IsUUID('all', { message: 'must be the id of a village' })
  villageId?: string;

  @Field(() => Int, { nullable: true })
  @Min(2000)
  @Max(2100)
  periodStart?: number;

  @Field(() => Int, { nullable: true })
  @Min(1, { message: TIER_MESSAGE })
  @Max(3, { message: TIER_MESSAGE })
  targetTier?: number;

  @Field(() => Int, { nullable: true })
  @Min(2000)
  @Max(2102)
  targetYear?: number;

  @Field(() => String, { nullable: true })
  @MaxLength(2000)
  note?: string;
}

@InputType()
export class PlanItemFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Matches the village’s name.' })
  @MaxLength(100)
  q?: string;

  @Field(() => ID, { nullable: true })
  townshipId?: string;

  @Field(() => ID, { nullable: true })
  villageId?: string;

  @Field(() => Int, { nullable: true })
  periodStart?: number;

  @Field(() => PlanItemStatus, { nullable: true })
  status?: PlanItemStatus;

  @Field(() => Int, { nullable: true })
  targetYear?: number;

  @Field(() => Int, { nullable: true })
  targetTier?: number;
}
