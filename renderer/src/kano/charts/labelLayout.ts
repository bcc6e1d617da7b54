/**
 * Moves labels apart vertically so that no two overlap: labels are taken top to bottom and each
 * is pushed down to at least `gap` below the one before it (only labels that could touch
 * horizontally count). Returns the label y positions, in the order of `anchors`.
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
    let y = anchor.y;
    // Moving down past one label can land on another: repeat until nothing is touched.
    for (let moved = true; moved;) {
      moved = false;
      for (const other of placed) {
        const touches = anchor.x < other.x + other.width && other.x < anchor.x + anchor.width;
        if (touches && Math.abs(y - other.y) < gap) {
          y = other.y + gap;
          moved = true;
        }
      }
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
