import { createElement } from 'react';
import { defaultTheme, type RaThemeOptions } from 'react-admin';
import { FilteredEmpty, ListEmpty } from './shared/EmptyList';

/**
 * react-admin's default theme with a font stack that renders Chinese well on office PCs, and empty
 * lists that say what to do next in the user's role (shared/EmptyList.tsx).
 */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  typography: {
    fontFamily: [
      '"PingFang SC"',
      '"Microsoft YaHei"',
      '"Noto Sans CJK SC"',
      'Roboto',
      'Arial',
      'sans-serif',
    ].join(','),
  },
  components: {
    ...defaultTheme.components,
    RaList: { defaultProps: { empty: createElement(ListEmpty) } },
    RaDatagrid: { defaultProps: { empty: createElement(FilteredEmpty) } },
  },
};
