import ScienceIcon from '@mui/icons-material/Science';
import type { ScreenModule } from '../types';
import { IndicatorLabScreen } from './IndicatorLabScreen';

const indicatorLab: ScreenModule = {
  screen: 'indicatorLab',
  path: 'indicator-lab',
  label: 'fanben.indicatorLab.menu',
  element: IndicatorLabScreen,
  icon: ScienceIcon,
  menuGroup: 'scheme',
};

export default indicatorLab;
