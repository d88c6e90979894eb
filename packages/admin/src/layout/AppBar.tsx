import { Typography } from '@mui/material';
import { YearSelect } from '../shared/year';
import {
  AppBar as RaAppBar,
  LocalesMenuButton,
  TitlePortal,
  usePermissions,
  useTranslate,
} from 'react-admin';

/** The title, the user's role (so a shared screen is never ambiguous) and the language switch. */
export function AppBar() {
  const translate = useTranslate();
  const { permissions } = usePermissions<string>();
  return (
    <RaAppBar
      toolbar={
        <>
          <YearSelect />
          <LocalesMenuButton />
        </>
      }
    >
      <TitlePortal />
      {permissions ? (
        <Typography variant="body2" sx={{ mr: 1, opacity: 0.85 }} data-testid="current-role">
          {translate(`fanben.role.${permissions}`)}
        </Typography>
      ) : null}
    </RaAppBar>
  );
}
