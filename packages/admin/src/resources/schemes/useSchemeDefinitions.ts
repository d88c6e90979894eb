import { useMemo } from 'react';
import { useIndicatorDefinitions, type IndicatorDefinition } from '../../indicators';
import { offeredDefinitions } from './schemeForm';

/**
 * The indicators a scheme form offers: the scheme's own (with its formula indicators) and every
 * loaded plugin's. `schemeId: null` means a scheme with no indicators yet; `undefined` waits.
 */
export function useSchemeDefinitions(schemeId: string | null | undefined) {
  const own = useIndicatorDefinitions(schemeId, { enabled: !!schemeId });
  const plugins = useIndicatorDefinitions(null, { enabled: schemeId !== undefined });
  const ownReady = schemeId === null || own.data !== undefined;
  const data = useMemo<IndicatorDefinition[] | undefined>(
    () => (ownReady && plugins.data ? offeredDefinitions(own.data ?? [], plugins.data) : undefined),
    [ownReady, own.data, plugins.data],
  );
  const byKey = useMemo(() => new Map((data ?? []).map((d) => [d.key, d])), [data]);
  return {
    data,
    byKey,
    error: own.error ?? plugins.error,
    isPending: schemeId === undefined || (!data && !own.error && !plugins.error),
  };
}
