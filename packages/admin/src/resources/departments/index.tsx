import HandshakeIcon from '@mui/icons-material/Handshake';
import type { ResourceModule } from '../types';
import { DepartmentCreate, DepartmentEdit } from './DepartmentForm';
import { DepartmentList } from './DepartmentList';
import { DepartmentShow } from './DepartmentShow';

const departments: ResourceModule = {
  name: 'Department',
  list: DepartmentList,
  show: DepartmentShow,
  edit: DepartmentEdit,
  create: DepartmentCreate,
  icon: HandshakeIcon,
  recordRepresentation: 'name',
  menuGroup: 'records',
};

export default departments;
