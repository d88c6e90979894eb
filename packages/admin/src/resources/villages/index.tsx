import HomeWorkIcon from '@mui/icons-material/HomeWork';
import type { ResourceModule } from '../types';
import { VillageCreate, VillageEdit } from './VillageForm';
import { VillageList } from './VillageList';
import { VillageShow } from './VillageShow';

const villages: ResourceModule = {
  name: 'Village',
  list: VillageList,
  show: VillageShow,
  edit: VillageEdit,
  create: VillageCreate,
  icon: HomeWorkIcon,
  recordRepresentation: 'name',
  menuGroup: 'records',
};

export default villages;
