import { readFile } from 'node:fs/promises';
import {
  buildSchema,
  getNamedType,
  isNonNullType,
  isObjectType,
  parse,
  specifiedRules,
  validate,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { limitRules, MAX_COST, MAX_DEPTH } from './limits.js';
import { SCHEMA_FILE } from './print-schema.js';

/**
 * The selection set asking for every field reachable from `type` without visiting a type twice on
 * the way down: the largest query a screen could sensibly send for one root field.
 */
function everyField(type: GraphQLObjectType, onPath: ReadonlySet<string>): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type))) continue;
    const target = getNamedType(field.type);
    if (!isObjectType(target)) parts.push(field.name);
    else if (!onPath.has(target.name)) {
      parts.push(`${field.name} { ${everyField(target, new Set([...onPath, target.name]))} }`);
    }
  }
  return parts.join(' ');
}

/** One operation calling `field` with variables for its required arguments and `everyField` below it. */
function fullOperation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const required = field.args.filter((a) => isNonNullType(a.type));
  const variables = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const target = getNamedType(field.type);
  const selection = isObjectType(target) ? ` { ${everyField(target, new Set([target.name]))} }` : '';
  return `${kind}${variables ? ` (${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

describe('operation limits against the committed schema', () => {
  let schema: GraphQLSchema;
  const errorsOf = (document: string) =>
    validate(schema, parse(document), [...specifiedRules, ...limitRules()]).map((e) => e.message);

  beforeAll(async () => {
    schema = buildSchema(await readFile(SCHEMA_FILE, 'utf8'));
  });

  it('let through the full expansion of every query and mutation (no type visited twice)', () => {
    const roots = [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
    ] as const;
    let checked = 0;
    for (const [kind, root] of roots) {
      for (const field of Object.values(root!.getFields())) {
        const document = fullOperation(kind, field);
        expect({ document, errors: errorsOf(document) }).toEqual({ document, errors: [] });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('refuse a cycle followed one level past MAX_DEPTH, with the numbers in the message', () => {
    // allVillages { cadres { village { cadres { … { id } } } } }: `levels` objects between root and leaf.
    const cycle = (levels: number) => {
      let selection = 'id';
      for (let level = levels; level >= 1; level--) {
        selection = `${level % 2 ? 'cadres' : 'village'} { ${selection} }`;
      }
      return `{ allVillages { ${selection} } }`;
    };
    expect(errorsOf(cycle(MAX_DEPTH - 2))).toEqual([]);
    expect(errorsOf(cycle(MAX_DEPTH - 1))).toEqual([
      `Query depth limit of ${MAX_DEPTH} exceeded, found ${MAX_DEPTH + 1}. ` +
        'Ask for fewer fields or split the request into several queries.',
    ]);
  });

  it('count fragments by the fields inside them, so writing a fragment changes nothing', () => {
    // Six levels of fields, spelled once inline and once with a fragment per level (eleven levels if
    // every spread counted as one).
    const inline = '{ allPlanItems { certification { village { cadres { village { name } } } } } }';
    const withFragments = `{ allPlanItems { ...P } }
      fragment P on PlanItem { certification { ...C } }
      fragment C on Certification { village { ...V } }
      fragment V on Village { cadres { ...K } }
      fragment K on Cadre { village { name } }`;
    expect(errorsOf(inline)).toEqual([]);
    expect(errorsOf(withFragments)).toEqual([]);
  });

  it('refuse a document that fans out past MAX_COST within the depth limit', () => {
    const ids = Array.from({ length: 500 }, () => 'id').join(' ');
    const errors = errorsOf(`{ allVillages { cadres { village { cadres { village { ${ids} } } } } } }`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^Query Cost limit of ${MAX_COST} exceeded, found \\d+`));
  });
});
