import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { registerScopePath, scopeWhere } from '../../auth/scope.js';
import { requireUser, type Context } from '../../graphql/context.js';
import { createCrudResolver } from '../../graphql/crud.js';
import { badInput } from '../../graphql/errors.js';
import { Township } from '../geography/township.entity.js';
import { Village } from '../geography/village.entity.js';
import { Department } from './department.entity.js';
import { DEFAULT_REVIEW_WEIGHTS, parseWeights } from './review.formula.js';
import {
  CreateDepartmentArgs,
  CreateTrainingArgs,
  DepartmentFilter,
  TrainingFilter,
  UpdateDepartmentArgs,
  UpdateTrainingArgs,
} from './review.inputs.js';
import { reviewDepartments, reviewTownships, trainingCoverage } from './review.service.js';
import { Training } from './training.entity.js';
import { DepartmentReview, TownshipReview, TrainingYear } from './review.views.js';

// The whole county sees departments and trainings; only the organization department (ADMIN) changes them.
registerScopePath('Department', { countyWide: true });
registerScopePath('DepartmentAssignment', { countyWide: true });
registerScopePath('Training', { countyWide: true });
registerScopePath('TrainingAttendance', { countyWide: true });

export const DepartmentCrudResolver = createCrudResolver({
  entity: Department,
  name: 'Department',
  label: 'Department',
  filter: DepartmentFilter,
  createArgs: CreateDepartmentArgs,
  updateArgs: UpdateDepartmentArgs,
  searchFields: ['name'],
  sortFields: ['name', 'kind', 'createdAt', 'updatedAt'],
  defaultSort: 'name',
  writeRoles: [],
  referenceLists: {
    townshipIds: { entity: Township, collection: 'assignments', property: 'township' },
    villageIds: { entity: Village, collection: 'assignments', property: 'village' },
  },
  filterPaths: { townshipId: 'assignments.township', villageId: 'assignments.village' },
});

/** The year of a YYYY-MM-DD day (validated by the arguments). */
const yearOf = (date: string) => Number(date.slice(0, 4));

export const TrainingCrudResolver = createCrudResolver({
  entity: Training,
  name: 'Training',
  label: 'Training',
  filter: TrainingFilter,
  createArgs: CreateTrainingArgs,
  updateArgs: UpdateTrainingArgs,
  searchFields: ['topic', 'organizer'],
  sortFields: ['date', 'year', 'topic', 'organizer', 'attendeeCount', 'createdAt', 'updatedAt'],
  defaultSort: 'date',
  writeRoles: [],
  referenceLists: {
    townshipIds: { entity: Township, collection: 'attendance', property: 'township' },
    villageIds: { entity: Village, collection: 'attendance', property: 'village' },
  },
  filterPaths: { townshipId: 'attendance.township', villageId: 'attendance.village' },
  hooks: {
    beforeCreate(training) {
      training.year = yearOf(training.date);
    },
    beforeUpdate(training) {
      training.year = yearOf(training.date);
    },
  },
});

const YEAR = { min: 2000, max: 2100 };
function checkYear(field: string, year: number): void {
  if (year < YEAR.min || year > YEAR.max)
    throw badInput(field, `must be between ${YEAR.min} and ${YEAR.max}`);
}

const WEIGHTS_HELP = `Optional weights over the default formula ${JSON.stringify(DEFAULT_REVIEW_WEIGHTS)}: known keys only, each a finite number ≥ 0; keys left out keep their default.`;

@Resolver()
export class ReviewQueriesResolver {
  @Query(() => [TrainingYear], {
    description:
      'Trainings held per year from fromYear to toYear; a year without one is flagged (the source requires at least one a year).',
  })
  trainingCoverage(
    @Arg('fromYear', () => Int) fromYear: number,
    @Arg('toYear', () => Int) toYear: number,
    @Ctx() ctx: Context,
  ): Promise<TrainingYear[]> {
    const user = requireUser(ctx);
    checkYear('fromYear', fromYear);
    checkYear('toYear', toYear);
    if (toYear < fromYear) throw badInput('toYear', 'must not be before fromYear');
    return trainingCoverage(ctx.em, user.countyId, fromYear, toYear);
  }

  @Query(() => [TownshipReview], {
    description:
      'The annual target assessment (年度目标考核) of each township in your scope for a year, best first. ' +
      'Default score (0–100) = 40 × certifiedShare + 30 × planProgress + 10 × (trainingsAttended ≥ 1 ? 1 : 0) ' +
      '+ 20 × applicationQuality; ranks are among all townships of the county.',
  })
  async townshipReview(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
    @Arg('weights', () => GraphQLJSONObject, { nullable: true, description: WEIGHTS_HELP })
    weights?: Record<string, unknown> | null,
  ): Promise<TownshipReview[]> {
    const user = requireUser(ctx);
    checkYear('year', year);
    const parsed = parseWeights(weights);
    const visible = await ctx.em.find(Township, scopeWhere('Township', user) as never, { fields: ['id'] });
    const shown = new Set(visible.map((t) => t.id));
    const reviews = await reviewTownships(ctx.em, user.countyId, year, parsed);
    return reviews.filter((r) => shown.has(r.townshipId));
  }

  @Query(() => [DepartmentReview], {
    description:
      'The bundled review (捆绑考核) of each department for a year: the average score (as townshipReview, ' +
      'with the same weights) of the townships it helps and of the townships of the villages it helps, ' +
      'each township counted once. Best first; a department helping nothing has no score.',
  })
  async departmentReview(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
    @Arg('weights', () => GraphQLJSONObject, { nullable: true, description: WEIGHTS_HELP })
    weights?: Record<string, unknown> | null,
  ): Promise<DepartmentReview[]> {
    const user = requireUser(ctx);
    checkYear('year', year);
    const reviews = await reviewDepartments(ctx.em, user.countyId, year, parseWeights(weights));
    // The score is the department's, over all its townships; the ids name records, so townships out of
    // the caller's scope stay out of them (as in Department.townshipIds).
    const visible = await ctx.em.find(Township, scopeWhere('Township', user) as never, { fields: ['id'] });
    const shown = new Set(visible.map((t) => t.id));
    return reviews.map((r) => ({
      ...r,
      bundledTownshipIds: r.bundledTownshipIds.filter((id) => shown.has(id)),
    }));
  }
}
