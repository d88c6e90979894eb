import BadgeIcon from '@mui/icons-material/Badge';
import type { ResourceModule } from '../types';
import { CadreCreate, CadreEdit } from './CadreForm';
import { CadreList } from './CadreList';

const cadres: ResourceModule = {
  name: 'Cadre',
  list: CadreList,
  edit: CadreEdit,
  create: CadreCreate,
  icon: BadgeIcon,
  recordRepresentation: 'name',
  menuGroup: 'records',
};

export default cadres;
