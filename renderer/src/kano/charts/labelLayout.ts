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

/** Shortens a long name for a chart label (the full name is in the SVG <title>). */
export function shortLabel(name: string, max = 30): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}
