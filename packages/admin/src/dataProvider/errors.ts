import { appMessages } from '../i18n/app';
import { session } from './session';

/** The typed error codes of the API (api-contract.md) and how the console reads them off any error. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'INVALID_STATE'
  | 'CONFLICT'
  | 'NOT_FOUND'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

/** An error the API answered with, keeping its code so screens can react to it. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: ApiErrorCode | string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The first GraphQL error inside whatever Apollo, fetch or react-admin threw. */
export function graphQLErrorOf(error: unknown): GraphQLErrorLike | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as {
    graphQLErrors?: GraphQLErrorLike[];
    errors?: GraphQLErrorLike[];
    cause?: unknown;
    body?: unknown;
    networkError?: { result?: { errors?: GraphQLErrorLike[] } };
    code?: string;
    message?: string;
  };
  if (error instanceof ApiError) return { message: error.message, extensions: { code: error.code } };
  return (
    e.graphQLErrors?.[0] ??
    e.errors?.[0] ??
    e.networkError?.result?.errors?.[0] ??
    (e.cause ? graphQLErrorOf(e.cause) : undefined) ??
    // ra-data-graphql rethrows Apollo's error as react-admin's HttpError, the original as its body.
    (e.body ? graphQLErrorOf(e.body) : undefined)
  );
}

export function errorCodeOf(error: unknown): string | undefined {
  return graphQLErrorOf(error)?.extensions?.code;
}

/**
 * Turns an Apollo error into an ApiError: a headline in the console's language for the code, then the
 * server's own detail (which names the field or the state, so a clerk can act on it).
 */
export function toApiError(error: unknown): Error {
  if (error instanceof ApiError) return error;
  const first = graphQLErrorOf(error);
  if (!first) return error instanceof Error ? error : new Error(String(error));
  const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  const titles = (appMessages[session.locale()] as { fanben: { error: Record<string, string> } }).fanben
    .error;
  const title = titles[code];
  const sep = session.locale() === 'en' ? ': ' : '：';
  return new ApiError(title ? `${title}${sep}${first.message}` : first.message, code, first.extensions);
}
