import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { requireUser, type Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { dashboard } from './dashboard.service.js';
import { Dashboard } from './dashboard.views.js';

@Resolver()
export class DashboardResolver {
  @Query(() => Dashboard, {
    description:
      'The console dashboard’s figures for a year, limited to your scope: certified villages by township and tier, applications by status, funds by year, plan progress against the one-third target, trainings.',
  })
  dashboard(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<Dashboard> {
    const user = requireUser(ctx);
    if (year < 2000 || year > 2100) throw badInput('year', 'must be a year between 2000 and 2100');
    return dashboard(ctx.em, user, year);
  }
}
