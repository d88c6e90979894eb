import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { LockMode } from '@mikro-orm/core';
import { Role } from '../../auth/roles.js';
import { registerScopePath, scopeWhere } from '../../auth/scope.js';
import { requireUser, type Context } from '../../graphql/context.js';
import { createCrudResolver } from '../../graphql/crud.js';
import { findDisplayRows } from '../../graphql/records.js';
import { AppError, badInput } from '../../graphql/errors.js';
import { transition, UNCHANGED } from '../../graphql/transition.js';
import { Assessment } from '../assessments/assessment.entity.js';
import { Township } from '../geography/township.entity.js';
import { Village } from '../geography/village.entity.js';
import { Scheme } from '../schemes/scheme.entity.js';
import { schemeInForce } from '../schemes/scheme.service.js';
import { Application, ApplicationStatus, OPEN_STATUSES } from './application.entity.js';
import {
  ApplicationFilter,
  CreateApplicationArgs,
  UpdateApplicationArgs,
  VetDecision,
} from './application.inputs.js';
import { checkPreviousTier, refreshReadiness } from './application.rules.js';

registerScopePath('Application', { township: 'village.township', village: 'village' });

const EDITABLE = [ApplicationStatus.DRAFT, ApplicationStatus.RETURNED];
/** Statuses that count against a township's yearly quota of forwarded applications. */
const FORWARDED_OR_LATER = [
  ApplicationStatus.FORWARDED,
  ApplicationStatus.ASSESSING,
  ApplicationStatus.PASSED,
  ApplicationStatus.FAILED,
];

