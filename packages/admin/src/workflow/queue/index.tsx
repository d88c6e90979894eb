import PlaylistPlayIcon from '@mui/icons-material/PlaylistPlay';
import { lazy } from 'react';
import type { ScreenModule } from '../types';

// Loaded on first use: the screen reaches the API client, which the message catalog must not need.
const QueueScreen = lazy(() => import('./QueueScreen').then((m) => ({ default: m.QueueScreen })));

const queue: ScreenModule = {
  screen: 'queue',
  path: 'queue',
  label: 'fanben.queue.menu',
  element: QueueScreen,
  icon: PlaylistPlayIcon,
  menuGroup: 'work',
};

export default queue;
