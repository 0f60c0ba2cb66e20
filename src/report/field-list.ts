import { lineHeight, TYPE, COLOR, type TextStyle } from './theme.ts';
import { ensureSpace, type Layout } from './page-layout.ts';
import { drawAt, drawLines, wrapFor } from './text-block.ts';

export interface Field {
  label: string;
  value: string;
  /** Shown instead of an empty value. */
  empty?: string;
  style?: TextStyle;
}

const LABEL_WIDTH = 118;

/**
 * Label–value rows, as on a form: the label in a narrow column, the value
 * wrapped beside it. A value longer than a page flows on to the next.
 */
export function writeFields(layout: Layout, fields: readonly Field[], options: { labelWidth?: number; gap?: number } = {}): void {
  const labelWidth = options.labelWidth ?? LABEL_WIDTH;
  const x = layout.frame.left + labelWidth;
  const width = layout.frame.right - x;
  for (const field of fields) {
    const blank = field.value.trim() === '';
    const style = blank ? { ...TYPE.body, color: COLOR.muted } : (field.style ?? TYPE.body);
    const lines = wrapFor(layout.doc, style, blank ? (field.empty ?? 'Not given') : field.value, width);
    ensureSpace(layout, Math.min(lines.length, 3) * lineHeight(style.size));
    drawAt(layout, field.label, layout.frame.left, layout.y + (style.size - TYPE.label.size) * 0.9, TYPE.label);
    drawLines(layout, lines, style, { x, after: options.gap ?? 5 });
  }
}
