import { Entity, Enum, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Versioned } from '../../db/base.entity.js';
import { Role } from '../../auth/roles.js';
import { Township } from '../geography/township.entity.js';
import { Village } from '../geography/village.entity.js';

/**
 * A person who logs in. The scope follows the role: a clerk has a village (and its township), a township
 * officer a township, every other role the whole county.
 */
@ObjectType()
@Entity({ tableName: 'app_user' })
export class User extends Versioned {
  @Field(() => String)
  @Property({ type: 'string', length: 50, unique: true })
  username!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 50, nullable: true })
  displayName?: string | null;

  @Property({ type: 'string', length: 200, hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => Role)
  @Enum({ items: () => Role })
  role!: Role;

  @ManyToOne(() => Township, { ref: true, nullable: true, deleteRule: 'restrict' })
  township?: Ref<Township> | null;

  @Field(() => ID, { nullable: true })
  get townshipId(): Opt<string> | null {
    return this.township?.id ?? null;
  }

  @ManyToOne(() => Village, { ref: true, nullable: true, deleteRule: 'restrict' })
  village?: Ref<Village> | null;

  @Field(() => ID, { nullable: true })
  get villageId(): Opt<string> | null {
    return this.village?.id ?? null;
  }

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;
}
