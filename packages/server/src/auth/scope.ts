import { Role, COUNTY_WIDE_ROLES } from './roles.js';

/** Who is asking: the logged-in user as the request context carries it. */
export interface AuthUser {
  id: string;
  username: string;
  role: Role;
  countyId: string;
  townshipId: string | null;
  villageId: string | null;
}

/**
 * How a record reaches its village and township, as MikroORM property paths. The one place that knows
 * where every scoped resource hangs: lists, single reads, nested fields and mutations all filter by it.
 * `self` marks records that belong to one user (a non-admin sees only the own one).
 */
export interface ScopePath {
  /** Shared by the whole county (e.g. the scheme): every role of the county reads it. */
  countyWide?: boolean;
  township?: string;
  village?: string;
  self?: string;
  /** With `self`: roles besides ADMIN that see every such record of the county (e.g. auditors). */
  allOf?: readonly Role[];
}

const scopePaths = new Map<string, ScopePath>();

export function registerScopePath(entityName: string, path: ScopePath): void {
  scopePaths.set(entityName, path);
}

type Where = Record<string, unknown>;

/** `nest('village.township', id)` → `{ village: { township: id } }`, MikroORM's shape for a path. */
export function nest(path: string, value: unknown): Where {
  return path.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Where;
}

/**
 * The condition that limits `entityName` to what `user` may see. A role without a path to the
 * entity sees nothing (the `id: null` condition matches no row) rather than everything.
 */
export function scopeWhere(entityName: string, user: AuthUser): Where {
  const path = scopePaths.get(entityName);
  if (!path) throw new Error(`No scope path registered for ${entityName}`);
  const county = { county: user.countyId };
  if (path.countyWide) return county;
  if (path.self) {
    const all = user.role === Role.ADMIN || path.allOf?.includes(user.role);
    return all ? county : { ...county, ...nest(path.self, user.id) };
  }
  if (COUNTY_WIDE_ROLES.includes(user.role)) return county;
  if (user.role === Role.VILLAGE_CLERK && path.village) {
    return { ...county, ...nest(path.village, user.villageId) };
  }
  if ((user.role === Role.VILLAGE_CLERK || user.role === Role.TOWNSHIP_OFFICER) && path.township) {
    return { ...county, ...nest(path.township, user.townshipId) };
  }
  return { ...county, id: null };
}
