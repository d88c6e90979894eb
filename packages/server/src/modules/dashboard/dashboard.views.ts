import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { ApplicationStatus } from '../applications/application.entity.js';
import { TownshipPlanProgressView } from '../plans/plan.views.js';

@ObjectType({ description: 'Villages holding one tier.' })
export class DashboardTierCount {
  @Field(() => Int, { description: '1 规范, 2 示范, 3 典范' })
  tier!: number;

  @Field(() => Int)
  villageCount!: number;
}

@ObjectType({ description: 'A township’s certified villages by tier (each village at its highest tier).' })
export class DashboardTownshipTiers {
  @Field(() => ID)
  townshipId!: string;

  @Field(() => String)
  townshipName!: string;

  @Field(() => Int, { description: 'Villages holding an active certification for the year.' })
  certifiedVillages!: number;

  @Field(() => [DashboardTierCount], { description: 'Tiers 1, 2 and 3, zeros included.' })
  byTier!: DashboardTierCount[];
}

@ObjectType()
export class DashboardStatusCount {
  @Field(() => ApplicationStatus)
  status!: ApplicationStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'What one year’s certifications are owed (the totals of payoutSchedule).' })
export class DashboardFundsYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  villageCount!: number;

  @Field(() => Int, { description: 'Cadres receiving a reward.' })
  cadreCount!: number;

  @Field(() => GraphQLSafeInt)
  cadreRewardTotal!: number;

  @Field(() => GraphQLSafeInt)
  activityFundTotal!: number;

  @Field(() => GraphQLSafeInt)
  total!: number;
}

@ObjectType({ description: 'Plan progress against the yearly new-reach target, summed over the townships.' })
export class DashboardPlan {
  @Field(() => Int)
  villageCount!: number;

  @Field(() => Int, { description: 'Villages holding tier 1 or above in the year.' })
  reachedCount!: number;

  @Field(() => Int, { description: 'Villages reaching tier 1 or above for the first time in the year.' })
  newlyReachedCount!: number;

  @Field(() => Int, { description: 'The sum of the townships’ targets (each ceil(villages × 1/3)).' })
  target!: number;

  @Field(() => Int)
  townshipCount!: number;

  @Field(() => Int, { description: 'Townships whose newly reached villages meet their target.' })
  onTrackTownships!: number;

  @Field(() => [TownshipPlanProgressView], { description: 'Each township, as planProgress gives it.' })
  townships!: TownshipPlanProgressView[];
}

@ObjectType()
export class DashboardTrainings {
  @Field(() => Int, { description: 'Trainings held in the year (county-wide).' })
  trainingCount!: number;

  @Field(() => Int, {
    description: 'Townships in your scope that attended a training of the year, themselves or by a village.',
  })
  townshipsCovered!: number;

  @Field(() => Int, { description: 'Townships in your scope.' })
  townshipCount!: number;
}

@ObjectType({ description: 'The figures of the console’s dashboard for a year, limited to your scope.' })
export class Dashboard {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Villages holding an active certification for the year.' })
  certifiedVillages!: number;

  @Field(() => [DashboardTierCount])
  certifiedByTier!: DashboardTierCount[];

  @Field(() => [DashboardTownshipTiers], { description: 'Every township in your scope, in township order.' })
  certifiedByTownship!: DashboardTownshipTiers[];

  @Field(() => Int, { description: 'Applications of the year, drafts included.' })
  applicationCount!: number;

  @Field(() => [DashboardStatusCount], { description: 'Every status, zeros included.' })
  applicationsByStatus!: DashboardStatusCount[];

  @Field(() => [DashboardFundsYear], {
    description:
      'What certifications are owed per year, from the first year with certified villages (at most five years back) to the year.',
  })
  funds!: DashboardFundsYear[];

  @Field(() => DashboardPlan)
  plan!: DashboardPlan;

  @Field(() => DashboardTrainings)
  trainings!: DashboardTrainings;
}
