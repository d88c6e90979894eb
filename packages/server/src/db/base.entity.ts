import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { County } from '../modules/geography/county.entity.js';

/**
 * Columns every county-owned row carries. `county` is the tenant key (design.md §3): one deployment can
 * serve many counties, and a sharded PostgreSQL can distribute by it without a schema change.
 */
@ObjectType()
@Entity({ abstract: true })
export abstract class CountyOwned {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => County, { ref: true, deleteRule: 'restrict' })
  county!: Ref<County>;

  @Field(() => ID)
  get countyId(): Opt<string> {
    return this.county.id;
  }

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}

/** A record two people may edit at once: updates carry the version they read (optimistic locking). */
@ObjectType()
@Entity({ abstract: true })
export abstract class Versioned extends CountyOwned {
  @Field(() => Int, { description: 'Send it back with an update; a stale version answers CONFLICT.' })
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
