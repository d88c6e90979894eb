import HistoryIcon from '@mui/icons-material/History';
import type { ResourceModule } from '../types';
import { AuditList } from './AuditList';
import { AuditShow } from './AuditShow';

/** The audit trail: read-only (the server offers no change to it, the database refuses one). */
const audit: ResourceModule = {
  name: 'AuditEvent',
  list: AuditList,
  show: AuditShow,
  icon: HistoryIcon,
  recordRepresentation: (record) => `${String(record.action)} ${String(record.entityType)}`,
  menuGroup: 'system',
};

export default audit;
