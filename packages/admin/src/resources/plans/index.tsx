import EventNoteIcon from '@mui/icons-material/EventNote';
import type { ResourceModule } from '../types';
import { PlanItemCreate, PlanItemEdit } from './PlanItemForm';
import { PlanItemList } from './PlanItemList';
import { PlanItemShow } from './PlanItemShow';

const plans: ResourceModule = {
  name: 'PlanItem',
  list: PlanItemList,
  show: PlanItemShow,
  edit: PlanItemEdit,
  create: PlanItemCreate,
  icon: EventNoteIcon,
  recordRepresentation: (record) => `${String(record.periodStart)}—${String(record.periodEnd)}`,
  menuGroup: 'work',
};

export default plans;
