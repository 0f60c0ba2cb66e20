/** The report's type scale, colours and spacing, in points and RGB. */

export const FONT_FAMILY = 'DejaVuSans';

export type Rgb = readonly [number, number, number];

export const COLOR = {
  text: [31, 41, 51],
  muted: [90, 100, 112],
  faint: [160, 168, 178],
  rule: [205, 210, 216],
  panel: [243, 245, 247],
  accent: [29, 78, 137],
  danger: [176, 32, 38],
  dangerPanel: [252, 236, 236],
  warningPanel: [255, 246, 222],
  warning: [138, 90, 0],
} as const satisfies Record<string, Rgb>;

/** Light tints for the band zones of the chart, lowest band first. */
export const BAND_TINTS: readonly Rgb[] = [
  [248, 222, 222],
  [252, 237, 207],
  [222, 240, 226],
  [214, 232, 246],
];

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: Rgb;
}

export const TYPE = {
  title: { size: 24, bold: true },
  h1: { size: 17, bold: true, color: COLOR.accent },
  h2: { size: 12.5, bold: true },
  h3: { size: 10, bold: true },
  body: { size: 9.5 },
  bodyBold: { size: 9.5, bold: true },
  small: { size: 8, color: COLOR.muted },
  label: { size: 8, bold: true, color: COLOR.muted },
  furniture: { size: 7.5, color: COLOR.muted },
} as const satisfies Record<string, TextStyle>;

/** 1.35 × the font size: a line height that reads well for 8–10 pt body text. */
export const LINE_HEIGHT_FACTOR = 1.35;

export function lineHeight(size: number): number {
  return size * LINE_HEIGHT_FACTOR;
}
