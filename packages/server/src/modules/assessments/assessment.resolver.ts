import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { isDeepStrictEqual } from 'node:util';
import { translate } from '@fanben/plugin-sdk';
import { Role } from '../../auth/roles.js';
import { registerScopePath } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { createCrudResolver, type HookContext } from '../../graphql/crud.js';
import { AppError } from '../../graphql/errors.js';
import { snapshot } from '../../graphql/records.js';
import { transition, UNCHANGED } from '../../graphql/transition.js';
import { writeAudit } from '../audit/audit.service.js';
import { Application, ApplicationStatus } from '../applications/application.entity.js';
import { evaluateDeclared } from '../applications/application.rules.js';
import { Certification, CertificationStatus } from '../certifications/certification.entity.js';
import { evaluate, resolveIndicators } from '../schemes/evaluation.js';
import { writeOffPlanLines } from '../plans/plan.service.js';
import { SchemeIndicator } from '../schemes/scheme-indicator.entity.js';
import type { TierLevel } from '@fanben/plugin-sdk';
import { Assessment, AssessmentStatus, AssessmentStepView } from './assessment.entity.js';
import { AssessmentFilter, NoArgs } from './assessment.inputs.js';

registerScopePath('Assessment', { township: 'application.village.township', village: 'application.village' });

/** Assessments are made by `startAssessment`, never by hand: the CRUD surface is read-only. */
export const AssessmentCrudResolver = createCrudResolver({
  entity: Assessment,
  name: 'Assessment',
  label: 'Assessment',
  filter: AssessmentFilter,
  createArgs: NoArgs,
  updateArgs: NoArgs,
  searchFields: ['application.village.name'],
  sortFields: ['status', 'createdAt', 'finishedAt', 'updatedAt'],
  defaultSort: 'createdAt',
  writeRoles: [],
  filterPaths: { applicationId: 'application', villageId: 'application.village' },
  mutations: [],
});

@Resolver()
export class AssessmentWorkflowResolver {
  @Mutation(() => Assessment, {
    description:
      'FORWARDED → ASSESSING: fixes the plan, weakest declared indicator first. A retry returns the same assessment.',
  })
  async startAssessment(
    @Arg('applicationId', () => ID) applicationId: string,
    @Ctx() ctx: Context,
  ): Promise<Assessment> {
    let assessment: Assessment | undefined;
    await transition(ctx, {
      entity: Application,
      id: applicationId,
      field: 'applicationId',
      label: 'Application',
      roles: [Role.DISTRICT_ASSESSOR],
      action: 'start assessments',
      async run(app, { tx, user }) {
        if (app.status === ApplicationStatus.ASSESSING) {
          assessment = await tx.findOneOrFail(Assessment, { application: app.id });
          return UNCHANGED;
        }
        if (app.status !== ApplicationStatus.FORWARDED) {
          throw new AppError(
            'INVALID_STATE',
            `Only a forwarded application can be assessed; this one is ${app.status}.`,
          );
        }
        const { plan } = await evaluateDeclared(tx, ctx.registry, app, ctx.locale);
        app.status = ApplicationStatus.ASSESSING;
        assessment = tx.create(Assessment, {
          county: app.county.id,
          application: app,
          plan,
          startedBy: user.id,
        });
        await tx.flush();
        writeAudit(tx, user, 'start', 'Assessment', assessment.id, null, snapshot(assessment));
      },
    });
    return assessment!;
  }

