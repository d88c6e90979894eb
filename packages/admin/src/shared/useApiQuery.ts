import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { callApi } from '../dataProvider';

export interface ApiQuery<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  /** Runs the query again (after a mutation changed what it reads). */
  reload(): void;
}

/**
 * Runs one of the API's own queries (statistics, schedules) for a screen through react-admin's own
 * react-query client, re-running it when the variables change. `variables: null` waits (e.g. until the
 * working year is known). The last answer stays shown while a new one loads, so a table does not flash
 * empty.
 */
export function useApiQuery<T>(document: string, variables: Record<string, unknown> | null): ApiQuery<T> {
  const query = useQuery<T, Error>({
    queryKey: ['fanben.api', document, variables],
    queryFn: () => callApi<T>(document, variables ?? {}),
    enabled: variables !== null,
    placeholderData: keepPreviousData,
    // Figures change with other people's work: always ask again when a screen opens.
    staleTime: 0,
    retry: false,
  });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  return { data: query.data, error: query.error ?? undefined, loading: query.isFetching, reload };
}
