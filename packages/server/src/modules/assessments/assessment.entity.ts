import { Entity, Enum, ManyToOne, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Versioned } from '../../db/base.entity.js';
import { Application } from '../applications/application.entity.js';
import type { Evaluation } from '../schemes/evaluation.js';

export enum AssessmentStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  PASSED = 'PASSED',
  FAILED = 'FAILED',
}
registerEnumType(AssessmentStatus, { name: 'AssessmentStatus' });

/** One finding: what the assessor verified and what the indicator made of it, with all it used. */
export interface StoredStep extends Evaluation {
  assessorId: string;
  recordedAt: string;
}

@ObjectType('AssessmentStep')
export class AssessmentStepView {
  @Field(() => String)
  indicatorKey!: string;

  @Field(() => Boolean)
  passed!: boolean;

  @Field(() => Float)
  margin!: number;

  @Field(() => String, { description: 'In the request’s language.' })
  reason!: string;

  @Field(() => GraphQLJSONObject, { description: 'The verified values.' })
  values!: Record<string, unknown>;

  @Field(() => GraphQLJSONObject)
  params!: Record<string, unknown>;

  @Field(() => String)
  pluginVersion!: string;

  @Field(() => ID)
  assessorId!: string;

  @Field(() => Date)
  recordedAt!: Date;
}

/**
 * The district panel's assessment of one application: the weakest-first plan fixed at start, the
 * findings in plan order, and the outcome. The first failure ends it.
 */
@ObjectType()
@Entity({ tableName: 'assessment' })
@Unique({ properties: ['application'] })
export class Assessment extends Versioned {
  @ManyToOne(() => Application, { ref: true, deleteRule: 'restrict' })
  application!: Ref<Application>;

  @Field(() => ID)
  get applicationId(): Opt<string> {
    return this.application.id;
  }

  @Field(() => AssessmentStatus)
  @Enum({ items: () => AssessmentStatus, default: AssessmentStatus.IN_PROGRESS })
  status: Opt<AssessmentStatus> = AssessmentStatus.IN_PROGRESS;

  @Field(() => [String], { description: 'Indicator keys, weakest declared margin first.' })
  @Property({ type: 'json' })
  plan!: string[];

  @Property({ type: 'json' })
  steps: Opt<StoredStep[]> = [];

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  failedIndicatorKey?: string | null;

  @Field(() => Boolean, { description: 'A reference case the panel judges the others against.' })
  @Property({ type: 'boolean', default: false })
  isReference: Opt<boolean> = false;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  startedBy!: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'The next indicator to assess; null once finished.' })
  get nextIndicatorKey(): Opt<string> | null {
    if (this.status !== AssessmentStatus.IN_PROGRESS) return null;
    return this.plan[this.steps.length] ?? null;
  }

  @Field(() => [String], { description: 'Indicators left unassessed because an earlier one failed.' })
  get notAssessed(): Opt<string[]> {
    return this.status === AssessmentStatus.FAILED ? this.plan.slice(this.steps.length) : [];
  }
}
