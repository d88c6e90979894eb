import type { Role } from './dataProvider';

/**
 * What each role may do in the console. It mirrors the server's rules (which decide in the end) so
 * menus and buttons only offer what will be accepted. Resource names are the API's type names.
 */
export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export';

const READ: Action[] = ['list', 'show', 'export'];
const WRITE: Action[] = [...READ, 'create', 'edit', 'delete'];

type Rules = Record<string, Action[]>;

const everyone: Rules = {
  Township: READ,
  Village: READ,
  Cadre: READ,
  Scheme: READ,
  Application: READ,
  Assessment: READ,
  Certification: READ,
  AuditEvent: READ,
};

const RULES: Record<Role, Rules> = {
  ADMIN: {
    Township: WRITE,
    Village: WRITE,
    Cadre: WRITE,
    User: WRITE,
    Scheme: WRITE,
    Application: WRITE,
    Assessment: READ,
    Certification: READ,
    Payout: [...READ, 'delete'],
    PlanItem: WRITE,
    Department: WRITE,
    Training: WRITE,
    AuditEvent: READ,
  },
  VILLAGE_CLERK: { ...everyone, Application: [...READ, 'create', 'edit', 'delete'], PlanItem: READ },
  TOWNSHIP_OFFICER: {
    ...everyone,
    Village: [...READ, 'create', 'edit'],
    Cadre: WRITE,
    PlanItem: WRITE,
    Department: READ,
    Training: READ,
  },
  DISTRICT_ASSESSOR: { ...everyone, PlanItem: READ, Training: READ, Department: READ },
  FINANCE_OFFICER: { ...everyone, Payout: [...READ, 'delete'] },
  VIEWER: {
    ...everyone,
    User: READ,
    Payout: READ,
    PlanItem: READ,
    Department: READ,
    Training: READ,
  },
};

export function canDo(role: Role | null | undefined, resource: string, action: string): boolean {
  if (!role) return false;
  return (RULES[role][resource] ?? []).includes(action as Action);
}

/** Screens beyond the resources (the procedure, money, reviews) and who sees them. */
export const SCREEN_ROLES = {
  dashboard: ['ADMIN', 'VILLAGE_CLERK', 'TOWNSHIP_OFFICER', 'DISTRICT_ASSESSOR', 'FINANCE_OFFICER', 'VIEWER'],
  ranking: ['ADMIN', 'TOWNSHIP_OFFICER'],
  queue: ['ADMIN', 'DISTRICT_ASSESSOR'],
  preAssessment: ['ADMIN', 'DISTRICT_ASSESSOR', 'TOWNSHIP_OFFICER', 'VIEWER'],
  statement: ['ADMIN', 'FINANCE_OFFICER', 'VIEWER'],
  whatIf: ['ADMIN', 'FINANCE_OFFICER', 'VIEWER'],
  indicatorLab: ['ADMIN', 'DISTRICT_ASSESSOR'],
  planProgress: ['ADMIN', 'TOWNSHIP_OFFICER', 'VIEWER', 'DISTRICT_ASSESSOR'],
  reviews: ['ADMIN', 'VIEWER'],
} satisfies Record<string, Role[]>;

export type Screen = keyof typeof SCREEN_ROLES;

export function canSee(role: Role | null | undefined, screen: Screen): boolean {
  return !!role && (SCREEN_ROLES[screen] as Role[]).includes(role);
}

/**
 * Workflow steps (the API's mutations beyond CRUD) and who may take them, as the server's resolvers
 * allow (ADMIN may take every step), so a button is offered only where the step will be accepted.
 */
export const STEP_ROLES = {
  submitApplication: ['ADMIN', 'VILLAGE_CLERK'],
  vetApplication: ['ADMIN', 'TOWNSHIP_OFFICER'],
  startAssessment: ['ADMIN', 'DISTRICT_ASSESSOR'],
  recordFinding: ['ADMIN', 'DISTRICT_ASSESSOR'],
  markReferenceAssessment: ['ADMIN', 'DISTRICT_ASSESSOR'],
  revokeCertification: ['ADMIN'],
  generatePayouts: ['ADMIN', 'FINANCE_OFFICER'],
  markPayoutPaid: ['ADMIN', 'FINANCE_OFFICER'],
} satisfies Record<string, Role[]>;

export type Step = keyof typeof STEP_ROLES;

export function canTake(role: Role | null | undefined, step: Step): boolean {
  return !!role && (STEP_ROLES[step] as Role[]).includes(role);
}
