import applications from './applications';
import assessments from './assessments';
import audit from './audit';
import cadres from './cadres';
import certifications from './certifications';
import departments from './departments';
import payouts from './payouts';
import plans from './plans';
import schemes from './schemes';
import townships from './townships';
import trainings from './trainings';
import type { ResourceModule } from './types';
import users from './users';
import villages from './villages';

/** Every resource of the console, in menu order within each group. */
export const resources: ResourceModule[] = [
  applications,
  assessments,
  certifications,
  payouts,
  schemes,
  plans,
  townships,
  villages,
  cadres,
  departments,
  trainings,
  users,
  audit,
];
