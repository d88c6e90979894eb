import PeopleIcon from '@mui/icons-material/People';
import type { ResourceModule } from '../types';
import { UserCreate, UserEdit } from './UserForm';
import { UserList } from './UserList';

const users: ResourceModule = {
  name: 'User',
  list: UserList,
  edit: UserEdit,
  create: UserCreate,
  icon: PeopleIcon,
  recordRepresentation: (record) => String(record.displayName || record.username),
  menuGroup: 'system',
};

export default users;
