import {
  Check,
  Collection,
  Entity,
  Index,
  ManyToOne,
  OneToMany,
  Property,
  Unique,
  type Opt,
  type Ref,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Versioned } from '../../db/base.entity.js';
import { PlaceLink } from './place-link.entity.js';

/**
 * A training the organization department holds (domain.md §5: at least one a year from 2016), with the
 * townships and villages that attended.
 */
@ObjectType()
@Entity({ tableName: 'training' })
@Index({ properties: ['county', 'year'] })
export class Training extends Versioned {
  @Field(() => String, { description: 'The day it was held, YYYY-MM-DD.' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => Int, { description: 'The year of `date`, kept with it.' })
  @Property({ type: 'integer' })
  year!: Opt<number>;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  topic!: string;

  @Field(() => String, { nullable: true, description: 'Who held it, e.g. 区委组织部.' })
  @Property({ type: 'string', length: 100, nullable: true })
  organizer?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many people attended in all, when recorded.' })
  @Property({ type: 'integer', nullable: true })
  attendeeCount?: number | null;

  /** The townships and villages that attended; exposed as `townshipIds` and `villageIds`. */
  @OneToMany(() => TrainingAttendance, (a) => a.training)
  attendance = new Collection<TrainingAttendance>(this);
}

/**
 * One township or one village that attended a training (exactly one of the two is set). Not a GraphQL
 * type: attendance is read and written as `Training.townshipIds` / `villageIds`.
 */
@Entity({ tableName: 'training_attendance' })
@Unique({ properties: ['training', 'township'] })
@Unique({ properties: ['training', 'village'] })
@Check({
  name: 'training_attendance_one_attendee',
  expression: '(township_id is null) <> (village_id is null)',
})
export class TrainingAttendance extends PlaceLink {
  @ManyToOne(() => Training, { ref: true, deleteRule: 'cascade' })
  training!: Ref<Training>;
}
