import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { registerScopePath } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { createCrudResolver } from '../../graphql/crud.js';
import { AppError, badInput } from '../../graphql/errors.js';
import { transition, UNCHANGED } from '../../graphql/transition.js';
import { NoArgs } from '../assessments/assessment.inputs.js';
import { Village } from '../geography/village.entity.js';
import { reopenPlanLines, writeOffPlanLines } from '../plans/plan.service.js';
import { Certification, CertificationStatus } from './certification.entity.js';
import { CertificationFilter, CreateCertificationArgs } from './certification.inputs.js';

registerScopePath('Certification', { township: 'village.township', village: 'village' });

export const CertificationCrudResolver = createCrudResolver({
  entity: Certification,
  name: 'Certification',
  label: 'Certification',
  filter: CertificationFilter,
  createArgs: CreateCertificationArgs,
  updateArgs: NoArgs,
  searchFields: ['village.name'],
  sortFields: ['year', 'tier', 'status', 'villageId', 'createdAt', 'updatedAt'],
  defaultSort: 'year',
  // Naming is the district's: results come from assessments, or are entered by the administrator.
  writeRoles: [],
  references: { villageId: { entity: Village, property: 'village' } },
  filterPaths: { townshipId: 'village.township' },
  mutations: ['create'],
  hooks: {
    async beforeCreate(certification, _args, { tx, user }) {
      const taken = await tx.count(Certification, {
        village: certification.village.id,
        tier: certification.tier,
        year: certification.year,
      });
      if (taken) {
        throw new AppError(
          'CONFLICT',
          `The village already holds tier ${certification.tier} for ${certification.year}.`,
        );
      }
      await writeOffPlanLines(tx, certification, user);
    },
  },
});

@Resolver()
export class CertificationWorkflowResolver {
  @Mutation(() => Certification, {
    description: 'Revokes a certification with a recorded reason; it no longer pays.',
  })
  revokeCertification(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<Certification> {
    const why = reason.trim();
    if (!why) throw badInput('reason', 'a revocation needs a reason');
    if (why.length > 2000) throw badInput('reason', 'must be at most 2000 characters');
    return transition(ctx, {
      entity: Certification,
      id,
      label: 'Certification',
      roles: [],
      action: 'revoke certifications',
      async run(certification, { tx, user }) {
        if (certification.status === CertificationStatus.REVOKED) return UNCHANGED;
        certification.status = CertificationStatus.REVOKED;
        certification.revokedReason = why;
        certification.revokedAt = new Date();
        // The plan lines it wrote off are owed again (unless another certification fulfils them).
        await tx.flush();
        await reopenPlanLines(tx, certification, user);
      },
    });
  }
}

@Resolver(() => Certification)
export class CertificationFieldsResolver {
  @FieldResolver(() => Village, { nullable: true })
  village(@Root() certification: Certification, @Ctx() ctx: Context): Promise<Village | null> {
    return ctx.loaders.byId(Village).load(certification.villageId);
  }
}
