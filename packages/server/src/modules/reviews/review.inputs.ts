import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  type ValidationOptions,
} from 'class-validator';
import { DepartmentKind } from './department.entity.js';

/** A county has a few hundred villages; a list longer than this is a mistake. */
const MAX_LINKS = 2000;

/** A real calendar day written YYYY-MM-DD (2023-02-30 is not one). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: { validate: isCalendarDate, defaultMessage: () => 'must be a real day written YYYY-MM-DD' },
    },
    options,
  );
}

@ArgsType()
export class CreateDepartmentArgs {
  @Field(() => String)
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(100)
  name!: string;

  @Field(() => DepartmentKind)
  kind!: DepartmentKind;

  @Field(() => [ID], { nullable: true, description: 'The townships it helps.' })
  @ArrayMaxSize(MAX_LINKS)
  @IsUUID('all', { each: true, message: 'must list ids of townships' })
  townshipIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'The villages it helps.' })
  @ArrayMaxSize(MAX_LINKS)
  @IsUUID('all', { each: true, message: 'must list ids of villages' })
  villageIds?: string[];
}

@ArgsType()
export class UpdateDepartmentArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  version?: number;

  @Field(() => String, { nullable: true })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(100)
  name?: string;

  @Field(() => DepartmentKind, { nullable: true })
  kind?: DepartmentKind;

  @Field(() => [ID], { nullable: true, description: 'Replaces the townships it helps; [] clears them.' })
  @ArrayMaxSize(MAX_LINKS)
  @IsUUID('all', { each: true, message: 'must list ids of townships' })
  townshipIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Replaces the villages it helps; [] clears them.' })
  @ArrayMaxSize(MAX_LINKS)
  @IsUUID('all', { each: true, message: 'must list ids of villages' })
  villageIds?: string[];
}

@InputType()
export class DepartmentFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Matches the name.' })
  @MaxLength(100)
  q?: string;

  @Field(() => DepartmentKind, { nullable: true })
  kind?: DepartmentKind;

  @Field(() => ID, { nullable: true, description: 'Departments helping this township.' })
  townshipId?: string;

  @Field(() => ID, { nullable: true, description: 'Departments helping this village.' })
  villageId?: string;
}

@ArgsType()
export class CreateTrainingArgs {
  @Field(() => String, { description: 'The day it was held, YYYY-MM-DD.' })
  @IsCalendarDate()
  date!: string;

  @Field(() => String)
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200)
  topic!: string;

  @Field(() => String, { nullable: true })
  @MaxLength(100)
  organizer?: string;

  @Field(() => Int, { nullable: true })
  @Min(0)
  attendeeCount?: number;

  @Field(() => [ID], { nullable: true, description: 'The townships that attended.' })
  @ArrayMaxSize(MAX_LINKS)
  @IsUUID('all', { each: true, message: 'must list ids of townships' })
  townshipIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'The villages that attended.' })
  @ArrayMaxSize(MAX_LINKS)
  @IsUUID('all', { each: true, message: 'must list ids of villages' })
  villageIds?: string[];
}

@ArgsType()
export class UpdateTrainingArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  version?: number;

  @Field(() => String, { nullable: true, description: 'The day it was held, YYYY-MM-DD.' })
  @IsCalendarDate()
  date?: string;

  @Field(() => String, { nullable: true })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200)
  topic?: string;

  @Field(() => String, { nullable: true })
  @MaxLength(100)
  organizer?: string;

  @Field(() => Int, { nullable: true })
  @Min(0)
  attendeeCount?: number;

  @Field(() => [ID], { nullable: true, description: 'Replaces the townships that attended; [] clears them.' })
  @ArrayMaxSize(MAX_LINKS)
  @IsUUID('all', { each: true, message: 'must list ids of townships' })
  townshipIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Replaces the villages that attended; [] clears them.' })
  @ArrayMaxSize(MAX_LINKS)
  @IsUUID('all', { each: true, message: 'must list ids of villages' })
  villageIds?: string[];
}

@InputType()
export class TrainingFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Matches the topic or the organizer.' })
  @MaxLength(100)
  q?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => ID, {
    nullable: true,
    description: 'Trainings this township attended (itself, not its villages).',
  })
  townshipId?: string;

  @Field(() => ID, { nullable: true, description: 'Trainings this village attended.' })
  villageId?: string;
}
