import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles.js';
import { registerScopePath } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { createCrudResolver } from '../../graphql/crud.js';
import { Village } from '../geography/village.entity.js';
import { Cadre } from './cadre.entity.js';
import { CadreFilter, CreateCadreArgs, UpdateCadreArgs } from './cadre.inputs.js';

registerScopePath('Cadre', { township: 'village.township', village: 'village' });

export const CadreCrudResolver = createCrudResolver({
  entity: Cadre,
  name: 'Cadre',
  label: 'Cadre',
  filter: CadreFilter,
  createArgs: CreateCadreArgs,
  updateArgs: UpdateCadreArgs,
  searchFields: ['name', 'position'],
  sortFields: ['name', 'position', 'villageId', 'active', 'createdAt', 'updatedAt'],
  defaultSort: 'name',
  // Active cadres are paid: the township vouches for the list, a clerk only reads it.
  writeRoles: [Role.ADMIN, Role.TOWNSHIP_OFFICER],
  references: { villageId: { entity: Village, property: 'village' } },
});

@Resolver(() => Cadre)
export class CadreFieldsResolver {
  @FieldResolver(() => Village, { nullable: true })
  village(@Root() cadre: Cadre, @Ctx() ctx: Context): Promise<Village | null> {
    return ctx.loaders.byId(Village).load(cadre.villageId);
  }
}
