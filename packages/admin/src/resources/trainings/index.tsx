import SchoolIcon from '@mui/icons-material/School';
import type { ResourceModule } from '../types';
import { TrainingCreate, TrainingEdit } from './TrainingForm';
import { TrainingList } from './TrainingList';
import { TrainingShow } from './TrainingShow';

const trainings: ResourceModule = {
  name: 'Training',
  list: TrainingList,
  show: TrainingShow,
  edit: TrainingEdit,
  create: TrainingCreate,
  icon: SchoolIcon,
  recordRepresentation: (record) => `${String(record.date)} ${String(record.topic)}`,
  menuGroup: 'records',
};

export default trainings;
