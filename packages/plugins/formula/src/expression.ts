// The safe core: CEL (https://cel.dev) through @bufbuild/cel, which interprets its own syntax tree —
// no eval, no new Function — and sees only the values we bind. On top of the library we refuse
// anything that is not plain arithmetic, comparison and logic over `input.<name>` and `params.<name>`.
import {
  CelScalar,
  celEnv,
  celError,
  celFunc,
  celMethod,
  isCelError,
  listType,
  mapType,
  parse,
  plan,
  type CelInput,
  type CelList,
  type CelMap,
  type CelValue,
} from '@bufbuild/cel';
import { FORMULA_LIMITS } from './limits.js';

type Expr = ReturnType<typeof parse>['expr'];
type Constant = Extract<Expr['exprKind'], { case: 'constExpr' }>['value'];

/** A value bound into a formula: validated field values are only ever these. */
export type Scalar = number | boolean | string;

export type EvalOutcome = { ok: true; value: CelValue } | { ok: false; error: string };

/** A compiled expression: pure, synchronous, never throws. */
export type Program = (
  input: ReadonlyMap<string, Scalar>,
  params: ReadonlyMap<string, Scalar>,
) => EvalOutcome;

/** Why an expression was refused, before it ever ran. check.ts turns these into bilingual messages. */
export type ExpressionIssue =
  | { kind: 'empty' }
  | { kind: 'too-long'; length: number }
  | { kind: 'too-deep'; depth: number }
  | { kind: 'syntax'; detail: string }
  | { kind: 'unknown-input'; name: string }
  | { kind: 'unknown-param'; name: string }
  | { kind: 'unknown-name'; name: string }
  | { kind: 'bare-variable'; name: string }
  | { kind: 'unknown-function'; name: string }
  | { kind: 'macro' }
  | { kind: 'message' }
  | { kind: 'optional' };

export type CompileResult = { ok: true; program: Program } | { ok: false; issues: ExpressionIssue[] };

const { BYTES, DOUBLE, DYN, STRING } = CelScalar;
const LIST = listType(DYN);
const MAP = mapType(DYN, DYN);

function divide(a: number, b: number): number {
  if (b === 0) throw celError('division by zero');
  return a / b;
}

function remainder(a: number, b: number): number {
  if (b === 0) throw celError('modulus by zero');
  return a % b;
}

/** Code points, as CEL counts a string's size. */
function textSize(text: string): number {
  return [...text].length;
}

/**
 * Every number is a CEL double: JS numbers bind as doubles, integer literals are rewritten to
 * doubles and `size` counts in doubles, so `input.households >= 10`, `input.teaArea * 1.5` and
 * `size(input.name) + 1` never meet CEL's int/double split. Doubles would divide by zero into
 * Infinity or NaN and pass a comparison silently; we make that an error. (Overloads with the same
 * signature replace the standard ones.)
 */
const ENV = celEnv({
  funcs: [
    celFunc('_/_', [DOUBLE, DOUBLE], DOUBLE, divide),
    celFunc('_%_', [DOUBLE, DOUBLE], DOUBLE, remainder),
    celFunc('size', [STRING], DOUBLE, textSize),
    celFunc('size', [LIST], DOUBLE, (list) => list.size),
    celFunc('size', [MAP], DOUBLE, (map) => map.size),
    celFunc('size', [BYTES], DOUBLE, (bytes) => bytes.length),
    celMethod('size', STRING, [], DOUBLE, function (this: string) {
      return textSize(this);
    }),
    celMethod('size', LIST, [], DOUBLE, function (this: CelList) {
      return this.size;
    }),
    celMethod('size', MAP, [], DOUBLE, function (this: CelMap) {
      return this.size;
    }),
    celMethod('size', BYTES, [], DOUBLE, function (this: Uint8Array) {
      return this.length;
    }),
    celFunc('min', [DOUBLE, DOUBLE], DOUBLE, (a, b) => Math.min(a, b)),
    celFunc('max', [DOUBLE, DOUBLE], DOUBLE, (a, b) => Math.max(a, b)),
    celFunc('abs', [DOUBLE], DOUBLE, (a) => Math.abs(a)),
  ],
});

/**
 * The only functions a formula may call. No comprehension macros (all, exists, map, filter), so an
 * expression evaluates each node at most once and its cost is bounded by its length; no time or
 * type functions, which a county does not need.
 */
export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set([
  '_+_',
  '_-_',
  '_*_',
  '_/_',
  '_%_',
  '-_',
  '_==_',
  '_!=_',
  '_<_',
  '_<=_',
  '_>_',
  '_>=_',
  '_&&_',
  '_||_',
  '!_',
  '_?_:_',
  '_[_]',
  '@in',
  'size',
  'contains',
  'startsWith',
  'endsWith',
  'matches',
  'double',
  'string',
  'min',
  'max',
  'abs',
]);

const VARIABLES = ['input', 'params'] as const;

/** Skips a string literal starting at `start` (a quote); returns the index just after it. */
function skipString(source: string, start: number): number {
  // A raw string (r'…', R"…", rb'…', bR'…') has no escapes.
  const prefix = /[rRbB]{1,2}$/.exec(source.slice(Math.max(0, start - 2), start))?.[0] ?? '';
  const raw = /[rR]/.test(prefix);
  const quote = source[start] ?? '';
  const triple = source.startsWith(quote.repeat(3), start);
  const close = triple ? quote.repeat(3) : quote;
  let i = start + close.length;
  while (i < source.length) {
    if (!raw && source[i] === '\\') i += 2;
    else if (source.startsWith(close, i)) return i + close.length;
    else i += 1;
  }
  return i;
}

