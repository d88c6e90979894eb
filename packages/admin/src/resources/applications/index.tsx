import AssignmentIcon from '@mui/icons-material/Assignment';
import { lazy } from 'react';
import type { ResourceModule } from '../types';

// The views load on first use: they reach the API client, which the message catalog (and its test) must
// not need.
const ApplicationList = lazy(() => import('./ApplicationList').then((m) => ({ default: m.ApplicationList })));
const ApplicationShow = lazy(() => import('./ApplicationShow').then((m) => ({ default: m.ApplicationShow })));
const ApplicationCreate = lazy(() =>
  import('./ApplicationForm').then((m) => ({ default: m.ApplicationCreate })),
);
const ApplicationEdit = lazy(() => import('./ApplicationForm').then((m) => ({ default: m.ApplicationEdit })));

const applications: ResourceModule = {
  name: 'Application',
  list: ApplicationList,
  show: ApplicationShow,
  create: ApplicationCreate,
  edit: ApplicationEdit,
  icon: AssignmentIcon,
  recordRepresentation: (record) => `${String(record.year)} · ${String(record.targetTier)}`,
  menuGroup: 'work',
};

export default applications;
