import {
  BigIntType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  Property,
  Unique,
  type Opt,
  type Ref,
} from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Versioned } from '../../db/base.entity.js';
import { Cadre } from '../cadres/cadre.entity.js';
import { Certification } from '../certifications/certification.entity.js';
import { Village } from '../geography/village.entity.js';

export enum PayoutKind {
  CADRE_REWARD = 'CADRE_REWARD',
  ACTIVITY_FUND = 'ACTIVITY_FUND',
}
registerEnumType(PayoutKind, {
  name: 'PayoutKind',
  description: '干部年度奖励 CADRE_REWARD, 村级活动经费 ACTIVITY_FUND',
});

export enum PayoutStatus {
  UNPAID = 'UNPAID',
  PAID = 'PAID',
}
registerEnumType(PayoutStatus, { name: 'PayoutStatus' });

/**
 * One line of a frozen yearly statement: a cadre's reward or a village's activity fund. Names and
 * amounts are copied when the statement is generated, so later changes to cadres do not alter it.
 */
@ObjectType()
@Entity({ tableName: 'payout' })
@Index({ properties: ['county', 'year'] })
// One frozen line per cadre and one activity fund per certification, whatever runs concurrently.
@Unique({
  name: 'payout_cadre_line',
  expression: `create unique index "payout_cadre_line" on "payout" ("certification_id", "cadre_id") where "kind" = 'CADRE_REWARD'`,
})
@Unique({
  name: 'payout_fund_line',
  expression: `create unique index "payout_fund_line" on "payout" ("certification_id") where "kind" = 'ACTIVITY_FUND'`,
})
export class Payout extends Versioned {
  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => PayoutKind)
  @Enum({ items: () => PayoutKind })
  kind!: PayoutKind;

  @ManyToOne(() => Village, { ref: true, deleteRule: 'restrict' })
  village!: Ref<Village>;

  @Field(() => ID)
  get villageId(): Opt<string> {
    return this.village.id;
  }

  @ManyToOne(() => Cadre, { ref: true, nullable: true, deleteRule: 'restrict' })
  cadre?: Ref<Cadre> | null;

  @Field(() => ID, { nullable: true })
  get cadreId(): Opt<string> | null {
    return this.cadre?.id ?? null;
  }

  @ManyToOne(() => Certification, { ref: true, deleteRule: 'restrict' })
  certification!: Ref<Certification>;

  @Field(() => ID)
  get certificationId(): Opt<string> {
    return this.certification.id;
  }

  @Field(() => Int)
  @Property({ type: 'integer' })
  tier!: number;

  @Field(() => GraphQLSafeInt, { description: 'Whole yuan.' })
  @Property({ type: new BigIntType('number') })
  amount!: number;

  @Field(() => String, {
    description: 'The cadre’s name, or the village’s for an activity fund, when generated.',
  })
  @Property({ type: 'string', length: 100 })
  payeeName!: string;

  @Field(() => String, { nullable: true, description: 'The cadre’s position when generated.' })
  @Property({ type: 'string', length: 50, nullable: true })
  payeePosition?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  villageName!: string;

  @Field(() => PayoutStatus)
  @Enum({ items: () => PayoutStatus, default: PayoutStatus.UNPAID })
  status: Opt<PayoutStatus> = PayoutStatus.UNPAID;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  paidAt?: Date | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  paidBy?: string | null;
}
