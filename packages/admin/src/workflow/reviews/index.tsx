import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import { lazy } from 'react';
import type { ScreenModule } from '../types';

// Loaded on first use: it reaches the API client, which the message catalog (and its test) must not need.
const ReviewsScreen = lazy(() => import('./ReviewsScreen').then((m) => ({ default: m.ReviewsScreen })));

const reviews: ScreenModule = {
  screen: 'reviews',
  path: 'reviews',
  label: 'fanben.reviews.menu',
  element: ReviewsScreen,
  icon: LeaderboardIcon,
  menuGroup: 'review',
};

export default reviews;
