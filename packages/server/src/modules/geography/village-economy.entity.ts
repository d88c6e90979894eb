import { BigIntType, Entity, Enum, ManyToOne, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Versioned } from '../../db/base.entity.js';
import { Village } from './village.entity.js';

/** The five collective-economy models of domain.md §3. */
export enum CollectiveModel {
  LAND = 'LAND',
  ASSETS = 'ASSETS',
  RESOURCES = 'RESOURCES',
  CAPITAL = 'CAPITAL',
  COOPERATIVE_SERVICE = 'COOPERATIVE_SERVICE',
}
registerEnumType(CollectiveModel, {
  name: 'CollectiveModel',
  description:
    '经营土地型 LAND, 资产经营型 ASSETS, 资源开发型 RESOURCES, 资本运作型 CAPITAL, 合作服务型 COOPERATIVE_SERVICE',
});

/** One village's collective economy in one year; money in whole yuan. */
@ObjectType()
@Entity({ tableName: 'village_economy' })
@Unique({ properties: ['village', 'year'] })
export class VillageEconomy extends Versioned {
  @ManyToOne(() => Village, { ref: true, deleteRule: 'cascade' })
  village!: Ref<Village>;

  @Field(() => ID)
  get villageId(): Opt<string> {
    return this.village.id;
  }

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => GraphQLSafeInt, { description: '村集体积累 in yuan' })
  @Property({ type: new BigIntType('number'), default: 0 })
  collectiveAccumulation: Opt<number> = 0;

  @Field(() => GraphQLSafeInt, { description: '集体经营性收入 in yuan per year' })
  @Property({ type: new BigIntType('number'), default: 0 })
  operatingIncome: Opt<number> = 0;

  @Field(() => CollectiveModel, { nullable: true })
  @Enum({ items: () => CollectiveModel, nullable: true })
  model?: CollectiveModel | null;
}
