import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { County } from '../geography/county.entity.js';

/** One state change, written in the same transaction as the change itself. Append-only. */
@ObjectType()
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['entityType', 'entityId'] })
export class AuditEvent {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => County, { ref: true, deleteRule: 'restrict' })
  county!: Ref<County>;

  @Field(() => ID)
  get countyId(): Opt<string> {
    return this.county.id;
  }

  @Field(() => ID, { nullable: true, description: 'The user who acted; null for the system.' })
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 50, nullable: true })
  actorUsername?: string | null;

  @Field(() => String, { description: 'e.g. create, update, delete, login.' })
  @Property({ type: 'string', length: 50 })
  action!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  entityType!: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  entityId?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Property({ type: 'json', nullable: true })
  before?: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Property({ type: 'json', nullable: true })
  after?: Record<string, unknown> | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  @Index()
  createdAt: Opt<Date> = new Date();
}
