import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsUUID, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { TownshipKind } from './township.entity.js';
import { VillageKind } from './village.entity.js';

const CODE = /^[0-9A-Za-z-]+$/;
const codeMessage = 'may contain only digits, letters and "-"';

@ArgsType()
export class CreateTownshipArgs {
  @Field(() => String)
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(100)
  name!: string;

  @Field(() => String, { description: 'Administrative code, e.g. 520502100.' })
  @MaxLength(12)
  @Matches(CODE, { message: codeMessage })
  code!: string;

  @Field(() => TownshipKind, { nullable: true })
  kind?: TownshipKind;

  @Field(() => Int, { nullable: true })
  sortOrder?: number;
}

@ArgsType()
export class UpdateTownshipArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  version?: number;

  @Field(() => String, { nullable: true })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(100)
  name?: string;

  @Field(() => String, { nullable: true })
  @MaxLength(12)
  @Matches(CODE, { message: codeMessage })
  code?: string;

  @Field(() => TownshipKind, { nullable: true })
  kind?: TownshipKind;

  @Field(() => Int, { nullable: true })
  sortOrder?: number;
}

@InputType()
export class TownshipFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Matches name or code.' })
  @MaxLength(100)
  q?: string;

  @Field(() => TownshipKind, { nullable: true })
  kind?: TownshipKind;
}

@ArgsType()
export class CreateVillageArgs {
  @Field(() => String)
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(100)
  name!: string;

  @Field(() => String)
  @MaxLength(15)
  @Matches(CODE, { message: codeMessage })
  code!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a township' })
  townshipId!: string;

  @Field(() => VillageKind, { nullable: true })
  kind?: VillageKind;

  @Field(() => Int, { nullable: true })
  @Min(0)
  population?: number;

  @Field(() => Int, { nullable: true })
  @Min(0)
  households?: number;
}

@ArgsType()
export class UpdateVillageArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  version?: number;

  @Field(() => String, { nullable: true })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(100)
  name?: string;

  @Field(() => String, { nullable: true })
  @MaxLength(15)
  @Matches(CODE, { message: codeMessage })
  code?: string;

  @Field(() => ID, { nullable: true })
  @IsUUID('all', { message: 'must be the id of a township' })
  townshipId?: string;

  @Field(() => VillageKind, { nullable: true })
  kind?: VillageKind;

  @Field(() => Int, { nullable: true })
  @Min(0)
  population?: number;

  @Field(() => Int, { nullable: true })
  @Min(0)
  households?: number;
}

@InputType()
export class VillageFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Matches name or code.' })
  @MaxLength(100)
  q?: string;

  @Field(() => ID, { nullable: true })
  townshipId?: string;

  @Field(() => VillageKind, { nullable: true })
  kind?: VillageKind;
}