/** The deepest nesting of (), [] and {} outside string literals: one pass, before any parsing. */
export function nestingDepth(source: string): number {
  let depth = 0;
  let deepest = 0;
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '"' || ch === "'") {
      i = skipString(source, i);
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') deepest = Math.max(deepest, ++depth);
    else if (ch === ')' || ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
    i += 1;
  }
  return deepest;
}

function toDouble(constant: Constant): void {
  const kind = constant.constantKind;
  if (kind.case === 'int64Value' || kind.case === 'uint64Value') {
    constant.constantKind = { case: 'doubleValue', value: Number(kind.value) };
  }
}

interface Scope {
  input: ReadonlySet<string>;
  params: ReadonlySet<string>;
  issues: ExpressionIssue[];
}

function isVariable(name: string): name is (typeof VARIABLES)[number] {
  return (VARIABLES as readonly string[]).includes(name);
}

/** Checks every node (and rewrites integer literals to doubles) in place. */
function inspect(expr: Expr | undefined, scope: Scope): void {
  if (expr === undefined) return;
  const kind = expr.exprKind;
  switch (kind.case) {
    case 'constExpr':
      toDouble(kind.value);
      return;
    case 'identExpr': {
      const name = kind.value.name;
      scope.issues.push(isVariable(name) ? { kind: 'bare-variable', name } : { kind: 'unknown-name', name });
      return;
    }
    case 'selectExpr': {
      const { operand, field } = kind.value;
      if (operand?.exprKind.case === 'identExpr' && isVariable(operand.exprKind.value.name)) {
        const variable = operand.exprKind.value.name;
        if (!scope[variable].has(field)) {
          scope.issues.push({ kind: variable === 'input' ? 'unknown-input' : 'unknown-param', name: field });
        }
        return;
      }
      inspect(operand, scope);
      return;
    }
    case 'callExpr': {
      const call = kind.value;
      // The target first, so issues read in source order: `process.exit()` names process, then exit.
      inspect(call.target, scope);
      if (!ALLOWED_FUNCTIONS.has(call.function)) {
        scope.issues.push({ kind: 'unknown-function', name: call.function });
      }
      for (const arg of call.args) inspect(arg, scope);
      return;
    }
    case 'listExpr':
      if (kind.value.optionalIndices.length > 0) scope.issues.push({ kind: 'optional' });
      for (const element of kind.value.elements) inspect(element, scope);
      return;
    case 'structExpr':
      // A map literal has no message name; building protobuf messages is not for formulas.
      if (kind.value.messageName !== '') {
        scope.issues.push({ kind: 'message' });
        return;
      }
      for (const entry of kind.value.entries) {
        if (entry.optionalEntry) scope.issues.push({ kind: 'optional' });
        if (entry.keyKind.case === 'mapKey') inspect(entry.keyKind.value, scope);
        inspect(entry.value, scope);
      }
      return;
    case 'comprehensionExpr':
      scope.issues.push({ kind: 'macro' });
      return;
    default:
      scope.issues.push({ kind: 'syntax', detail: 'empty expression node' });
  }
}

function dedupe(issues: ExpressionIssue[]): ExpressionIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const id = JSON.stringify(issue);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Limits first (on the raw text), then parse, then inspect the tree, then plan. The returned
 * program binds only two maps, under a prototype-less activation, so no name reaches JS globals
 * or Object.prototype.
 */
export function compileExpression(
  source: string,
  names: { input: ReadonlySet<string>; params: ReadonlySet<string> },
): CompileResult {
  if (source.trim() === '') return { ok: false, issues: [{ kind: 'empty' }] };
  if (source.length > FORMULA_LIMITS.maxExpressionLength) {
    return { ok: false, issues: [{ kind: 'too-long', length: source.length }] };
  }
  const depth = nestingDepth(source);
  if (depth > FORMULA_LIMITS.maxNesting) return { ok: false, issues: [{ kind: 'too-deep', depth }] };

  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(source);
  } catch (error) {
    return { ok: false, issues: [{ kind: 'syntax', detail: message(error) }] };
  }
  const scope: Scope = { ...names, issues: [] };
  inspect(parsed.expr, scope);
  if (scope.issues.length > 0) return { ok: false, issues: dedupe(scope.issues) };

  let run: ReturnType<typeof plan>;
  try {
    run = plan(ENV, parsed);
  } catch (error) {
    return { ok: false, issues: [{ kind: 'syntax', detail: message(error) }] };
  }
  const program: Program = (input, params) => {
    const bindings: Record<string, CelInput> = Object.create(null) as Record<string, CelInput>;
    bindings.input = input;
    bindings.params = params;
    try {
      const value = run(bindings);
      return isCelError(value) ? { ok: false, error: value.message } : { ok: true, value };
    } catch (error) {
      // plan() already turns failures into CelErrors; this is belt and braces (e.g. a stack overflow).
      return { ok: false, error: message(error) };
    }
  };
  return { ok: true, program };
}
