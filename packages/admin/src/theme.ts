import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** react-admin's default theme with a font stack that renders Chinese well on office PCs. */
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
};
