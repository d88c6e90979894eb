import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles.js';
import { registerScopePath, scopeWhere } from '../../auth/scope.js';
import { requireUser, type Context } from '../../graphql/context.js';
import { createCrudResolver } from '../../graphql/crud.js';
import { AppError } from '../../graphql/errors.js';
import { isId } from '../../graphql/ids.js';
import { Certification } from '../certifications/certification.entity.js';
import { Township } from '../geography/township.entity.js';
import { Village } from '../geography/village.entity.js';
import { PlanItem, PlanItemStatus } from './plan-item.entity.js';
import { CreatePlanItemArgs, PlanItemFilter, UpdatePlanItemArgs } from './plan.inputs.js';
import { PERIOD_YEARS, planProgress, settlePlanLine } from './plan.service.js';
import { TownshipPlanProgressView } from './plan.views.js';

registerScopePath('PlanItem', { township: 'township', village: 'village' });

const writtenOff = (what: string) =>
  new AppError(
    'INVALID_STATE',
    `This plan line has been written off (销账) by a certification; it can no longer be ${what}.`,
  );

/** The township's three-year plan, one line per village and period; certifications write lines off. */
export const PlanItemCrudResolver = createCrudResolver({
  entity: PlanItem,
  name: 'PlanItem',
  label: 'Plan line',
  filter: PlanItemFilter,
  createArgs: CreatePlanItemArgs,
  updateArgs: UpdatePlanItemArgs,
  searchFields: ['village.name'],
  sortFields: [
    'targetYear',
    'periodStart',
    'targetTier',
    'status',
    'villageId',
    'writtenOffAt',
    'createdAt',
    'updatedAt',
  ],
  defaultSort: 'targetYear',
  // Each township keeps its own plan; the village reference keeps an officer inside the own township.
  writeRoles: [Role.TOWNSHIP_OFFICER],
  references: { villageId: { entity: Village, property: 'village' } },
  filterPaths: { townshipId: 'township' },
  hooks: {
    beforeCreate(line, _args, { tx, user }) {
      return settlePlanLine(tx, line, user);
    },
    beforeUpdate(line, _args, { tx, user, before }) {
      if (before.status === PlanItemStatus.WRITTEN_OFF) throw writtenOff('changed');
      return settlePlanLine(tx, line, user);
    },
    beforeDelete(line) {
      if (line.status === PlanItemStatus.WRITTEN_OFF) throw writtenOff('deleted');
    },
  },
});

@Resolver(() => PlanItem)
export class PlanItemFieldsResolver {
  @FieldResolver(() => Village, { nullable: true })
  village(@Root() line: PlanItem, @Ctx() ctx: Context): Promise<Village | null> {
    return ctx.loaders.byId(Village).load(line.villageId);
  }

  @FieldResolver(() => Township, { nullable: true })
  township(@Root() line: PlanItem, @Ctx() ctx: Context): Promise<Township | null> {
    return ctx.loaders.byId(Township).load(line.townshipId);
  }

  @FieldResolver(() => Certification, {
    nullable: true,
    description: 'The certification that wrote the line off (销账); null while open.',
  })
  async certification(@Root() line: PlanItem, @Ctx() ctx: Context): Promise<Certification | null> {
    const id = line.certificationId;
    return id ? ctx.loaders.byId(Certification).load(id) : null;
  }

  @FieldResolver(() => Int, { description: 'Last year of the three-year period.' })
  periodEnd(@Root() line: PlanItem): number {
    return line.periodStart + PERIOD_YEARS - 1;
  }
}

@Resolver()
export class PlanQueriesResolver {
  @Query(() => [TownshipPlanProgressView], {
    description:
      'Per township in your scope: villages reaching tier 1 or above in the year, those reaching it for the first time, against the target of one third of the villages (ceil(villageCount / 3)), with the plan lines due that year.',
  })
  planProgress(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
    @Arg('townshipId', () => ID, { nullable: true }) townshipId?: string,
  ): Promise<TownshipPlanProgressView[]> {
    const user = requireUser(ctx);
    if (townshipId != null && !isId(townshipId)) return Promise.resolve([]);
    return planProgress(ctx.em, user, year, townshipId ?? undefined);
  }

  @Query(() => [PlanItem], {
    description:
      'The write-off ledger (销账): plan lines with their status and the certification that wrote them off, by target year and village name.',
  })
  planLedger(
    @Ctx() ctx: Context,
    @Arg('townshipId', () => ID, { nullable: true }) townshipId?: string,
    @Arg('periodStart', () => Int, { nullable: true }) periodStart?: number,
    @Arg('year', () => Int, {
      nullable: true,
      description: 'Only the lines whose period contains this year.',
    })
    year?: number,
    @Arg('status', () => PlanItemStatus, { nullable: true }) status?: PlanItemStatus,
  ): Promise<PlanItem[]> {
    const user = requireUser(ctx);
    if (townshipId != null && !isId(townshipId)) return Promise.resolve([]);
    const where: Record<string, unknown>[] = [scopeWhere('PlanItem', user)];
    if (townshipId != null) where.push({ township: townshipId });
    if (periodStart != null) where.push({ periodStart });
    if (year != null) where.push({ periodStart: { $gte: year - (PERIOD_YEARS - 1), $lte: year } });
    if (status != null) where.push({ status });
    return ctx.em.find(PlanItem, { $and: where } as never, {
      orderBy: [{ targetYear: 'asc' }, { village: { name: 'asc' } }, { id: 'asc' }] as never,
    });
  }
}
