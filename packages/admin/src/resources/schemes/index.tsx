import RuleIcon from '@mui/icons-material/Rule';
import type { ResourceModule } from '../types';
import { SchemeCreate, SchemeEdit } from './SchemeForm';
import { SchemeList } from './SchemeList';
import { SchemeShow } from './SchemeShow';

const schemes: ResourceModule = {
  name: 'Scheme',
  list: SchemeList,
  show: SchemeShow,
  edit: SchemeEdit,
  create: SchemeCreate,
  icon: RuleIcon,
  recordRepresentation: 'name',
  menuGroup: 'scheme',
};

export default schemes;
