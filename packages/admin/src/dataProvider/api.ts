import { gql } from '@apollo/client';
import { apolloClient } from './client';
import { toApiError } from './errors';

/**
 * Runs one of the API's own operations (workflow steps, statistics) outside the CRUD names.
 * `document` holds exactly one operation; the result is its `data`, errors become ApiError.
 */
export async function callApi<T = Record<string, unknown>>(
  document: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const query = gql(document);
  const isMutation = /^\s*mutation\b/.test(document);
  try {
    const result = isMutation
      ? await apolloClient.mutate<T>({ mutation: query, variables })
      : await apolloClient.query<T>({ query, variables });
    return result.data as T;
  } catch (error) {
    throw toApiError(error);
  }
}
