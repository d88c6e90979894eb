import { CreateButton, FilterButton, TopToolbar, useCanAccess, useResourceContext } from 'react-admin';
import { ExportAllButton } from './csvExport';

/** A record list's toolbar: filters, create (when the role may) and the full CSV export. */
export function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      <ExportAllButton />
    </TopToolbar>
  );
}

/**
 * Where a click on a row leads: the edit form when the role may change the record, else the read-only
 * page when the resource has one, else nowhere.
 */
export function useRowClick(hasShow: boolean): 'edit' | 'show' | false {
  const resource = useResourceContext();
  const { canAccess } = useCanAccess({ resource, action: 'edit' });
  if (canAccess) return 'edit';
  return hasShow ? 'show' : false;
}
