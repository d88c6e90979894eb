import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import { callApi, session } from '../dataProvider';
import type { IndicatorDefinition } from './types';

const QUERY = `query IndicatorDefinitions($schemeId: ID) {
  indicatorDefinitions(schemeId: $schemeId) {
    key category version title description pluginName inputs params defaults
  }
}`;

const KEY = 'fanben.indicatorDefinitions';

/** Forget every loaded definition (after a scheme's indicators changed). */
export function useInvalidateIndicatorDefinitions(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => void queryClient.invalidateQueries({ queryKey: [KEY] }), [queryClient]);
}

export interface IndicatorDefinitionsResult {
  data: IndicatorDefinition[] | undefined;
  /** key → definition, for titles of `weakestIndicatorKey` and the like. */
  byKey: Map<string, IndicatorDefinition>;
  error: Error | undefined;
  isPending: boolean;
}

/**
 * The indicators of a scheme (exactly its indicators, in its order) or, without `schemeId`, every
 * loaded plugin's indicators plus the scheme in force's formula indicators — in the console's
 * language. `enabled: false` waits (e.g. until the scheme id is known). Definitions change only with a
 * plugin or a scheme while many components of a page ask for them: one request per language and
 * scheme, shared through react-query (titles come in the request's language, so it is in the key).
 */
export function useIndicatorDefinitions(
  schemeId?: string | null,
  options: { enabled?: boolean } = {},
): IndicatorDefinitionsResult {
  const enabled = options.enabled ?? true;
  const [locale] = useLocaleState();
  const query = useQuery<IndicatorDefinition[], Error>({
    queryKey: [KEY, locale, schemeId ?? null],
    queryFn: () =>
      callApi<{ indicatorDefinitions: IndicatorDefinition[] }>(QUERY, { schemeId: schemeId ?? null }).then(
        (answer) => answer.indicatorDefinitions,
      ),
    // On a language switch react-admin stores the new locale before its i18n provider sets the API's
    // language: a request then would come back (and be kept) in the old language.
    enabled: enabled && session.locale() === locale,
    staleTime: Infinity,
    retry: false,
  });
  const data = enabled ? query.data : undefined; // waiting means no answer yet, not another scheme's
  const error = enabled ? (query.error ?? undefined) : undefined;
  const byKey = useMemo(() => new Map((data ?? []).map((d) => [d.key, d])), [data]);
  return { data, byKey, error, isPending: enabled && !data && !error };
}
