import type { ComponentType } from 'react';
import type { Screen } from '../access';
import type { MenuGroup } from '../resources/types';

/** A screen of the procedure or of money/reviews, outside the CRUD resources: a custom route. */
export interface ScreenModule {
  screen: Screen;
  path: string;
  /** A translation key for the menu entry. */
  label: string;
  element: ComponentType;
  icon: ComponentType;
  menuGroup: MenuGroup;
}
