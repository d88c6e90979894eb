import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { Cadre } from '../modules/cadres/cadre.entity.js';
import { County } from '../modules/geography/county.entity.js';
import { Township } from '../modules/geography/township.entity.js';
import { VillageEconomy } from '../modules/geography/village-economy.entity.js';
import { Village } from '../modules/geography/village.entity.js';
import { Session } from '../modules/users/session.entity.js';
import { User } from '../modules/users/user.entity.js';
import { Application } from '../modules/applications/application.entity.js';
import { Assessment } from '../modules/assessments/assessment.entity.js';
import { Certification } from '../modules/certifications/certification.entity.js';
import { Payout } from '../modules/incentives/payout.entity.js';
import { PlanItem } from '../modules/plans/plan-item.entity.js';
import { SchemeIndicator } from '../modules/schemes/scheme-indicator.entity.js';
import { Scheme } from '../modules/schemes/scheme.entity.js';
import { Department, DepartmentAssignment } from '../modules/reviews/department.entity.js';
import { PlaceLink } from '../modules/reviews/place-link.entity.js';
import { Training, TrainingAttendance } from '../modules/reviews/training.entity.js';
import { CountyOwned, Versioned } from './base.entity.js';

/** Listed, not discovered: the same list works from TypeScript sources (tests) and compiled output. */
export const entities = [
  CountyOwned,
  Versioned,
  County,
  Township,
  Village,
  VillageEconomy,
  Cadre,
  User,
  Session,
  AuditEvent,
  Scheme,
  SchemeIndicator,
  Application,
  Assessment,
  Certification,
  Payout,
  PlanItem,
  PlaceLink,
  Department,
  DepartmentAssignment,
  Training,
  TrainingAttendance,
];
