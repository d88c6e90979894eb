import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

/** How far one township has come in a year against the "one third more each year" rule (domain.md §5). */
@ObjectType('TownshipPlanProgress')
export class TownshipPlanProgressView {
  @Field(() => ID)
  townshipId!: string;

  @Field(() => String)
  townshipName!: string;

  @Field(() => String)
  townshipCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Villages and communities of the township.' })
  villageCount!: number;

  @Field(() => Int, {
    description: 'Villages holding tier 1 or above in the year (an active certification of that year).',
  })
  reachedCount!: number;

  @Field(() => Int, {
    description:
      'Villages reaching tier 1 or above for the first time in the year (no active certification earlier).',
  })
  newlyReachedCount!: number;

  @Field(() => Int, {
    description:
      'Villages that had never been certified before the year: the ones that can still newly reach.',
  })
  notYetReachedCount!: number;

  @Field(() => Float, {
    description: 'The share of villages that should newly reach each year (scheme rule, 1/3).',
  })
  newReachRatio!: number;

  @Field(() => Int, {
    description: 'Villages that should newly reach in the year: ceil(villageCount × ratio).',
  })
  target!: number;

  @Field(() => Boolean, { description: 'newlyReachedCount ≥ target.' })
  onTrack!: boolean;

  @Field(() => Boolean, { description: 'Behind target: the opposite of onTrack.' })
  behind!: boolean;

  @Field(() => Int, {
    description: 'Plan lines (of the periods containing the year) whose target year is the year.',
  })
  plannedCount!: number;

  @Field(() => Int, { description: 'Of the lines planned for the year, those written off (销账).' })
  writtenOffCount!: number;

  @Field(() => Int, { description: 'Of the lines planned for the year, those still open.' })
  openCount!: number;

  @Field(() => Int, {
    description: 'Open lines of the periods containing the year whose target year has already passed.',
  })
  overdueCount!: number;
}
