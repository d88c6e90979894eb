import {
  Check,
  Collection,
  Entity,
  Enum,
  ManyToOne,
  OneToMany,
  Property,
  Unique,
  type Ref,
} from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Versioned } from '../../db/base.entity.js';
import { PlaceLink } from './place-link.entity.js';

/** How a district department helps townships and villages (domain.md §5); each is assessed bundled. */
export enum DepartmentKind {
  LINKED_ASSISTANCE = 'LINKED_ASSISTANCE',
  PARTY_BUILDING_POVERTY_RELIEF = 'PARTY_BUILDING_POVERTY_RELIEF',
  GROUP_ASSISTANCE = 'GROUP_ASSISTANCE',
}
registerEnumType(DepartmentKind, {
  name: 'DepartmentKind',
  description:
    '挂帮联系 LINKED_ASSISTANCE, 党建扶贫 PARTY_BUILDING_POVERTY_RELIEF, 集团帮扶 GROUP_ASSISTANCE',
});

/**
 * A district department (or unit) that helps townships and villages. Its annual review is bundled with
 * theirs (捆绑考核): see `departmentReview`.
 */
@ObjectType()
@Entity({ tableName: 'department' })
@Unique({ properties: ['county', 'name'] })
export class Department extends Versioned {
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => DepartmentKind)
  @Enum({ items: () => DepartmentKind })
  kind!: DepartmentKind;

  /** The townships and villages it helps; exposed as `townshipIds` and `villageIds`. */
  @OneToMany(() => DepartmentAssignment, (a) => a.department)
  assignments = new Collection<DepartmentAssignment>(this);
}

/**
 * One township or one village a department helps (exactly one of the two is set). Not a GraphQL type:
 * links are read and written as `Department.townshipIds` / `villageIds`.
 */
@Entity({ tableName: 'department_assignment' })
@Unique({ properties: ['department', 'township'] })
@Unique({ properties: ['department', 'village'] })
@Check({
  name: 'department_assignment_one_target',
  expression: '(township_id is null) <> (village_id is null)',
})
export class DepartmentAssignment extends PlaceLink {
  @ManyToOne(() => Department, { ref: true, deleteRule: 'cascade' })
  department!: Ref<Department>;
}
