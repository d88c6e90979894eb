import TimelineIcon from '@mui/icons-material/Timeline';
import { lazy } from 'react';
import type { ScreenModule } from '../types';

// The screen loads on first use: it reaches the API client, which the message catalog (and its test)
// must not need.
const PlanProgressScreen = lazy(() =>
  import('./PlanProgressScreen').then((m) => ({ default: m.PlanProgressScreen })),
);

const planProgress: ScreenModule = {
  screen: 'planProgress',
  path: 'plan-progress',
  label: 'fanben.planProgress.menu',
  element: PlanProgressScreen,
  icon: TimelineIcon,
  menuGroup: 'work',
};

export default planProgress;
