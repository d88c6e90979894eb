import { Box, Typography } from '@mui/material';
import {
  AppBar as RaAppBar,
  LocalesMenuButton,
  TitlePortal,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { YearSelect } from '../shared/year';

/**
 * The page title (it grows), then fixed-width items: the user's role (so a shared screen is never
 * ambiguous), the working year and the language switch. Nothing wraps at 1366 px.
 */
export function AppBar() {
  const translate = useTranslate();
  const { permissions } = usePermissions<string>();
  return (
    <RaAppBar
      sx={{ '& .RaUserMenu-userButton': { whiteSpace: 'nowrap' } }}
      toolbar={
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexShrink: 0 }}>
          {permissions ? (
            <Typography variant="body2" noWrap sx={{ opacity: 0.85 }} data-testid="current-role">
              {translate(`fanben.role.${permissions}`)}
            </Typography>
          ) : null}
          <YearSelect />
          <LocalesMenuButton />
        </Box>
      }
    >
      <TitlePortal
        sx={{ flex: 1, minWidth: 0, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
      />
    </RaAppBar>
  );
}
