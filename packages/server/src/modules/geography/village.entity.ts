import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Versioned } from '../../db/base.entity.js';
import { Township } from './township.entity.js';

export enum VillageKind {
  VILLAGE = 'VILLAGE',
  COMMUNITY = 'COMMUNITY',
}
registerEnumType(VillageKind, { name: 'VillageKind', description: '村 VILLAGE or 社区 COMMUNITY' });

@ObjectType()
@Entity({ tableName: 'village' })
@Unique({ properties: ['county', 'code'] })
export class Village extends Versioned {
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 15 })
  code!: string;

  @ManyToOne(() => Township, { ref: true, deleteRule: 'restrict' })
  @Index()
  township!: Ref<Township>;

  @Field(() => ID)
  get townshipId(): Opt<string> {
    return this.township.id;
  }

  @Field(() => VillageKind)
  @Enum({ items: () => VillageKind, default: VillageKind.VILLAGE })
  kind: Opt<VillageKind> = VillageKind.VILLAGE;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  population: Opt<number> = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  households: Opt<number> = 0;
}
