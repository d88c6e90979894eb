import { Entity, Enum, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Versioned } from '../../db/base.entity.js';

export enum TownshipKind {
  TOWN = 'TOWN',
  TOWNSHIP = 'TOWNSHIP',
  SUBDISTRICT = 'SUBDISTRICT',
}
registerEnumType(TownshipKind, {
  name: 'TownshipKind',
  description: '镇 TOWN, 乡 TOWNSHIP, 街道 SUBDISTRICT',
});

@ObjectType()
@Entity({ tableName: 'township' })
@Unique({ properties: ['county', 'code'] })
export class Township extends Versioned {
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 12 })
  code!: string;

  @Field(() => TownshipKind)
  @Enum({ items: () => TownshipKind, default: TownshipKind.TOWN })
  kind: Opt<TownshipKind> = TownshipKind.TOWN;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  sortOrder?: number;
}
