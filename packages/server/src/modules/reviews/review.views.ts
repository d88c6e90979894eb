import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DepartmentKind } from './department.entity.js';

@ObjectType({
  description: 'Whether the county held its yearly training (domain.md §5: at least one a year).',
})
export class TrainingYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  trainingCount!: number;

  @Field(() => Boolean, { description: 'True when no training was held that year.' })
  flagged!: boolean;
}

@ObjectType({ description: 'What a township’s score is computed from.' })
export class TownshipReviewComponents {
  @Field(() => Float, { description: 'Villages holding tier ≥ 1 in the year / villages (0–1).' })
  certifiedShare!: number;

  @Field(() => Float, { description: 'min(1, newlyReached / newReachTarget) (0–1).' })
  planProgress!: number;

  @Field(() => Int, { description: 'Applications of the year now RETURNED.' })
  returnedApplications!: number;

  @Field(() => Int, { description: 'Applications of the year that FAILED.' })
  failedApplications!: number;

  @Field(() => Int, { description: 'Applications of the year past the draft stage.' })
  applications!: number;

  @Field(() => Float, { description: '1 − min(1, (returned + failed) / max(1, applications)) (0–1).' })
  applicationQuality!: number;

  @Field(() => Int, { description: 'Trainings of the year attended by the township or one of its villages.' })
  trainingsAttended!: number;

  @Field(() => Int)
  villageCount!: number;

  @Field(() => Int, { description: 'Villages holding an active certification (tier ≥ 1) for the year.' })
  certifiedVillages!: number;

  @Field(() => Int, {
    description: 'Certified villages without an active certification for an earlier year.',
  })
  newlyReached!: number;

  @Field(() => Int, {
    description: 'ceil(villages × the scheme’s new-reach ratio), ceil(villages / 3) by default.',
  })
  newReachTarget!: number;
}

@ObjectType({ description: 'One township’s annual review (年度目标考核) of the scheme.' })
export class TownshipReview {
  @Field(() => ID)
  townshipId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  code!: string;

  @Field(() => Float)
  score!: number;

  @Field(() => Int, {
    description: 'Among all townships of the county; 1 is the best, equal scores share a rank.',
  })
  rank!: number;

  @Field(() => TownshipReviewComponents)
  components!: TownshipReviewComponents;
}

@ObjectType({ description: 'A department’s bundled review (捆绑考核) for a year.' })
export class DepartmentReview {
  @Field(() => ID)
  departmentId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => DepartmentKind)
  kind!: DepartmentKind;

  @Field(() => Float, {
    nullable: true,
    description:
      'The average score of the townships it is bundled with: those it helps and those of the villages it helps, each counted once. Null when it helps none.',
  })
  score!: number | null;

  @Field(() => Int, { nullable: true, description: 'Among departments with a score; 1 is the best.' })
  rank!: number | null;

  @Field(() => Int, { description: 'Townships it helps directly.' })
  townshipCount!: number;

  @Field(() => Int, { description: 'Villages it helps.' })
  villageCount!: number;

  @Field(() => [ID], { description: 'The townships whose scores the average is taken over.' })
  bundledTownshipIds!: string[];
}