  @Mutation(() => Assessment, {
    description:
      'Records the verified values of the next indicator of the plan. A failure ends the assessment (FAILED); the last pass certifies the village (PASSED).',
  })
  recordFinding(
    @Arg('assessmentId', () => ID) assessmentId: string,
    @Arg('indicatorKey', () => String) indicatorKey: string,
    @Arg('values', () => GraphQLJSONObject, { validate: false }) values: Record<string, unknown>,
    @Ctx() ctx: Context,
  ): Promise<Assessment> {
    return transition(ctx, {
      entity: Assessment,
      id: assessmentId,
      field: 'assessmentId',
      label: 'Assessment',
      roles: [Role.DISTRICT_ASSESSOR],
      action: 'record findings',
      async run(assessment, { tx, user }) {
        const recorded = assessment.steps.find((s) => s.indicatorKey === indicatorKey);
        // The same assessor sending the same finding again is a retry: answered, not repeated.
        if (recorded && recorded.assessorId === user.id && isDeepStrictEqual(recorded.inputs, values))
          return UNCHANGED;
        if (assessment.status !== AssessmentStatus.IN_PROGRESS) {
          throw new AppError('INVALID_STATE', `This assessment has already ended (${assessment.status}).`);
        }
        if (recorded) {
          throw new AppError(
            'CONFLICT',
            `${indicatorKey} has already been recorded in this assessment by another finding.`,
            {
              field: 'indicatorKey',
            },
          );
        }
        const next = assessment.nextIndicatorKey;
        if (indicatorKey !== next) {
          throw new AppError(
            'INVALID_STATE',
            `Assess ${next} next: the plan goes from the weakest indicator up.`,
            {
              field: 'indicatorKey',
              nextIndicatorKey: next,
            },
          );
        }
        const app = await tx.findOneOrFail(Application, assessment.application.id);
        const rows = await tx.find(SchemeIndicator, { scheme: app.scheme.id, key: indicatorKey });
        const [indicator] = resolveIndicators(ctx.registry, rows);
        const result = evaluate(indicator, app.targetTier as TierLevel, values, {
          locale: ctx.locale,
          argument: 'values',
        });
        assessment.steps = [
          ...assessment.steps,
          { ...result, assessorId: user.id, recordedAt: new Date().toISOString() },
        ];

        const appBefore = snapshot(app);
        if (!result.passed) {
          assessment.status = AssessmentStatus.FAILED;
          assessment.failedIndicatorKey = indicatorKey;
          app.status = ApplicationStatus.FAILED;
        } else if (assessment.steps.length === assessment.plan.length) {
          assessment.status = AssessmentStatus.PASSED;
          app.status = ApplicationStatus.PASSED;
          await certify(app, assessment, { tx, user });
        }
        if (assessment.status !== AssessmentStatus.IN_PROGRESS) {
          assessment.finishedAt = new Date();
          writeAudit(
            tx,
            user,
            app.status === ApplicationStatus.PASSED ? 'pass' : 'fail',
            'Application',
            app.id,
            appBefore,
            snapshot(app),
          );
        }
      },
    });
  }

  @Mutation(() => Assessment, {
    description: 'Marks (or unmarks) an assessment as a reference case for the panel.',
  })
  markReferenceAssessment(
    @Arg('id', () => ID) id: string,
    @Arg('isReference', () => Boolean) isReference: boolean,
    @Ctx() ctx: Context,
  ): Promise<Assessment> {
    return transition(ctx, {
      entity: Assessment,
      id,
      label: 'Assessment',
      roles: [Role.DISTRICT_ASSESSOR],
      action: 'mark reference assessments',
      run(assessment) {
        if (assessment.isReference === isReference) return UNCHANGED;
        assessment.isReference = isReference;
      },
    });
  }
}

async function certify(
  app: Application,
  assessment: Assessment,
  { tx, user }: Pick<HookContext, 'tx' | 'user'>,
): Promise<void> {
  const existing = await tx.findOne(Certification, {
    village: app.village.id,
    tier: app.targetTier,
    year: app.year,
  });
  const before = existing ? snapshot(existing) : null;
  const certification =
    existing ??
    tx.create(Certification, {
      county: app.county.id,
      village: app.village.id,
      tier: app.targetTier,
      year: app.year,
    });
  certification.status = CertificationStatus.ACTIVE;
  certification.assessment = assessment as never;
  certification.revokedReason = null;
  certification.revokedAt = null;
  await tx.flush();
  writeAudit(tx, user, 'certify', 'Certification', certification.id, before, snapshot(certification));
  await writeOffPlanLines(tx, certification, user);
}

@Resolver(() => Assessment)
export class AssessmentFieldsResolver {
  @FieldResolver(() => [AssessmentStepView], { description: 'Findings in plan order.' })
  steps(@Root() assessment: Assessment, @Ctx() ctx: Context): AssessmentStepView[] {
    return assessment.steps.map((s) => ({
      indicatorKey: s.indicatorKey,
      passed: s.passed,
      margin: s.margin,
      reason: translate(s.reason, ctx.locale),
      values: s.inputs,
      params: s.params,
      pluginVersion: s.pluginVersion,
      assessorId: s.assessorId,
      recordedAt: new Date(s.recordedAt),
    }));
  }

  @FieldResolver(() => Application, { nullable: true })
  application(@Root() assessment: Assessment, @Ctx() ctx: Context): Promise<Application | null> {
    return ctx.loaders.byId(Application).load(assessment.applicationId);
  }
}
