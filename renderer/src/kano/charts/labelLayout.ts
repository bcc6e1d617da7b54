/**
 * Moves labels apart vertically so that no two overlap: labels are taken top to bottom and each
 * is pushed down to at least `gap` below any label placed before it that it could touch
 * horizontally. Returns the label y positions, in the order of `anchors`.
 */
export function spreadLabels(
  anchors: readonly { x: number; y: number; width: number }[],
  gap: number,
): number[] {
  const order = anchors.map((_, i) => i).sort((a, b) => anchors[a]!.y - anchors[b]!.y);
  const placed: { x: number; y: number; width: number }[] = [];
  const result = new Array<number>(anchors.length);
  for (const index of order) {
    const anchor = anchors[index]!;
    // One sweep over the touching labels from top to bottom is enough: after moving below one,
    // every label above it is at least `gap` away too. A label only ever moves down, so this
    // ends even where rounding makes `(a + gap) - a` a little less than `gap`.
    const touching = placed
      .filter((other) => anchor.x < other.x + other.width && other.x < anchor.x + anchor.width)
      .sort((a, b) => a.y - b.y);
    let y = anchor.y;
    for (const other of touching) {
      if (Math.abs(y - other.y) < gap) y = Math.max(y, other.y + gap);
    }
    placed.push({ ...anchor, y });
    result[index] = y;
  }
  return result;
}

/**
 * Advance widths of Arial / Liberation Sans (the report's and the app's fallback fonts), in
 * thousandths of the font size, for printable ASCII from the space (32) to the tilde (126).
 */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/**
 * An estimate of a text's width in SVG units, a little generous so that the usual fonts (Segoe
 * UI on Windows, Liberation Sans in the PDF) fit in it. Pure, so the layout is the same on the
 * screen and in print.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 32 && code <= 126) units += ASCII_WIDTHS[code - 32]!;
    else if (code === 0x2026)
      units += 1000; // …
    else if (code < 0x2e80)
      units += 600; // accented Latin, Greek, Cyrillic, punctuation
    else units += 1000; // CJK, emoji
  }
  return (units / 1000) * fontSize * (bold ? 1.12 : 1.02);
}

/** Cuts a text with an ellipsis so that it is at most `maxWidth` wide (see textWidth). */
export function fitText(text: string, maxWidth: number, fontSize: number, bold = false): string {
  // A hair of tolerance: a size computed to fit a text exactly must not cut it.
  if (textWidth(text, fontSize, bold) <= maxWidth + 0.01) return text;
  const chars = Array.from(text);
  while (chars.length > 1 && textWidth(`${chars.join('').trimEnd()}…`, fontSize, bold) > maxWidth)
    chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * Breaks a text into lines of at most `maxWidth` (see textWidth), at spaces, never cutting
 * anything off: a single word wider than a line is split where it must. SVG draws no line
 * breaks itself; each line becomes a <tspan>.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const fits = (line: string) => textWidth(line, fontSize, bold) <= maxWidth + 0.01;
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const last = lines.at(-1);
    if (last !== undefined && fits(`${last} ${word}`)) {
      lines[lines.length - 1] = `${last} ${word}`;
      continue;
    }
    // A word too long for a line of its own goes on in pieces that fill each line.
    let rest = Array.from(word);
    while (rest.length > 0) {
      let take = rest.length;
      while (take > 1 && !fits(rest.slice(0, take).join(''))) take -= 1;
      lines.push(rest.slice(0, take).join(''));
      rest = rest.slice(take);
    }
  }
  return lines;
}

/** True when wrapText kept every word whole (no word had to be split over two lines). */
export function wrappedAtSpaces(text: string, lines: readonly string[]): boolean {
  return lines.join(' ') === text.trim().split(/\s+/).join(' ');
}

/** A rectangle: top-left corner and size, in SVG units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The area two boxes share when each is grown by `margin` on every side (0 = apart). */
export function overlapArea(a: Box, b: Box, margin = 0): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) + 2 * margin;
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) + 2 * margin;
  return w > 0 && h > 0 ? w * h : 0;
}

