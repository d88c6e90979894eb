import { useEffect, useMemo, useState } from 'react';
import { useLocaleState } from 'react-admin';
import { callApi, session } from '../dataProvider';
import type { IndicatorDefinition } from './types';

const QUERY = `query IndicatorDefinitions($schemeId: ID) {
  indicatorDefinitions(schemeId: $schemeId) {
    key category version title description pluginName inputs params defaults
  }
}`;

// Definitions change only when a plugin or a scheme changes, while many components of one page ask for
// them: one request per language and scheme, shared. Titles come in the request's language, so the
// language is part of the key.
const answers = new Map<string, IndicatorDefinition[]>();
const pending = new Map<string, Promise<IndicatorDefinition[]>>();

function cacheKey(locale: string, schemeId: string | null | undefined) {
  return `${locale}|${schemeId ?? ''}`;
}

function load(key: string, schemeId: string | null | undefined): Promise<IndicatorDefinition[]> {
  let request = pending.get(key);
  if (!request) {
    request = callApi<{ indicatorDefinitions: IndicatorDefinition[] }>(QUERY, {
      schemeId: schemeId ?? null,
    }).then(
      ({ indicatorDefinitions }) => {
        answers.set(key, indicatorDefinitions);
        return indicatorDefinitions;
      },
      (error: unknown) => {
        pending.delete(key); // a failed request is retried by the next component that asks
        throw error;
      },
    );
    pending.set(key, request);
  }
  return request;
}

/** Forget every loaded definition (after a scheme's indicators changed). */
export function invalidateIndicatorDefinitions(): void {
  answers.clear();
  pending.clear();
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
 * language. `enabled: false` waits (e.g. until the scheme id is known).
 */
export function useIndicatorDefinitions(
  schemeId?: string | null,
  options: { enabled?: boolean } = {},
): IndicatorDefinitionsResult {
  const enabled = options.enabled ?? true;
  const [locale] = useLocaleState();
  const key = cacheKey(locale, schemeId);
  const [state, setState] = useState<{ key: string; data?: IndicatorDefinition[]; error?: Error }>({
    key,
    data: answers.get(key),
  });
  useEffect(() => {
    if (!enabled) return;
    // On a language switch react-admin stores the new locale before its i18n provider sets the API's
    // language, then re-mounts the page: a request now would come back (and be kept) in the old language.
    if (session.locale() !== locale) return;
    let current = true;
    load(key, schemeId)
      .then((data) => current && setState({ key, data }))
      .catch((error: unknown) => {
        if (current) setState({ key, error: error instanceof Error ? error : new Error(String(error)) });
      });
    return () => {
      current = false;
    };
  }, [key, locale, schemeId, enabled]);
  // After a language or scheme switch, the previous answer is not this one's.
  const cached = state.key === key ? (state.data ?? answers.get(key)) : answers.get(key);
  const data = enabled ? cached : undefined; // waiting means no answer yet, not another scheme's
  const error = enabled && state.key === key ? state.error : undefined;
  const byKey = useMemo(() => new Map((data ?? []).map((d) => [d.key, d])), [data]);
  return { data, byKey, error, isPending: enabled && !data && !error };
}