export const ApplicationCrudResolver = createCrudResolver({
  entity: Application,
  name: 'Application',
  label: 'Application',
  filter: ApplicationFilter,
  createArgs: CreateApplicationArgs,
  updateArgs: UpdateApplicationArgs,
  searchFields: ['village.name'],
  sortFields: [
    'year',
    'targetTier',
    'status',
    'readiness',
    'submittedAt',
    'villageId',
    'createdAt',
    'updatedAt',
  ],
  defaultSort: 'createdAt',
  writeRoles: [Role.VILLAGE_CLERK],
  references: { villageId: { entity: Village, property: 'village' } },
  filterPaths: { townshipId: 'village.township' },
  displayRows: true,
  hooks: {
    async beforeCreate(app, _args, { tx, user, ctx }) {
      const scheme = await schemeInForce(tx, user.countyId, app.year);
      app.scheme = scheme as never;
      // The village row is the lock that keeps two requests from both finding no open application and
      // both creating one (no unique index can say "one open per village and year").
      await tx.findOneOrFail(Village, app.village.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const open = await tx.findOne(Application, {
        village: app.village.id,
        year: app.year,
        status: { $in: OPEN_STATUSES },
      });
      if (open) {
        throw new AppError(
          'CONFLICT',
          `This village already has an open application for ${app.year} (status ${open.status}); continue that one.`,
          { existingId: open.id },
        );
      }
      await checkPreviousTier(tx, scheme, app.village.id, app.year, app.targetTier);
      await refreshReadiness(tx, ctx.registry, app, ctx.locale);
    },
    async beforeUpdate(app, args, { tx, ctx, before }) {
      if (!EDITABLE.includes(before.status as ApplicationStatus)) {
        throw new AppError(
          'INVALID_STATE',
          `Only a draft or returned application can be changed; this one is ${before.status}.`,
        );
      }
      if (args.targetTier !== undefined) {
        const scheme = await schemeInForce(tx, app.county.id, app.year);
        await checkPreviousTier(tx, scheme, app.village.id, app.year, app.targetTier);
      }
      await refreshReadiness(tx, ctx.registry, app, ctx.locale);
    },
    beforeDelete(app) {
      if (app.status !== ApplicationStatus.DRAFT) {
        throw new AppError(
          'INVALID_STATE',
          `Only a draft can be deleted; this application is ${app.status}.`,
        );
      }
    },
  },
});

@ObjectType()
class ApplicationRanking {
  @Field(() => Int, {
    nullable: true,
    description: 'Applications a township may forward this year; null for no limit.',
  })
  quota!: number | null;

  @Field(() => Int, { description: 'Applications already forwarded this year (in the caller’s township).' })
  forwardedCount!: number;

  @Field(() => [Application], { description: 'Submitted and later applications, the readiest first.' })
  applications!: Application[];
}

const byReadiness = { readiness: 'desc nulls last', submittedAt: 'asc', id: 'asc' } as const;

@Resolver()
export class ApplicationWorkflowResolver {
  @Mutation(() => Application, { description: 'DRAFT or RETURNED → SUBMITTED.' })
  submitApplication(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Application> {
    return transition(ctx, {
      entity: Application,
      id,
      label: 'Application',
      roles: [Role.VILLAGE_CLERK],
      action: 'submit applications',
      async run(app, { tx }) {
        if (app.status === ApplicationStatus.SUBMITTED) return UNCHANGED;
        if (!EDITABLE.includes(app.status)) {
          throw new AppError(
            'INVALID_STATE',
            `Only a draft or returned application can be submitted; this one is ${app.status}.`,
          );
        }
        await refreshReadiness(tx, ctx.registry, app, ctx.locale);
        app.status = ApplicationStatus.SUBMITTED;
        app.submittedAt = new Date();
      },
    });
  }

  @Mutation(() => Application, {
    description: 'SUBMITTED → FORWARDED, or RETURNED with a reason the village sees.',
  })
  vetApplication(
    @Arg('id', () => ID) id: string,
    @Arg('decision', () => VetDecision) decision: VetDecision,
    @Ctx() ctx: Context,
    @Arg('comment', () => String, { nullable: true }) comment?: string,
  ): Promise<Application> {
    const reason = comment?.trim() ?? '';
    if (decision === VetDecision.RETURN && !reason) {
      throw badInput('comment', 'a return needs a reason the village can act on');
    }
    if (reason.length > 2000) throw badInput('comment', 'must be at most 2000 characters');
    const target =
      decision === VetDecision.FORWARD ? ApplicationStatus.FORWARDED : ApplicationStatus.RETURNED;
    return transition(ctx, {
      entity: Application,
      id,
      label: 'Application',
      roles: [Role.TOWNSHIP_OFFICER],
      action: decision === VetDecision.FORWARD ? 'forward applications' : 'return applications',
      async run(app, { tx }) {
        if (app.status === target) return UNCHANGED;
        if (app.status !== ApplicationStatus.SUBMITTED) {
          throw new AppError(
            'INVALID_STATE',
            `Only a submitted application can be vetted; this one is ${app.status}.`,
          );
        }
        if (decision === VetDecision.FORWARD) {
          const village = await tx.findOneOrFail(Village, app.village.id);
          // The township row is the lock that keeps two officers from overrunning the quota together.
          await tx.findOneOrFail(Township, village.township.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
          const quota = (await tx.findOneOrFail(Scheme, app.scheme.id)).rules.townshipQuotaPerYear;
          if (quota !== null) {
            const used = await tx.count(Application, {
              village: { township: village.township.id },
              year: app.year,
              status: { $in: FORWARDED_OR_LATER },
            });
            if (used >= quota) {
              throw new AppError(
                'INVALID_STATE',
                `The township has already forwarded ${used} of its ${quota} applications for ${app.year}; forward only the best.`,
              );
            }
          }
        }
        app.status = target;
        app.vetComment = reason || null;
        app.vettedAt = new Date();
      },
    });
  }

  @Query(() => ApplicationRanking, {
    description: 'The township’s applications of a year, ranked by readiness, with the forwarding quota.',
  })
  async applicationRanking(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
    @Arg('townshipId', () => ID, { nullable: true }) townshipId?: string,
  ): Promise<ApplicationRanking> {
    const user = requireUser(ctx);
    const where = {
      $and: [
        scopeWhere('Application', user),
        { year, status: { $nin: [ApplicationStatus.DRAFT] } },
        townshipId ? { village: { township: townshipId } } : {},
      ],
    };
    const applications = await ctx.em.find(Application, where as never, { orderBy: byReadiness as never });
    const scheme = await schemeInForce(ctx.em, user.countyId, year).catch(() => null);
    return {
      quota: scheme?.rules.townshipQuotaPerYear ?? null,
      forwardedCount: applications.filter((a) => FORWARDED_OR_LATER.includes(a.status)).length,
      applications,
    };
  }

  @Query(() => Int, {
    description:
      'The county’s current application round: the latest year any of its villages applied for, or this calendar year when none has. Screens start there.',
  })
  async currentRound(@Ctx() ctx: Context): Promise<number> {
    const user = requireUser(ctx);
    // County-wide on purpose: a clerk whose village sat out a round still works in the county's round.
    // Only a year is revealed, nothing of other villages.
    const latest = await ctx.em.findOne(
      Application,
      { county: user.countyId },
      { orderBy: { year: 'desc' }, fields: ['year'] },
    );
    return latest?.year ?? new Date().getFullYear();
  }

  @Query(() => [Application], { description: 'Forwarded applications of a year, the most ready first.' })
  assessmentQueue(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<Application[]> {
    const user = requireUser(ctx);
    // Display rows: hydrating each application with its declared values cost most of the request.
    return findDisplayRows(
      ctx.em,
      Application,
      { $and: [scopeWhere('Application', user), { year, status: ApplicationStatus.FORWARDED }] },
      { orderBy: byReadiness },
    );
  }
}

@Resolver(() => Application)
export class ApplicationFieldsResolver {
  @FieldResolver(() => Village, { nullable: true })
  village(@Root() app: Application, @Ctx() ctx: Context): Promise<Village | null> {
    return ctx.loaders.byId(Village).load(app.villageId);
  }

  @FieldResolver(() => Assessment, {
    nullable: true,
    description: 'The district’s assessment, once started.',
  })
  async assessment(@Root() app: Application, @Ctx() ctx: Context): Promise<Assessment | null> {
    const [assessment] = await ctx.loaders.childrenOf(Assessment, 'application').load(app.id);
    return assessment ?? null;
  }
}