/** Moves a box the least distance that puts it inside `bounds` (as far as it fits). */
export function keepInside(box: Box, bounds: Box): Box {
  const x = Math.max(bounds.x, Math.min(box.x, bounds.x + bounds.width - box.width));
  const y = Math.max(bounds.y, Math.min(box.y, bounds.y + bounds.height - box.height));
  return { ...box, x, y };
}

/** The shortest distance from a point to a box (0 inside it). */
export function distanceToBox(px: number, py: number, box: Box): number {
  const dx = Math.max(box.x - px, 0, px - box.x - box.width);
  const dy = Math.max(box.y - py, 0, py - box.y - box.height);
  return Math.hypot(dx, dy);
}

/** The cost of a spot as near to another point as to its own, as an overlap area. */
const AMBIGUOUS = 60;

/** A label to put next to its point (px, py), drawn as a marker of `radius`. */
export interface LabelRequest {
  px: number;
  py: number;
  width: number;
  height: number;
  radius: number;
}

/**
 * Places each label next to its point, on the first free spot among: right or left just above
 * the point's height (clear of a horizontal error bar), right or left just below, straight above
 * or below, then ever further up or down. A spot is free when it stays inside `bounds` and
 * touches no placed label and no obstacle (markers, quadrant names) and is clearly nearer to its
 * own point than to any other. When no spot is free the
 * one with the least overlap wins. Labels are placed in the order given; the result is too.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Box[],
  bounds: Box,
  margin = 2,
): Box[] {
  return placeLabelsScored(requests, obstacles, bounds, margin).map((label) => label.box);
}

/**
 * placeLabels, with each label's cost: 0 for a free spot near its point; more where it had to
 * cover something, read as another point's, or slide away (AMBIGUOUS and up).
 */
export function placeLabelsScored(
  requests: readonly LabelRequest[],
  obstacles: readonly Box[],
  bounds: Box,
  margin = 2,
): { box: Box; cost: number }[] {
  const placed: Box[] = [];
  const costs: number[] = [];
  for (const { px, py, width: w, height: h, radius } of requests) {
    // Clear of the marker even with `margin` around both.
    const d = radius + 2 * margin + 2;
    const step = h / 2 + 1;
    const candidates: Box[] = [
      { x: px + d, y: py - 2 - h, width: w, height: h },
      { x: px - d - w, y: py - 2 - h, width: w, height: h },
      { x: px + d, y: py + 2, width: w, height: h },
      { x: px - d - w, y: py + 2, width: w, height: h },
      { x: px - w / 2, y: py - d - h, width: w, height: h },
      { x: px - w / 2, y: py + d, width: w, height: h },
    ];
    for (let k = 1; k <= 16; k++) {
      for (const x of [px + d, px - d - w]) {
        candidates.push({ x, y: py - 2 - h - k * step, width: w, height: h });
        candidates.push({ x, y: py + 2 + k * step, width: w, height: h });
      }
    }
    let best: Box | null = null;
    let bestCost = Infinity;
    for (const [index, raw] of candidates.entries()) {
      const box = keepInside(raw, bounds);
      let cost = 0;
      for (const other of placed) cost += overlapArea(box, other, margin);
      for (const other of obstacles) cost += overlapArea(box, other, margin);
      // A label as near to another point as to its own would be read as that point's name
      // (a two-line label beside a point, with another point beside its first line). Points
      // whose markers touch share every spot: there the nearest label is the best there is.
      const own = distanceToBox(px, py, box);
      for (const other of requests) {
        if (Math.hypot(other.px - px, other.py - py) < 2 * radius + 4) continue;
        if (distanceToBox(other.px, other.py, box) < own + 2) cost += AMBIGUOUS;
      }
      // Slid a little to stay inside the plot is fine; slid far, the label leaves its point.
      const moved = Math.abs(box.x - raw.x) + Math.abs(box.y - raw.y);
      if (cost === 0 && moved <= h) {
        best = box;
        bestCost = 0;
        break;
      }
      cost += moved * 0.01 + index * 0.001;
      if (cost < bestCost) {
        bestCost = cost;
        best = box;
      }
    }
    placed.push(best!);
    costs.push(bestCost);
  }
  return placed.map((box, i) => ({ box, cost: costs[i]! }));
}
