type Tree = { [key: string]: unknown };

/** Merges message trees: later trees win, nested objects merge key by key. */
export function deepMerge<A extends object, B extends object>(a: A, b: B): A & B {
  const out: Tree = { ...(a as Tree) };
  for (const [key, value] of Object.entries(b as Tree)) {
    const prev = out[key];
    out[key] = isTree(prev) && isTree(value) ? deepMerge(prev, value) : value === undefined ? prev : value;
  }
  return out as A & B;
}

const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every leaf key of a message tree, dotted (for completeness checks). */
export function leafKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    isTree(v) ? leafKeys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}
