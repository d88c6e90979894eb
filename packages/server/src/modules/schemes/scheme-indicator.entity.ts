import { Entity, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Versioned } from '../../db/base.entity.js';
import { Scheme } from './scheme.entity.js';

export type TierParams = Record<'1' | '2' | '3', Record<string, unknown>>;

/** One indicator of a scheme, in order, with its params per tier (or a low-code formula). */
@ObjectType()
@Entity({ tableName: 'scheme_indicator' })
@Unique({ properties: ['scheme', 'key'] })
export class SchemeIndicator extends Versioned {
  @ManyToOne(() => Scheme, { ref: true, deleteRule: 'cascade' })
  scheme!: Ref<Scheme>;

  /** The scheme's order: it breaks ties in the weakest-first plan. */
  @Field(() => Int)
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  key!: string;

  /** The plugin that defined it when it was added; a formula indicator names @fanben/plugin-formula. */
  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  pluginName!: string;

  @Field(() => GraphQLJSONObject, { description: 'Params per tier: { "1": …, "2": …, "3": … }' })
  @Property({ type: 'json' })
  params!: TierParams;

  /** A low-code indicator's definition; null for plugin indicators. */
  @Field(() => GraphQLJSONObject, { nullable: true })
  @Property({ type: 'json', nullable: true })
  formula?: Record<string, unknown> | null;
}
