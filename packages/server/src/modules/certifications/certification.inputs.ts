import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsUUID, Max, Min } from 'class-validator';
import { CertificationStatus } from './certification.entity.js';

/** A result entered by hand, such as one named before the county used Fanben. */
@ArgsType()
export class CreateCertificationArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a village' })
  villageId!: string;

  @Field(() => Int)
  @Min(1, { message: 'must be 1 (规范), 2 (示范) or 3 (典范)' })
  @Max(3, { message: 'must be 1 (规范), 2 (示范) or 3 (典范)' })
  tier!: number;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year!: number;
}

@InputType()
export class CertificationFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Matches the village’s name.' })
  q?: string;

  @Field(() => ID, { nullable: true })
  villageId?: string;

  @Field(() => ID, { nullable: true })
  townshipId?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => Int, { nullable: true })
  tier?: number;

  @Field(() => CertificationStatus, { nullable: true })
  status?: CertificationStatus;
}
