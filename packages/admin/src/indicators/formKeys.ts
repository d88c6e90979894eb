/**
 * Indicator keys contain dots ("industry.per-capita-income") and tiers are numbers ("1"); react-hook-form
 * reads a dot as nesting and a numeric segment as an array index. Form state therefore holds such keys
 * encoded: always a leading "_" (never numeric) and the path characters escaped JSON-pointer style
 * (~ → ~0, . → ~1, [ → ~2, ] → ~3, " → ~4, ' → ~5). Decoding is exact for every string.
 *
 * Field names need no encoding: the SDK only accepts identifiers for them.
 */
const ESCAPES: Record<string, string> = { '~': '~0', '.': '~1', '[': '~2', ']': '~3', '"': '~4', "'": '~5' };
const UNESCAPES: Record<string, string> = Object.fromEntries(
  Object.entries(ESCAPES).map(([char, code]) => [code, char]),
);

export function encodeKey(key: string): string {
  return `_${key.replace(/[~.[\]"']/g, (char) => ESCAPES[char])}`;
}

export function decodeKey(encoded: string): string {
  if (!encoded.startsWith('_')) throw new Error(`Not an encoded form key: ${encoded}`);
  return encoded.slice(1).replace(/~[0-5]/g, (code) => UNESCAPES[code]);
}

/** `{ "a.b": x }` → `{ "_a~1b": x }`, for form default values. */
export function encodeKeys<T>(values: Record<string, T> | null | undefined): Record<string, T> {
  return Object.fromEntries(Object.entries(values ?? {}).map(([key, value]) => [encodeKey(key), value]));
}

/** The inverse of encodeKeys, for a form's submitted values. */
export function decodeKeys<T>(values: Record<string, T> | null | undefined): Record<string, T> {
  return Object.fromEntries(Object.entries(values ?? {}).map(([key, value]) => [decodeKey(key), value]));
}

/** The form path of an indicator's values under `base`, e.g. `declared._industry~1specialty`. */
export function indicatorSource(base: string, indicatorKey: string): string {
  return base ? `${base}.${encodeKey(indicatorKey)}` : encodeKey(indicatorKey);
}
