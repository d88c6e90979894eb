import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { AssessmentStatus } from './assessment.entity.js';

/** For resources whose CRUD surface offers no create or update. */
@ArgsType()
export class NoArgs {}

@InputType()
export class AssessmentFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Matches the village’s name.' })
  @MaxLength(100)
  q?: string;

  @Field(() => ID, { nullable: true })
  applicationId?: string;

  @Field(() => ID, { nullable: true })
  villageId?: string;

  @Field(() => AssessmentStatus, { nullable: true })
  status?: AssessmentStatus;

  @Field(() => Boolean, { nullable: true })
  isReference?: boolean;
}
