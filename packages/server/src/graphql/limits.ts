import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';

/*
 * Bounds on the shape of one GraphQL operation, checked during validation, before any resolver runs.
 * Together with the 5,000-token parser limit (http/app.ts) they keep one request from costing the
 * server much more than the console's own requests do. Measured on the committed schema
 * (limits.test.ts keeps these measurements true):
 *
 * - ra-data-graphql-simple selects every field of a type and `{ id }` of related resources, expanding
 *   non-resource object types (Scheme.tiers, Village.economy, Assessment.steps): depth 3, 2 aliases
 *   (`items`, `total`), no directives, cost at most ~74 (allSchemes).
 * - The deepest path through the schema that visits no type twice (what a screen could sensibly ask
 *   for, e.g. `planLedger { certification { village { cadres { name } } } }`) is 5 levels deep; asking
 *   for every such field of the most expensive root field (planLedger) costs ~450.
 */

/** Levels of nested fields (the root field is level 1). Every path visiting no type twice fits (5); one spare. */
export const MAX_DEPTH = 6;

/**
 * Aliases in one operation. Aliases repeat an expensive field (`a1: allVillages(perPage: 500) …`) within
 * one request; the console uses 2, a screen comparing a few years side by side one per year.
 */
export const MAX_ALIASES = 10;

/** Directives in one operation. The console sends none; `@include`/`@skip` on a few fields stay possible. */
export const MAX_DIRECTIVES = 10;

/**
 * graphql-armor's cost: 1 per scalar, 2 per object, each level weighing 1.5 times the one above. The
 * console's lists cost ≤ 74 and a full expansion of the costliest root field ~450, so a screen combining
 * several full expansions fits; a document that fans out wide and deep does not.
 */
export const MAX_COST = 3000;

/** What the caller can do about a refusal, appended to graphql-armor's "… limit of N exceeded, found M." */
const ADVICE = 'Ask for fewer fields or split the request into several queries.';

/**
 * graphql-armor's rules, reporting a refusal as an ordinary validation error (HTTP 400,
 * GRAPHQL_VALIDATION_FAILED, then BAD_USER_INPUT through formatError). By default they *throw* from
 * the validator, which Apollo answers with a 500.
 */
export function limitRules(): ValidationRule[] {
  const report = {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(new GraphQLError(`${error.message.replace(/^Syntax Error: /, '')} ${ADVICE}`)),
    ],
  };
  // Fragments count by the fields they contain, not as a level of their own: the numbers above mean
  // the same whether a client writes fragments or not.
  return [
    maxDepthRule({ n: MAX_DEPTH, flattenFragments: true, ...report }),
    maxAliasesRule({ n: MAX_ALIASES, ...report }),
    maxDirectivesRule({ n: MAX_DIRECTIVES, ...report }),
    costLimitRule({ maxCost: MAX_COST, flattenFragments: true, ...report }),
  ] as ValidationRule[];
}
