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
import { currentTierLoader, latestApplicationStatusLoader } from './village-standing.js';

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
});

@Resolver(() => Township)
export class TownshipFieldsResolver {
  @FieldResolver(() => Int, { description: 'Villages and communities in this township.' })
  villageCount(@Root() township: Township, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.countOf(Village, 'township').load(township.id);
  }
}

@Resolver(() => Village)
export class VillageFieldsResolver {
  @FieldResolver(() => Township, { nullable: true })
  township(@Root() village: Village, @Ctx() ctx: Context): Promise<Township | null> {
    return ctx.loaders.byId(Township).load(village.townshipId);
  }

  @FieldResolver(() => [Cadre])
  cadres(@Root() village: Village, @Ctx() ctx: Context): Promise<Cadre[]> {
    return ctx.loaders.childrenOf(Cadre, 'village', { name: 'asc' }).load(village.id);
  }

  @FieldResolver(() => Int, { description: 'Active cadres, the ones a reward is paid to.' })
  cadreCount(@Root() village: Village, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.countOf(Cadre, 'village', { active: true }).load(village.id);
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
  ): Promise<number | null> {
    return currentTierLoader(ctx, year ?? null).load(village.id);
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
  ): Promise<ApplicationStatus | null> {
    return latestApplicationStatusLoader(ctx, year ?? null).load(village.id);
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
