import PaymentsIcon from '@mui/icons-material/Payments';
import type { ResourceModule } from '../types';
import { PayoutList } from './PayoutList';

const payouts: ResourceModule = {
  name: 'Payout',
  list: PayoutList,
  icon: PaymentsIcon,
  recordRepresentation: (record) => `${String(record.villageName)} · ${String(record.payeeName)}`,
  menuGroup: 'money',
};

export default payouts;
