import type { Role } from '../../dataProvider/session';
import { enumChoices } from '../../shared/EnumField';

export const ROLES: Role[] = [
  'ADMIN',
  'VILLAGE_CLERK',
  'TOWNSHIP_OFFICER',
  'DISTRICT_ASSESSOR',
  'FINANCE_OFFICER',
  'VIEWER',
];

export const roleChoices = enumChoices('role', ROLES);

/** Which place a role works for (user-scope.ts on the server): a village, a township or the county. */
export function scopeOf(role: unknown): 'village' | 'township' | 'county' {
  if (role === 'VILLAGE_CLERK') return 'village';
  if (role === 'TOWNSHIP_OFFICER') return 'township';
  return 'county';
}
