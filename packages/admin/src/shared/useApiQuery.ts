import { useCallback, useEffect, useState } from 'react';
import { callApi } from '../dataProvider';

export interface ApiQuery<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  /** Runs the query again (after a mutation changed what it reads). */
  reload(): void;
}

/**
 * Runs one of the API's own queries (statistics, schedules) for a screen and re-runs it when the
 * variables change. `variables: null` waits (e.g. until the working year is known). The last answer
 * stays shown while a new one loads, so a table does not flash empty.
 */
export function useApiQuery<T>(document: string, variables: Record<string, unknown> | null): ApiQuery<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(variables !== null);
  const [round, setRound] = useState(0);
  const key = variables === null ? null : JSON.stringify(variables);
  useEffect(() => {
    if (key === null) return;
    let current = true;
    setLoading(true);
    callApi<T>(document, JSON.parse(key) as Record<string, unknown>)
      .then((result) => {
        if (!current) return;
        setData(result);
        setError(undefined);
      })
      .catch((err: unknown) => {
        if (current) setError(err instanceof Error ? err : new Error(String(err)));
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [document, key, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { data, error, loading, reload };
}
