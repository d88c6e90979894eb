/**
 * Are two JSON answers the same data? Both are parsed and put in a canonical order — object keys
 * sorted, the elements of every array sorted by their own canonical text — so that neither the order
 * of keys nor the order of rows decides. (Whether the rows also came in the same order is reported
 * separately by load.ts.)
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function canonical(value: Json): Json {
  if (Array.isArray(value)) {
    return value
      .map((v) => canonical(v))
      .map((v) => [JSON.stringify(v), v] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, v]) => v);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical(value[k])]),
    );
  }
  return value;
}

/** Where two canonical values first differ (a path like `data.items[3].cadreCount`), or null. */
export function firstDifference(a: Json, b: Json, path = ''): string | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} elements against ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) {
      const d = firstDifference(a[k] ?? null, b[k] ?? null, path ? `${path}.${k}` : k);
      if (d) return d;
      if (!(k in a) || !(k in b)) return `${path ? `${path}.` : ''}${k}: present on one side only`;
    }
    return null;
  }
  return a === b ? null : `${path}: ${JSON.stringify(a)} against ${JSON.stringify(b)}`;
}

/** The same data after canonical ordering: null, or where the two answers differ. */
export function sameData(ours: string, floor: string): string | null {
  return firstDifference(canonical(JSON.parse(ours) as Json), canonical(JSON.parse(floor) as Json));
}
