import { enumChoices } from '../../shared/EnumField';

/** The entity types the server audits (the CRUD factory's resource names and the workflow's own). */
export const ENTITY_TYPES = [
  'Township',
  'Village',
  'Cadre',
  'User',
  'Scheme',
  'Application',
  'Assessment',
  'Certification',
  'Payout',
  'PayoutStatement',
  'PlanItem',
  'Department',
  'Training',
] as const;

/** The actions the server writes: CRUD, sign-in and sign-out, the procedure's steps, money and the plan ledger. */
export const ACTIONS = [
  'create',
  'update',
  'delete',
  'login',
  'logout',
  'submit applications',
  'forward applications',
  'return applications',
  'start',
  'record findings',
  'pass',
  'fail',
  'certify',
  'revoke certifications',
  'mark reference assessments',
  'generate',
  'regenerate',
  'mark payouts paid',
  'write-off',
  'reopen',
] as const;

export const entityTypeChoices = enumChoices('audit.entity', ENTITY_TYPES);
export const actionChoices = enumChoices('audit.action', ACTIONS);
