import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Versioned } from '../../db/base.entity.js';
import { Certification } from '../certifications/certification.entity.js';
import { Township } from '../geography/township.entity.js';
import { Village } from '../geography/village.entity.js';

export enum PlanItemStatus {
  OPEN = 'OPEN',
  WRITTEN_OFF = 'WRITTEN_OFF',
}
registerEnumType(PlanItemStatus, {
  name: 'PlanItemStatus',
  description: 'OPEN, or WRITTEN_OFF (销账) by a certification',
});

/**
 * One line of a township's three-year plan: this village reaches this tier by this year. A
 * certification at or above the target writes it off (the write-off ledger, 销账).
 */
@ObjectType()
@Entity({ tableName: 'plan_item' })
@Unique({ properties: ['village', 'periodStart'] })
@Index({ properties: ['township', 'periodStart'] })
export class PlanItem extends Versioned {
  @ManyToOne(() => Township, { ref: true, deleteRule: 'restrict' })
  township!: Ref<Township>;

  @Field(() => ID)
  get townshipId(): Opt<string> {
    return this.township.id;
  }

  @ManyToOne(() => Village, { ref: true, deleteRule: 'restrict' })
  village!: Ref<Village>;

  @Field(() => ID)
  get villageId(): Opt<string> {
    return this.village.id;
  }

  @Field(() => Int, { description: 'First year of the three-year period.' })
  @Property({ type: 'integer' })
  periodStart!: number;

  @Field(() => Int, { description: '1 规范, 2 示范, 3 典范' })
  @Property({ type: 'integer' })
  targetTier!: number;

  @Field(() => Int, { description: 'The year by which the village should reach the target tier.' })
  @Property({ type: 'integer' })
  targetYear!: number;

  @Field(() => PlanItemStatus)
  @Enum({ items: () => PlanItemStatus, default: PlanItemStatus.OPEN })
  status: Opt<PlanItemStatus> = PlanItemStatus.OPEN;

  @ManyToOne(() => Certification, { ref: true, nullable: true, deleteRule: 'restrict' })
  certification?: Ref<Certification> | null;

  @Field(() => ID, { nullable: true, description: 'The certification that wrote the line off.' })
  get certificationId(): Opt<string> | null {
    return this.certification?.id ?? null;
  }

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  writtenOffAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
