/** The geometry of the radar chart, in the coordinates of its SVG view box. Pure, unit-tested. */

export const WIDTH = 760;
export const HEIGHT = 560;
export const CX = WIDTH / 2;
export const CY = HEIGHT / 2 + 4;
export const RADIUS = 190;
/** Characters per line of an axis label before it wraps. */
const LABEL_LINE = 18;

export function angle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

export function polar(index: number, count: number, radius: number): [number, number] {
  const a = angle(index, count);
  return [CX + radius * Math.cos(a), CY + radius * Math.sin(a)];
}

/** Where a value lies on an axis; values outside the scale stay on its edge. */
export function point(index: number, count: number, value: number, max: number): [number, number] {
  return polar(index, count, (Math.max(0, Math.min(value, max)) / max) * RADIUS);
}

/** Splits a label into lines of about LABEL_LINE characters, at spaces; "1." stays with its word. */
export function wrap(label: string): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    const short = last !== undefined && last.length <= 3;
    if (last !== undefined && (short || (last + ' ' + word).length <= LABEL_LINE)) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else lines.push(word);
  }
  return lines;
}

/**
 * The outline of one series. Without gaps it is a closed polygon; a missing value breaks the
 * line there, so a block nobody scored never looks like a score of zero.
 */
export function outline(values: readonly (number | null)[], max: number): string {
  const count = values.length;
  if (isComplete(values)) {
    const points = values.map((v, i) => point(i, count, v, max).join(' '));
    return `M ${points.join(' L ')} Z`;
  }
  let path = '';
  // Start right after a gap, so every run of present values is drawn in one piece.
  const start = values.findIndex((v) => v === null);
  let drawing = false;
  for (let step = 1; step <= count; step++) {
    const index = (start + step) % count;
    const value = values[index];
    if (value === null || value === undefined) {
      drawing = false;
      continue;
    }
    path += `${drawing ? 'L' : 'M'} ${point(index, count, value, max).join(' ')} `;
    drawing = true;
  }
  return path.trim();
}

/** A series with a value on every axis: drawn as a closed, filled shape. */
export function isComplete(values: readonly (number | null)[]): values is readonly number[] {
  return values.every((v) => v !== null);
}
