import FactCheckIcon from '@mui/icons-material/FactCheck';
import { lazy } from 'react';
import type { ScreenModule } from '../types';

// Loaded on first use: the screen reaches the API client, which the message catalog must not need.
const RankingScreen = lazy(() => import('./RankingScreen').then((m) => ({ default: m.RankingScreen })));

const ranking: ScreenModule = {
  screen: 'ranking',
  path: 'ranking',
  label: 'fanben.ranking.menu',
  element: RankingScreen,
  icon: FactCheckIcon,
  menuGroup: 'work',
};

export default ranking;
