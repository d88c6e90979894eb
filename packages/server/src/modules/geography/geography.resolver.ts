import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles.js';
import { registerScopePath } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { createCrudResolver } from '../../graphql/crud.js';
import { ApplicationStatus } from '../applications/application.entity.js';
import { Cadre } from '../cadres/cadre.entity.js';
import {
  CreateTownshipArgs,
  CreateVillageArgs,
  TownshipFilter,
  UpdateTownshipArgs,
  UpdateVillageArgs,
  VillageFilter,
} from './geography.inputs.js';
import { Township } from './township.entity.js';
import { VillageEconomy } from './village-economy.entity.js';
import { Village } from './village.entity.js';
import { activeCadreCountLoader, prefetchVillageColumns } from './village-list.js';
import { villageStandingLoader, type VillageStanding } from './village-standing.js';

registerScopePath('Township', { township: 'id' });
registerScopePath('Village', { township: 'township', village: 'id' });
registerScopePath('VillageEconomy', { township: 'village.township', village: 'village' });

export const TownshipCrudResolver = createCrudResolver({
  entity: Township,
  name: 'Township',
  label: 'Township',
  filter: TownshipFilter,
  createArgs: CreateTownshipArgs,
  updateArgs: UpdateTownshipArgs,
  searchFields: ['name', 'code'],
  sortFields: ['code', 'name', 'kind', 'sortOrder', 'createdAt', 'updatedAt'],
  defaultSort: 'code',
  writeRoles: [Role.ADMIN],
  displayRows: true,
});

export const VillageCrudResolver = createCrudResolver({
  entity: Village,
  name: 'Village',
  label: 'Village',
  filter: VillageFilter,
  createArgs: CreateVillageArgs,
  updateArgs: UpdateVillageArgs,
  searchFields: ['name', 'code'],
  sortFields: ['code', 'name', 'kind', 'townshipId', 'population', 'households', 'createdAt', 'updatedAt'],
  defaultSort: 'code',
  // A township keeps its own villages' records; moving a village elsewhere needs the county.
  writeRoles: [Role.ADMIN, Role.TOWNSHIP_OFFICER],
  references: { townshipId: { entity: Township, property: 'township' } },
  prefetch: prefetchVillageColumns,
  // Its field resolvers read only the id and townshipId: a page of 500 hydrated villages cost ~6 ms.
  displayRows: true,
});

/** `pick` of a value that may still be on its way (a field answers at once when its page was prefetched). */
function then<V, R>(value: V | Promise<V>, pick: (v: V) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(pick) : pick(value);
}

@Resolver(() => Township)
export class TownshipFieldsResolver {
  @FieldResolver(() => Int, { description: 'Villages and communities in this township.' })
  villageCount(@Root() township: Township, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.countOf(Village, 'township').load(township.id);
  }
}

@Resolver(() => Village)
export class VillageFieldsResolver {
  // The list's columns answer from what the list read ahead for its page (village-list.ts), or batch.
  @FieldResolver(() => Township, { nullable: true })
  township(@Root() village: Village, @Ctx() ctx: Context): Township | null | Promise<Township | null> {
    return ctx.loaders.valueOf(ctx.loaders.byId(Township), village.townshipId);
  }

  @FieldResolver(() => [Cadre])
  cadres(@Root() village: Village, @Ctx() ctx: Context): Promise<Cadre[]> {
    return ctx.loaders.childrenOf(Cadre, 'village', { name: 'asc' }).load(village.id);
  }

  @FieldResolver(() => Int, { description: 'Active cadres, the ones a reward is paid to.' })
  cadreCount(@Root() village: Village, @Ctx() ctx: Context): number | Promise<number> {
    return ctx.loaders.valueOf(activeCadreCountLoader(ctx), village.id);
  }

  // `year` is optional: ra-data-graphql-simple asks for every field of a list without arguments.
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'The highest tier of the village’s active certifications for the year (of any year without one); null if none.',
  })
  currentTier(
    @Root() village: Village,
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): number | null | Promise<number | null> {
    return then(this.standing(village, ctx, year), (s) => s.currentTier);
  }

  @FieldResolver(() => ApplicationStatus, {
    nullable: true,
    description:
      'The status of the village’s newest application for the year (of any year without one); null if none.',
  })
  latestApplicationStatus(
    @Root() village: Village,
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): ApplicationStatus | null | Promise<ApplicationStatus | null> {
    return then(this.standing(village, ctx, year), (s) => s.latestApplicationStatus);
  }

  private standing(
    village: Village,
    ctx: Context,
    year?: number,
  ): VillageStanding | Promise<VillageStanding> {
    return ctx.loaders.valueOf(villageStandingLoader(ctx, year ?? null), village.id);
  }

  @FieldResolver(() => [VillageEconomy], { description: 'Collective-economy records, newest year first.' })
  async economy(
    @Root() village: Village,
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<VillageEconomy[]> {
    const rows = await ctx.loaders.childrenOf(VillageEconomy, 'village', { year: 'desc' }).load(village.id);
    return year === undefined ? rows : rows.filter((r) => r.year === year);
  }
}
