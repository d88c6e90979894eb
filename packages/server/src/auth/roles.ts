import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  VILLAGE_CLERK = 'VILLAGE_CLERK',
  TOWNSHIP_OFFICER = 'TOWNSHIP_OFFICER',
  DISTRICT_ASSESSOR = 'DISTRICT_ASSESSOR',
  FINANCE_OFFICER = 'FINANCE_OFFICER',
  VIEWER = 'VIEWER',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do; the scope (county, township or village) limits where.',
});

/** Roles whose scope is the whole county. */
export const COUNTY_WIDE_ROLES: readonly Role[] = [
  Role.ADMIN,
  Role.DISTRICT_ASSESSOR,
  Role.FINANCE_OFFICER,
  Role.VIEWER,
];
