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
  // The topic names a training; its date is an ISO string the title would show raw.
  recordRepresentation: (record) => String(record.topic),
  menuGroup: 'records',
};

export default trainings;
