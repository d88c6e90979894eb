import InboxIcon from '@mui/icons-material/Inbox';
import { Box, CardContent, Stack, Typography } from '@mui/material';
import {
  Button,
  CreateButton,
  useCanAccess,
  useGetResourceLabel,
  useListContext,
  useResourceContext,
  useResourceDefinition,
  useTranslate,
} from 'react-admin';

/**
 * What to do next on an empty list: "新建" when the role may create the record, else the resource's
 * `emptyHint` (where such records come from), so a read-only role never sees an invitation it
 * cannot follow (react-admin's own empty page invites whoever the resource has a create page for).
 */
function useNextStep(resource: string) {
  const translate = useTranslate();
  const { hasCreate } = useResourceDefinition({ resource });
  const { canAccess } = useCanAccess({ resource, action: 'create' });
  const canCreate = hasCreate && canAccess === true;
  const hint = canCreate
    ? translate(`resources.${resource}.invite`, { _: translate('ra.page.invite') })
    : translate(`resources.${resource}.emptyHint`, { _: '' });
  return { canCreate, hint };
}

/** The page of a list that holds no record at all (theme default of every <List>). */
export function ListEmpty() {
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const getResourceLabel = useGetResourceLabel();
  const { canCreate, hint } = useNextStep(resource);
  const name = getResourceLabel(resource, 0);
  return (
    <Box sx={{ flex: 1, textAlign: 'center', color: 'text.secondary', mt: 6 }}>
      <InboxIcon sx={{ fontSize: 64 }} />
      <Typography variant="h6" component="p" sx={{ mb: 1 }}>
        {translate(`resources.${resource}.empty`, { _: translate('ra.page.empty', { name }) })}
      </Typography>
      {hint ? <Typography variant="body2">{hint}</Typography> : null}
      {canCreate ? (
        <Box sx={{ mt: 2 }}>
          <CreateButton variant="contained" />
        </Box>
      ) : null}
    </Box>
  );
}

/**
 * A list whose filters match nothing (theme default of every <Datagrid>): clear them, and the next step
 * (the toolbar's 新建 is already on screen, so it is named rather than repeated). A Datagrid inside a
 * record's page (a ReferenceManyField, no filters) keeps react-admin's plain line.
 */
export function FilteredEmpty() {
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const getResourceLabel = useGetResourceLabel();
  const { filterValues, setFilters } = useListContext();
  const { hint } = useNextStep(resource);
  const name = getResourceLabel(resource, 0);
  const filtered = Object.keys(filterValues ?? {}).length > 0;
  return (
    <CardContent>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2">
          {filtered
            ? translate('ra.navigation.no_filtered_results', { resource, name })
            : translate('ra.navigation.no_results', { resource, name })}
        </Typography>
        {filtered ? (
          <Button onClick={() => setFilters({}, [])} label={translate('ra.navigation.clear_filters')} />
        ) : null}
      </Stack>
      {filtered && hint ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {hint}
        </Typography>
      ) : null}
    </CardContent>
  );
}
