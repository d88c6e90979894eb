import { useApiQuery } from '../../shared/useApiQuery';

const ACTIVE_SCHEME = `query ActiveScheme($year: Int) { activeScheme(year: $year) { id name } }`;

/** The scheme in force for a year (whose indicators a new application of that year declares). */
export function useSchemeInForce(year: number | null | undefined) {
  const valid = typeof year === 'number' && Number.isInteger(year) && year >= 2000 && year <= 2100;
  const { data, error, loading } = useApiQuery<{ activeScheme: { id: string; name: string } | null }>(
    ACTIVE_SCHEME,
    valid ? { year } : null,
  );
  return { scheme: valid ? data?.activeScheme : undefined, error, loading: valid && loading };
}
