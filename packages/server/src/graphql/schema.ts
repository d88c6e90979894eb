import 'reflect-metadata';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { CadreCrudResolver, CadreFieldsResolver } from '../modules/cadres/cadre.resolver.js';
import {
  TownshipCrudResolver,
  TownshipFieldsResolver,
  VillageCrudResolver,
  VillageFieldsResolver,
} from '../modules/geography/geography.resolver.js';
import {
  SchemeCrudResolver,
  SchemeFieldsResolver,
  SchemeIndicatorFieldsResolver,
  SchemeQueriesResolver,
} from '../modules/schemes/scheme.resolver.js';
import {
  ApplicationCrudResolver,
  ApplicationFieldsResolver,
  ApplicationWorkflowResolver,
} from '../modules/applications/application.resolver.js';
import {
  AssessmentCrudResolver,
  AssessmentFieldsResolver,
  AssessmentWorkflowResolver,
} from '../modules/assessments/assessment.resolver.js';
import { PreAssessmentResolver } from '../modules/assessments/pre-assessment.resolver.js';
import {
  CertificationCrudResolver,
  CertificationFieldsResolver,
  CertificationWorkflowResolver,
} from '../modules/certifications/certification.resolver.js';
import {
  PayoutCrudResolver,
  PayoutFieldsResolver,
  PayoutWorkflowResolver,
} from '../modules/incentives/payout.resolver.js';
import {
  PlanItemCrudResolver,
  PlanItemFieldsResolver,
  PlanQueriesResolver,
} from '../modules/plans/plan.resolver.js';
import { BudgetResolver } from '../modules/incentives/budget.resolver.js';
import { AuditEventCrudResolver } from '../modules/audit/audit.resolver.js';
import { StatisticsResolver } from '../modules/statistics/statistics.resolver.js';
import {
  DepartmentCrudResolver,
  ReviewQueriesResolver,
  TrainingCrudResolver,
} from '../modules/reviews/review.resolver.js';
import { DashboardResolver } from '../modules/dashboard/dashboard.resolver.js';
import { AuthResolver } from '../modules/users/auth.resolver.js';
import { UserCrudResolver, UserFieldsResolver } from '../modules/users/user.resolver.js';

export const resolvers = [
  AuthResolver,
  ...TownshipCrudResolver,
  TownshipFieldsResolver,
  ...VillageCrudResolver,
  VillageFieldsResolver,
  ...CadreCrudResolver,
  CadreFieldsResolver,
  ...UserCrudResolver,
  UserFieldsResolver,
  ...SchemeCrudResolver,
  SchemeFieldsResolver,
  SchemeIndicatorFieldsResolver,
  SchemeQueriesResolver,
  ...ApplicationCrudResolver,
  ApplicationFieldsResolver,
  ApplicationWorkflowResolver,
  ...AssessmentCrudResolver,
  AssessmentFieldsResolver,
  AssessmentWorkflowResolver,
  PreAssessmentResolver,
  ...CertificationCrudResolver,
  CertificationFieldsResolver,
  CertificationWorkflowResolver,
  ...PayoutCrudResolver,
  PayoutFieldsResolver,
  PayoutWorkflowResolver,
  ...PlanItemCrudResolver,
  PlanItemFieldsResolver,
  PlanQueriesResolver,
  StatisticsResolver,
  BudgetResolver,
  ...AuditEventCrudResolver,
  ...DepartmentCrudResolver,
  ...TrainingCrudResolver,
  ReviewQueriesResolver,
  DashboardResolver,
] as const;

/**
 * Plain fields (a property or getter, no @FieldResolver) answer through graphql-js's default resolver.
 * Otherwise type-graphql wraps each in a resolver of its own that exists to run middlewares and auth
 * checks, which we do not use: on a page of 500 rows that was thousands of needless calls per request
 * (bench/README.md). An object type may still opt out with `@ObjectType({ simpleResolvers: false })`.
 */
function plainFieldsUseDefaultResolver(): void {
  for (const type of getMetadataStorage().objectTypes) type.simpleResolvers ??= true;
}

export function buildFanbenSchema(): Promise<GraphQLSchema> {
  plainFieldsUseDefaultResolver();
  return buildSchema({
    resolvers,
    // class-validator rules on argument classes; messages name the field (graphql/errors.ts).
    validate: { forbidUnknownValues: false },
  });
}
