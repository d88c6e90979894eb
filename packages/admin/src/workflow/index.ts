import statement from './statement';
import ranking from './ranking';
import type { ScreenModule } from './types';

/** The procedure's screens and the other custom pages, in menu order within each group. */
export const screens: ScreenModule[] = [ranking, statement];
