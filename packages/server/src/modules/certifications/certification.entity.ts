import { Entity, Enum, ManyToOne, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Versioned } from '../../db/base.entity.js';
import { Village } from '../geography/village.entity.js';
import { Assessment } from '../assessments/assessment.entity.js';

export enum CertificationStatus {
  ACTIVE = 'ACTIVE',
  REVOKED = 'REVOKED',
}
registerEnumType(CertificationStatus, { name: 'CertificationStatus' });

/** A village named at a tier for a year (命名). It pays for that year; it can be revoked with a reason. */
@ObjectType()
@Entity({ tableName: 'certification' })
@Unique({ properties: ['village', 'tier', 'year'] })
export class Certification extends Versioned {
  @ManyToOne(() => Village, { ref: true, deleteRule: 'restrict' })
  village!: Ref<Village>;

  @Field(() => ID)
  get villageId(): Opt<string> {
    return this.village.id;
  }

  @Field(() => Int)
  @Property({ type: 'integer' })
  tier!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => CertificationStatus)
  @Enum({ items: () => CertificationStatus, default: CertificationStatus.ACTIVE })
  status: Opt<CertificationStatus> = CertificationStatus.ACTIVE;

  /** The assessment that passed; null for a result entered by hand (e.g. before Fanben). */
  @ManyToOne(() => Assessment, { ref: true, nullable: true, deleteRule: 'restrict' })
  assessment?: Ref<Assessment> | null;

  @Field(() => ID, { nullable: true })
  get assessmentId(): Opt<string> | null {
    return this.assessment?.id ?? null;
  }

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  revokedReason?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
