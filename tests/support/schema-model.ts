import type { GraphQLClient } from './graphql-client.js';

/**
 * The served schema, read by introspection, as plain data: tests that must cover every operation
 * (scope sweep, property tests) enumerate from here, so a new resource or mutation is covered — or
 * makes them fail — without anyone editing a hand-written list.
 */
export interface TypeRef {
  kind: 'SCALAR' | 'OBJECT' | 'INTERFACE' | 'UNION' | 'ENUM' | 'INPUT_OBJECT' | 'LIST' | 'NON_NULL';
  name: string | null;
  ofType: TypeRef | null;
}

export interface InputValue {
  name: string;
  type: TypeRef;
  defaultValue: string | null;
}

export interface FieldDef {
  name: string;
  args: InputValue[];
  type: TypeRef;
}

export interface FullType {
  kind: TypeRef['kind'];
  name: string;
  fields: FieldDef[] | null;
  inputFields: InputValue[] | null;
  enumValues: { name: string }[] | null;
}

const TYPE_REF =
  'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION = `{ __schema {
  queryType { name } mutationType { name }
  types { kind name
    fields { name type { ${TYPE_REF} } args { name defaultValue type { ${TYPE_REF} } } }
    inputFields { name defaultValue type { ${TYPE_REF} } }
    enumValues { name } } } }`;

/** The named type under any list / non-null wrappers. */
export function namedType(ref: TypeRef): TypeRef {
  return ref.ofType ? namedType(ref.ofType) : ref;
}

export const isNonNull = (ref: TypeRef) => ref.kind === 'NON_NULL';

/** The type as written in a variable declaration, e.g. `[ID!]!`. */
export function typeString(ref: TypeRef): string {
  if (ref.kind === 'NON_NULL') return `${typeString(ref.ofType!)}!`;
  if (ref.kind === 'LIST') return `[${typeString(ref.ofType!)}]`;
  return ref.name!;
}

/** Whether a type (under non-null) is a list. */
export const isList = (ref: TypeRef): boolean =>
  ref.kind === 'LIST' || (ref.kind === 'NON_NULL' && isList(ref.ofType!));

export class SchemaModel {
  private readonly types: Map<string, FullType>;

  private constructor(
    types: FullType[],
    private readonly queryName: string,
    private readonly mutationName: string,
  ) {
    this.types = new Map(types.map((t) => [t.name, t]));
  }

  static async load(client: GraphQLClient): Promise<SchemaModel> {
    const data = await client.data<{
      __schema: { queryType: { name: string }; mutationType: { name: string }; types: FullType[] };
    }>(INTROSPECTION);
    const s = data.__schema;
    return new SchemaModel(s.types, s.queryType.name, s.mutationType.name);
  }

  type(name: string): FullType {
    const t = this.types.get(name);
    if (!t) throw new Error(`No type ${name} in the schema`);
    return t;
  }

  has(name: string): boolean {
    return this.types.has(name);
  }

  get queries(): FieldDef[] {
    return this.type(this.queryName).fields!;
  }

  get mutations(): FieldDef[] {
    return this.type(this.mutationName).fields!;
  }

  query(name: string): FieldDef | undefined {
    return this.queries.find((f) => f.name === name);
  }

  mutation(name: string): FieldDef | undefined {
    return this.mutations.find((f) => f.name === name);
  }

  /**
   * The CRUD resources: every `X` with `X(id)`, `allXs` and `_allXsMeta` queries (the names
   * ra-data-graphql-simple expects), whatever module defines it.
   */
  resources(): string[] {
    this.resourceNames ??= this.queries
      .map((f) => /^all(\w+)s$/.exec(f.name)?.[1])
      .filter((x): x is string => !!x && !!this.query(x) && !!this.query(`_all${x}sMeta`))
      .sort();
    return this.resourceNames;
  }

  private resourceNames: string[] | undefined;

  /** The object type a field returns (unwrapped), or null for scalars and enums. */
  objectOf(field: FieldDef): FullType | null {
    const named = namedType(field.type);
    return named.kind === 'OBJECT' ? this.type(named.name!) : null;
  }

  /**
   * A selection set for `typeName`: every scalar field, and object fields down to `depth` levels along
   * paths that visit no type twice (what a client sensibly asks for, and within the server's operation
   * limits); fields with required arguments are left out. `__typename` everywhere, so a walker can tell
   * what it holds.
   */
  selection(typeName: string, depth: number, path: string[] = []): string {
    const t = this.type(typeName);
    const parts = ['__typename'];
    for (const f of t.fields ?? []) {
      if (f.args.some((a) => isNonNull(a.type) && a.defaultValue === null)) continue;
      const object = this.objectOf(f);
      if (!object) parts.push(f.name);
      else if (depth > 0 && object.name !== typeName && !path.includes(object.name))
        parts.push(`${f.name} ${this.selection(object.name, depth - 1, [...path, typeName])}`);
    }
    return `{ ${parts.join(' ')} }`;
  }

  /**
   * One operation calling `field` with the named arguments as variables of their declared types (so a
   * malformed value fails variable coercion, as a client's would), aliased `result`.
   */
  document(kind: 'query' | 'mutation', field: FieldDef, argNames: string[], selection?: string): string {
    const args = argNames.map((n) => field.args.find((a) => a.name === n)!);
    const vars = args.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ');
    const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const object = this.objectOf(field);
    const select = object ? (selection ?? '{ __typename }') : '';
    return `${kind}${vars ? ` (${vars})` : ''} { result: ${field.name}${call ? `(${call})` : ''} ${select} }`;
  }
}
