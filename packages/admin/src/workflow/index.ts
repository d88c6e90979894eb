import statement from './statement';
import type { ScreenModule } from './types';

/** The procedure's screens and the other custom pages, in menu order within each group. */
export const screens: ScreenModule[] = [statement];
