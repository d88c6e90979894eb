import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles.js';
import { registerScopePath } from '../../auth/scope.js';
import { requireRole, requireUser, type Context } from '../../graphql/context.js';
import { createCrudResolver } from '../../graphql/crud.js';
import { AppError, badInput } from '../../graphql/errors.js';
import { transition, UNCHANGED } from '../../graphql/transition.js';
import { Village } from '../geography/village.entity.js';
import { generatePayouts } from './payout.generate.js';
import { Payout, PayoutStatus } from './payout.entity.js';
import { NoPayoutArgs, PayoutFilter } from './payout.inputs.js';
import { payoutSchedule } from './payout.schedule.js';
import { PayoutSchedule } from './payout.views.js';

registerScopePath('Payout', { township: 'village.township', village: 'village' });

const MONEY_ROLES = [Role.FINANCE_OFFICER];

export const PayoutCrudResolver = createCrudResolver({
  entity: Payout,
  name: 'Payout',
  label: 'Payout',
  filter: PayoutFilter,
  createArgs: NoPayoutArgs,
  updateArgs: NoPayoutArgs,
  searchFields: ['payeeName', 'villageName'],
  sortFields: ['year', 'villageName', 'payeeName', 'kind', 'status', 'amount', 'tier', 'paidAt', 'createdAt'],
  defaultSort: 'villageName',
  writeRoles: MONEY_ROLES,
  references: { villageId: { entity: Village, property: 'village' } },
  filterPaths: { townshipId: 'village.township' },
  mutations: ['delete'],
  hooks: {
    beforeDelete(payout) {
      if (payout.status === PayoutStatus.PAID) {
        throw new AppError('INVALID_STATE', 'A paid line is part of the accounts and cannot be deleted.');
      }
    },
  },
});

const checkYear = (year: number) => {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badInput('year', 'must be a year between 2000 and 2100');
};

@Resolver()
export class PayoutWorkflowResolver {
  @Query(() => PayoutSchedule, {
    description:
      'What the certifications active in a year are owed: per village, its active cadres’ rewards and its activity fund.',
  })
  payoutSchedule(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<PayoutSchedule> {
    checkYear(year);
    return payoutSchedule(ctx.em, requireUser(ctx), year);
  }

  @Mutation(() => [Payout], {
    description:
      'Freezes the year’s statement (one line per cadre reward and per village fund). Running it again creates nothing new; with regenerate: true, unpaid lines follow the current schedule. Paid lines never change.',
  })
  async generatePayouts(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
    @Arg('regenerate', () => Boolean, { defaultValue: false }) regenerate: boolean,
  ): Promise<Payout[]> {
    checkYear(year);
    const user = requireRole(ctx, MONEY_ROLES, 'generate payouts');
    await ctx.em.transactional((tx) => generatePayouts(tx, user, year, regenerate));
    return ctx.em
      .fork()
      .find(
        Payout,
        { county: user.countyId, year },
        { orderBy: { villageName: 'asc', kind: 'asc', payeeName: 'asc' } },
      );
  }

  @Mutation(() => Payout, {
    description: 'Records a line as paid. A paid line cannot be regenerated or deleted.',
  })
  markPayoutPaid(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Payout> {
    return transition(ctx, {
      entity: Payout,
      id,
      label: 'Payout',
      roles: MONEY_ROLES,
      action: 'mark payouts paid',
      run(payout, { user }) {
        if (payout.status === PayoutStatus.PAID) return UNCHANGED;
        payout.status = PayoutStatus.PAID;
        payout.paidAt = new Date();
        payout.paidBy = user.id;
      },
    });
  }
}

@Resolver(() => Payout)
export class PayoutFieldsResolver {
  @FieldResolver(() => Village, { nullable: true })
  village(@Root() payout: Payout, @Ctx() ctx: Context): Promise<Village | null> {
    return ctx.loaders.byId(Village).load(payout.villageId);
  }
}
