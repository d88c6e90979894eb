import LocationCityIcon from '@mui/icons-material/LocationCity';
import type { ResourceModule } from '../types';
import { TownshipCreate, TownshipEdit } from './TownshipForm';
import { TownshipList } from './TownshipList';

const townships: ResourceModule = {
  name: 'Township',
  list: TownshipList,
  edit: TownshipEdit,
  create: TownshipCreate,
  icon: LocationCityIcon,
  recordRepresentation: 'name',
  menuGroup: 'records',
};

export default townships;
