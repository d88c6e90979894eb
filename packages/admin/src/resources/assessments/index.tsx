import FactCheckIcon from '@mui/icons-material/FactCheck';
import { lazy } from 'react';
import type { ResourceModule } from '../types';

// The views load on first use: they reach the API client, which the message catalog (and its test) must
// not need.
const AssessmentList = lazy(() => import('./AssessmentList').then((m) => ({ default: m.AssessmentList })));
const AssessmentShow = lazy(() => import('./AssessmentShow').then((m) => ({ default: m.AssessmentShow })));

const assessments: ResourceModule = {
  name: 'Assessment',
  list: AssessmentList,
  show: AssessmentShow,
  icon: FactCheckIcon,
  recordRepresentation: (record) => String(record.id).slice(0, 8),
  menuGroup: 'work',
};

export default assessments;
