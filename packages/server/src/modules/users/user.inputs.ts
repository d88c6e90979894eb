import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Role } from '../../auth/roles.js';

const USERNAME = /^[A-Za-z0-9._-]+$/;
const usernameMessage = 'may contain only letters, digits, ".", "_" and "-"';

@ArgsType()
export class CreateUserArgs {
  @Field(() => String)
  @MinLength(3)
  @MaxLength(50)
  @Matches(USERNAME, { message: usernameMessage })
  username!: string;

  @Field(() => String, { description: 'At least 8 characters.' })
  @MinLength(8, { message: 'must be at least 8 characters' })
  @MaxLength(200)
  password!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => String, { nullable: true })
  @MaxLength(50)
  displayName?: string;

  @Field(() => ID, { nullable: true, description: 'Required for TOWNSHIP_OFFICER.' })
  @IsUUID('all', { message: 'must be the id of a township' })
  townshipId?: string;

  @Field(() => ID, { nullable: true, description: 'Required for VILLAGE_CLERK.' })
  @IsUUID('all', { message: 'must be the id of a village' })
  villageId?: string;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;
}

@ArgsType()
export class UpdateUserArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  version?: number;

  @Field(() => String, { nullable: true, description: 'A new password; ends the user’s sessions.' })
  @MinLength(8, { message: 'must be at least 8 characters' })
  @MaxLength(200)
  password?: string;

  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field(() => String, { nullable: true })
  @MaxLength(50)
  displayName?: string;

  @Field(() => ID, { nullable: true })
  @IsUUID('all', { message: 'must be the id of a township' })
  townshipId?: string;

  @Field(() => ID, { nullable: true })
  @IsUUID('all', { message: 'must be the id of a village' })
  villageId?: string;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;
}

@InputType()
export class UserFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Matches username or display name.' })
  @MaxLength(100)
  q?: string;

  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field(() => ID, { nullable: true })
  townshipId?: string;

  @Field(() => ID, { nullable: true })
  villageId?: string;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;
}
