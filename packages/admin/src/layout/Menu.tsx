import { ListSubheader } from '@mui/material';
import { Menu as RaMenu, usePermissions, useTranslate } from 'react-admin';
import { canDo, canSee } from '../access';
import type { Role } from '../dataProvider';
import { resources } from '../resources';
import type { MenuGroup } from '../resources/types';
import { screens } from '../workflow';

const GROUPS: MenuGroup[] = ['work', 'money', 'review', 'records', 'scheme', 'system'];

/** The menu follows the role: a group shows only the screens and resources the user may open. */
export function Menu() {
  const translate = useTranslate();
  const { permissions } = usePermissions<Role>();
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {GROUPS.map((group) => {
        const groupScreens = screens.filter((s) => s.menuGroup === group && canSee(permissions, s.screen));
        const groupResources = resources.filter(
          (r) => r.menuGroup === group && canDo(permissions, r.name, 'list'),
        );
        if (groupScreens.length + groupResources.length === 0) return null;
        return [
          <ListSubheader
            key={`h-${group}`}
            disableSticky
            sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent' }}
          >
            {translate(`fanben.menu.${group}`)}
          </ListSubheader>,
          ...groupScreens.map((s) => (
            <RaMenu.Item
              key={s.path}
              to={`/${s.path}`}
              primaryText={translate(s.label)}
              leftIcon={<s.icon />}
            />
          )),
          ...groupResources.map((r) => <RaMenu.ResourceItem key={r.name} name={r.name} />),
        ];
      })}
    </RaMenu>
  );
}
