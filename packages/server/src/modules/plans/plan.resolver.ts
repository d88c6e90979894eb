import { Resolver } from 'type-graphql';
import { PlanItem } from './plan-item.entity.js';

/** The plans module's resolvers (CRUD for PlanItem, planProgress). */
@Resolver(() => PlanItem)
export class PlanItemFieldsResolver {}

export const PlanItemCrudResolver: (new () => unknown)[] = [];

@Resolver()
export class PlanQueriesResolver {}
