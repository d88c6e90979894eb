import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import type { ScreenModule } from '../types';
import { StatementScreen } from './StatementScreen';

const statement: ScreenModule = {
  screen: 'statement',
  path: 'statement',
  label: 'fanben.statement.menu',
  element: StatementScreen,
  icon: ReceiptLongIcon,
  menuGroup: 'money',
};

export default statement;
