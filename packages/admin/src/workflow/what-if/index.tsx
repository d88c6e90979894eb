import CalculateIcon from '@mui/icons-material/Calculate';
import type { ScreenModule } from '../types';
import { WhatIfScreen } from './WhatIfScreen';

const whatIf: ScreenModule = {
  screen: 'whatIf',
  path: 'what-if',
  label: 'fanben.whatIf.menu',
  element: WhatIfScreen,
  icon: CalculateIcon,
  menuGroup: 'money',
};

export default whatIf;
