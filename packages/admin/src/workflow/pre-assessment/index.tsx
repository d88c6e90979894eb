import TravelExploreIcon from '@mui/icons-material/TravelExplore';
import { lazy } from 'react';
import type { ScreenModule } from '../types';

// Loaded on first use: the screen reaches the API client, which the message catalog must not need.
const PreAssessmentScreen = lazy(() =>
  import('./PreAssessmentScreen').then((m) => ({ default: m.PreAssessmentScreen })),
);

const preAssessment: ScreenModule = {
  screen: 'preAssessment',
  path: 'pre-assessment',
  label: 'fanben.preAssessment.menu',
  element: PreAssessmentScreen,
  icon: TravelExploreIcon,
  menuGroup: 'work',
};

export default preAssessment;
