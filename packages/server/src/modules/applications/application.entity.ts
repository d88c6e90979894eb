import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Versioned } from '../../db/base.entity.js';
import { Village } from '../geography/village.entity.js';
import { Scheme } from '../schemes/scheme.entity.js';

export enum ApplicationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  FORWARDED = 'FORWARDED',
  ASSESSING = 'ASSESSING',
  PASSED = 'PASSED',
  FAILED = 'FAILED',
}
registerEnumType(ApplicationStatus, { name: 'ApplicationStatus' });

/** Statuses of an application still on its way; a village has at most one such per year. */
export const OPEN_STATUSES = [
  ApplicationStatus.DRAFT,
  ApplicationStatus.SUBMITTED,
  ApplicationStatus.RETURNED,
  ApplicationStatus.FORWARDED,
  ApplicationStatus.ASSESSING,
];

/** A village's application for a tier in a year, with its declared values per indicator. */
@ObjectType()
@Entity({ tableName: 'application' })
@Index({ properties: ['county', 'year', 'status'] })
// Also unique: one open application per village and year (partial index, Migration20261128025602).
export class Application extends Versioned {
  @ManyToOne(() => Village, { ref: true, deleteRule: 'restrict' })
  @Index()
  village!: Ref<Village>;

  @Field(() => ID)
  get villageId(): Opt<string> {
    return this.village.id;
  }

  /** The scheme in force for the year when the application was made: its rules and indicators apply. */
  @ManyToOne(() => Scheme, { ref: true, deleteRule: 'restrict' })
  scheme!: Ref<Scheme>;

  @Field(() => ID)
  get schemeId(): Opt<string> {
    return this.scheme.id;
  }

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int, { description: '1 规范, 2 示范, 3 典范' })
  @Property({ type: 'integer' })
  targetTier!: number;

  @Field(() => ApplicationStatus)
  @Enum({ items: () => ApplicationStatus, default: ApplicationStatus.DRAFT })
  status: Opt<ApplicationStatus> = ApplicationStatus.DRAFT;

  @Field(() => GraphQLJSONObject, {
    description: 'Keyed by indicator key, each holding that indicator’s inputs.',
  })
  @Property({ type: 'json' })
  declaredValues!: Record<string, Record<string, unknown>>;

  @Field(() => Float, {
    nullable: true,
    description: 'The smallest margin over all indicators on the declared values: the higher, the readier.',
  })
  @Property({ type: 'double', nullable: true })
  readiness?: number | null;

  @Field(() => String, { nullable: true, description: 'The indicator with the smallest declared margin.' })
  @Property({ type: 'string', length: 100, nullable: true })
  weakestIndicatorKey?: string | null;

  @Field(() => String, { nullable: true, description: 'The township’s comment; for a return, the reason.' })
  @Property({ type: 'text', nullable: true })
  vetComment?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  vettedAt?: Date | null;
}
