import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ApplicationStatus } from './application.entity.js';

export enum VetDecision {
  FORWARD = 'FORWARD',
  RETURN = 'RETURN',
}
registerEnumType(VetDecision, {
  name: 'VetDecision',
  description: 'FORWARD to the district, or RETURN to the village.',
});

@ArgsType()
export class CreateApplicationArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a village' })
  villageId!: string;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => Int, { description: '1 规范, 2 示范, 3 典范' })
  @Min(1, { message: 'must be 1 (规范), 2 (示范) or 3 (典范)' })
  @Max(3, { message: 'must be 1 (规范), 2 (示范) or 3 (典范)' })
  targetTier!: number;

  @Field(() => GraphQLJSONObject, {
    description: '{ "<indicator key>": { <its inputs> }, … } for every indicator.',
  })
  declaredValues!: Record<string, unknown>;
}

@ArgsType()
export class UpdateApplicationArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  version?: number;

  @Field(() => Int, { nullable: true })
  @Min(1, { message: 'must be 1 (规范), 2 (示范) or 3 (典范)' })
  @Max(3, { message: 'must be 1 (规范), 2 (示范) or 3 (典范)' })
  targetTier?: number;

  @Field(() => GraphQLJSONObject, { nullable: true })
  declaredValues?: Record<string, unknown>;
}

@InputType()
export class ApplicationFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Matches the village’s name.' })
  @MaxLength(100)
  q?: string;

  @Field(() => ID, { nullable: true })
  villageId?: string;

  @Field(() => ID, { nullable: true })
  townshipId?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => ApplicationStatus, { nullable: true })
  status?: ApplicationStatus;

  @Field(() => Int, { nullable: true })
  targetTier?: number;
}
