import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { PayoutKind, PayoutStatus } from './payout.entity.js';

/** Payouts are generated, never typed in: the CRUD surface offers reads and deleting unpaid lines. */
@ArgsType()
export class NoPayoutArgs {}

@InputType()
export class PayoutFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Matches the payee or the village.' })
  @MaxLength(100)
  q?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => ID, { nullable: true })
  villageId?: string;

  @Field(() => ID, { nullable: true })
  townshipId?: string;

  @Field(() => PayoutKind, { nullable: true })
  kind?: PayoutKind;

  @Field(() => PayoutStatus, { nullable: true })
  status?: PayoutStatus;
}
