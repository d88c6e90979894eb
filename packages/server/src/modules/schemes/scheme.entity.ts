import { Collection, Entity, OneToMany, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Versioned } from '../../db/base.entity.js';
import type { SchemeRules, TierConfig } from '../../county/county-config.js';
import { SchemeIndicator } from './scheme-indicator.entity.js';

/**
 * A county's scheme: tiers with their amounts, rules and indicators. The scheme in force for a year is
 * the active one with the latest `effectiveFromYear` not after it, so changing amounts for later years
 * means a new scheme and never rewrites the past.
 */
@ObjectType()
@Entity({ tableName: 'scheme' })
export class Scheme extends Versioned {
  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  effectiveFromYear!: number;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  @Property({ type: 'json' })
  tiers!: TierConfig[];

  @Property({ type: 'json' })
  rules!: SchemeRules;

  @OneToMany(() => SchemeIndicator, (i) => i.scheme, { orderBy: { position: 'asc' } })
  indicators = new Collection<SchemeIndicator>(this);
}
