import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Gender } from './cadre.entity.js';

const PHONE = /^[0-9+\- ]*$/;

@ArgsType()
export class CreateCadreArgs {
  @Field(() => String)
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(50)
  name!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a village' })
  villageId!: string;

  @Field(() => String, { description: 'Free text such as 支部书记.' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(50)
  position!: string;

  @Field(() => Gender, { nullable: true })
  gender?: Gender;

  @Field(() => String, { nullable: true })
  @MaxLength(30)
  @Matches(PHONE, { message: 'may contain only digits, spaces, "+" and "-"' })
  phone?: string;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;
}

@ArgsType()
export class UpdateCadreArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  version?: number;

  @Field(() => String, { nullable: true })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(50)
  name?: string;

  @Field(() => ID, { nullable: true })
  @IsUUID('all', { message: 'must be the id of a village' })
  villageId?: string;

  @Field(() => String, { nullable: true })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(50)
  position?: string;

  @Field(() => Gender, { nullable: true })
  gender?: Gender;

  @Field(() => String, { nullable: true })
  @MaxLength(30)
  @Matches(PHONE, { message: 'may contain only digits, spaces, "+" and "-"' })
  phone?: string;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;
}

@InputType()
export class CadreFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Matches name or position.' })
  @MaxLength(100)
  q?: string;

  @Field(() => ID, { nullable: true })
  villageId?: string;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;
}
