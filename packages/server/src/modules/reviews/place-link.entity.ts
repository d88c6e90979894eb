import { Entity, Index, ManyToOne, type Ref } from '@mikro-orm/core';
import { CountyOwned } from '../../db/base.entity.js';
import { Township } from '../geography/township.entity.js';
import { Village } from '../geography/village.entity.js';

/**
 * A link from a record to one township or one village (subclasses check that exactly one is set): the
 * shape of a department's assignments and a training's attendance.
 */
@Entity({ abstract: true })
export abstract class PlaceLink extends CountyOwned {
  @ManyToOne(() => Township, { ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  township?: Ref<Township> | null;

  @ManyToOne(() => Village, { ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  village?: Ref<Village> | null;
}
