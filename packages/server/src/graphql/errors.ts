import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import {
  DriverException,
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import { DATABASE_UNAVAILABLE_MESSAGE } from './database-unavailable.plugin.js';

/**
 * The codes of api-contract.md: every error a user can cause carries one of them. TOO_MANY_REQUESTS
 * answers a throttled login (auth/login-throttle.ts).
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'INVALID_STATE'
  | 'CONFLICT'
  | 'NOT_FOUND'
  | 'TOO_MANY_REQUESTS';

/** The one error type for user-caused failures; `field` names the argument at fault, when there is one. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: { field?: string; [key: string]: unknown } = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const notFound = (what: string, id: string, field?: string) =>
  new AppError('NOT_FOUND', `${what} ${id} does not exist or is outside your scope.`, field ? { field } : {});

export const badInput = (field: string, message: string) =>
  new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field });

/** Codes our server answers with for request documents that are not valid GraphQL for this schema. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST']);

/**
 * Maps anything thrown while answering into the contract's codes. Unknown errors become a generic
 * internal error; the original is logged on the server, never sent to the client.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  opts: { production: boolean; log: (e: unknown) => void },
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  const where = { locations: formatted.locations, path: formatted.path };

  if (original instanceof AppError) {
    return { message: original.message, ...where, extensions: withoutHttp(original.extensions) };
  }
  if (original instanceof ArgumentValidationError) {
    const problems = original.extensions.validationErrors as
      { property: string; constraints?: Record<string, string> }[] | undefined;
    const first = problems?.[0];
    const detail = first ? `${first.property}: ${Object.values(first.constraints ?? {}).join('; ')}` : '';
    return {
      message: detail ? `Invalid input. ${detail}` : 'Invalid input.',
      ...where,
      extensions: { code: 'BAD_USER_INPUT', field: first?.property },
    };
  }
  if (original instanceof OptimisticLockError) {
    return {
      message: 'Someone else changed this record since you loaded it. Reload it and apply your change again.',
      ...where,
      extensions: { code: 'CONFLICT' },
    };
  }
  if (original instanceof UniqueConstraintViolationException) {
    const field = /Key \(([^)]+)\)/.exec(original.message)?.[1];
    return {
      message: `A record with the same ${field ?? 'unique value'} already exists.`,
      ...where,
      extensions: { code: 'CONFLICT', field },
    };
  }
  if (original instanceof ForeignKeyConstraintViolationException) {
    return {
      message: 'This record is still referenced by other records (or refers to one that does not exist).',
      ...where,
      extensions: { code: 'INVALID_STATE' },
    };
  }
  if (original instanceof NotNullConstraintViolationException) {
    return { message: 'A required value is missing.', ...where, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (typeof code === 'string' && (REQUEST_ERROR_CODES.has(code) || code === 'BAD_USER_INPUT')) {
    // Malformed documents, unknown fields, wrong argument types: the caller's mistake.
    const message = opts.production ? stripSuggestions(formatted.message) : formatted.message;
    return { message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (isDatabaseUnavailable(original)) {
    // An infrastructure fault, not a bug: the client may retry (databaseUnavailablePlugin sends 503).
    opts.log(original);
    return { message: DATABASE_UNAVAILABLE_MESSAGE, ...where, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  if (original instanceof DriverException || !(original instanceof GraphQLError)) {
    opts.log(original);
    return {
      message: 'Internal server error. The problem has been logged.',
      ...where,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  return formatted;
}

/** `extensions.http` (status, headers) is for Apollo to apply to the response, not for the client. */
function withoutHttp(extensions: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...extensions };
  delete copy.http;
  return copy;
}

/** "Did you mean …?" hints reveal the schema; production answers without them. */
function stripSuggestions(message: string): string {
  return message.replace(/ Did you mean .*\?$/, '');
}
