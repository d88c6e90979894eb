import type { ComponentType } from 'react';
import type { RaRecord } from 'react-admin';

export type MenuGroup = 'work' | 'records' | 'scheme' | 'money' | 'review' | 'system';

/**
 * One resource folder's exports (react-admin's demo layout): its views, icon, how a record is named,
 * where it sits in the menu (its strings live beside it in messages.ts). `name` is the API's type name.
 */
export interface ResourceModule {
  name: string;
  list?: ComponentType;
  show?: ComponentType;
  edit?: ComponentType;
  create?: ComponentType;
  icon: ComponentType;
  recordRepresentation?: string | ((record: RaRecord) => string);
  menuGroup: MenuGroup;
}
