import { passingValues } from './declared-values.js';
import {
  isList,
  isNonNull,
  namedType,
  type FieldDef,
  type InputValue,
  type SchemaModel,
} from './schema-model.js';

/**
 * Arguments an operation would accept, built from the schema's argument types with a little knowledge of
 * argument names (a `year` is a year, a `date` a day, a `villageId` names a Village). Tests that must reach
 * past input validation — to the role, scope or state check behind it — start from these.
 */
export interface ArgSource {
  schema: SchemaModel;
  /** An existing record's id of `resource`, as the test wants it (in or out of the caller's scope). */
  idOf(resource: string): string | undefined;
}

/** Pointer names that do not name a resource of their own. */
const NOT_REFERENCES = new Set(['countyId', 'entityId']);

/**
 * The resource an `<x>Id` / `<x>Ids` name points at, if the schema has such a resource; the longest
 * camel-case tail that names one wins (`bundledTownshipIds` → Township).
 */
export function resourceOfName(schema: SchemaModel, name: string): string | null {
  if (NOT_REFERENCES.has(name)) return null;
  const m = /^(\w+?)Ids?$/.exec(name);
  if (!m) return null;
  const words = m[1].replace(/^./, (c) => c.toUpperCase()).split(/(?=[A-Z])/);
  for (let i = 0; i < words.length; i++) {
    const resource = words.slice(i).join('');
    if (schema.resources().includes(resource)) return resource;
  }
  return null;
}

/**
 * The resource an argument names: `id` names the record the mutation returns (`updateVillage(id)` → Village,
 * `markPayoutPaid(id)` → Payout), `<x>Id`/`<x>Ids` name an X (`startAssessment(applicationId)` → Application).
 */
export function referenceOf(schema: SchemaModel, field: FieldDef, arg: InputValue): string | null {
  if (namedType(arg.type).name !== 'ID') return null;
  if (arg.name === 'id') {
    const returned = namedType(field.type).name!;
    return schema.resources().includes(returned) ? returned : null;
  }
  return resourceOfName(schema, arg.name);
}

let counter = 0;
/** Distinct per call, so creates that get through would not collide on unique names or codes. */
const next = () => ++counter;

const THREE_TIERS = [1, 2, 3].map((level) => ({
  level,
  name: { 'zh-CN': `第${level}级`, en: `Tier ${level}` },
  cadreReward: 1000 * level,
  activityFund: 10000 * level,
}));

function plausibleInt(name: string): number {
  const byName: Record<string, number> = {
    year: 2017,
    fromYear: 2015,
    toYear: 2017,
    effectiveFromYear: 2040,
    periodStart: 2017,
    targetYear: 2018,
    targetTier: 1,
    tier: 1,
  };
  return byName[name] ?? 10;
}

function plausibleString(name: string): string {
  const n = next();
  const byName: Record<string, string> = {
    date: '2017-06-15',
    password: 'plausible-password-1',
    username: `plausible.user${n}`,
    code: `5205029${String(n).padStart(5, '0')}`,
    comment: '请补充材料',
    reason: '复核不达标',
    indicatorKey: 'environment.appearance',
    key: 'environment.appearance',
    position: '文书',
    phone: '13800000000',
    organizer: '区委组织部',
    note: '三年规划',
  };
  return byName[name] ?? `测试${n}`;
}

function plausibleJson(name: string): unknown {
  const values = passingValues();
  const byName: Record<string, unknown> = {
    declaredValues: values,
    values: values['environment.appearance'],
    tiers: THREE_TIERS,
    indicators: [{ key: 'environment.appearance' }],
  };
  return byName[name] ?? {};
}

/** A value of `arg`'s type; references come from `src.idOf`. */
export function plausibleValue(src: ArgSource, field: FieldDef, arg: InputValue): unknown {
  const resource = referenceOf(src.schema, field, arg);
  if (resource) {
    const id = src.idOf(resource);
    return isList(arg.type) ? (id ? [id] : []) : id;
  }
  return valueOfType(src, arg.name, arg.type);
}

/** A plausible value of a type, by the argument's (or input field's) name; references are not resolved. */
export function valueOfType(src: ArgSource, name: string, ref: InputValue['type']): unknown {
  const named = namedType(ref);
  const one = (): unknown => {
    switch (named.kind) {
      case 'ENUM': {
        const values = src.schema.type(named.name!).enumValues!.map((v) => v.name);
        return named.name === 'Role' ? 'VIEWER' : values[0];
      }
      case 'INPUT_OBJECT': {
        const out: Record<string, unknown> = {};
        for (const f of src.schema.type(named.name!).inputFields!) {
          if (isNonNull(f.type)) out[f.name] = valueOfType(src, f.name, f.type);
        }
        return out;
      }
      default:
        switch (named.name) {
          case 'Int':
          case 'SafeInt':
            return plausibleInt(name);
          case 'Float':
            return 1.5;
          case 'Boolean':
            return false;
          case 'String':
            return plausibleString(name);
          case 'ID':
            return '00000000-0000-4000-8000-000000000000';
          case 'JSON':
          case 'JSONObject':
            return plausibleJson(name);
          default:
            return plausibleString(name);
        }
    }
  };
  return isList(ref) ? [one()] : one();
}

/**
 * The arguments of `field` that tests always send: the required ones and every reference (optional
 * references such as `updateCadre(villageId)` are exactly where scope leaks hide).
 */
export function argumentsToSend(src: ArgSource, field: FieldDef): InputValue[] {
  return field.args.filter(
    (a) => (isNonNull(a.type) && a.defaultValue === null) || referenceOf(src.schema, field, a) !== null,
  );
}
