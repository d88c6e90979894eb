import indicatorLab from './indicator-lab';
import planProgress from './plan-progress';
import preAssessment from './pre-assessment';
import queue from './queue';
import ranking from './ranking';
import reviews from './reviews';
import statement from './statement';
import type { ScreenModule } from './types';
import whatIf from './what-if';

/** The procedure's screens and the other custom pages, in menu order within each group. */
export const screens: ScreenModule[] = [
  ranking,
  queue,
  preAssessment,
  statement,
  whatIf,
  indicatorLab,
  planProgress,
  reviews,
];
