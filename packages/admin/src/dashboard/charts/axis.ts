/** Shared settings of the dashboard's charts: one height, small ticks, no animation (figures, not a show). */
export const CHART_HEIGHT = 240;
export const TICK = { fontSize: 11 };
export const NO_ANIMATION = { isAnimationActive: false } as const;

/** Township names under a bar chart: all of them, slanted so 40-odd fit across 1366 pixels. */
export const TOWNSHIP_AXIS = {
  dataKey: 'name',
  interval: 0,
  angle: -50,
  textAnchor: 'end',
  height: 64,
  tick: TICK,
} as const;

/** Yuan to 万 for an axis (the tooltips keep the exact sum). */
export const toWan = (yuan: number) => Math.round(yuan / 100) / 100;

/**
 * Legend and tooltip entries in the given order of data keys (recharts sorts them by name otherwise,
 * which puts 典范村 before 规范村).
 */
export const inOrder =
  (keys: string[]) =>
  (item: { dataKey?: unknown }): number =>
    keys.indexOf(String(item.dataKey));
