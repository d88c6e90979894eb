import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Versioned } from '../../db/base.entity.js';
import { Village } from '../geography/village.entity.js';

export enum Gender {
  M = 'M',
  F = 'F',
}
registerEnumType(Gender, { name: 'Gender' });

/** A village (community) cadre: the person a yearly reward is paid to while active. */
@ObjectType()
@Entity({ tableName: 'cadre' })
export class Cadre extends Versioned {
  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  name!: string;

  @ManyToOne(() => Village, { ref: true, deleteRule: 'restrict' })
  @Index()
  village!: Ref<Village>;

  @Field(() => ID)
  get villageId(): Opt<string> {
    return this.village.id;
  }

  @Field(() => String, { description: 'Free text such as 支部书记 or 村委会主任.' })
  @Property({ type: 'string', length: 50 })
  position!: string;

  @Field(() => Gender, { nullable: true })
  @Enum({ items: () => Gender, nullable: true })
  gender?: Gender | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 30, nullable: true })
  phone?: string | null;

  @Field(() => Boolean, { description: 'Only active cadres are counted for rewards.' })
  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;
}
