import { useEffect, useMemo, useState } from 'react';
import {
  layoutClouds,
  layoutCloudsInSteps,
  type CloudLayout,
  type CloudOptions,
  type CloudWord,
} from './cloudLayout';

/**
 * Up to this many words in a cloud, the clouds are laid out at once, while they are drawn (tens
 * of milliseconds); more words, as a large session gives (600 words take several hundred
 * milliseconds), are laid out in slices after drawing, so the window keeps responding.
 */
export const LAYOUT_AT_ONCE_WORDS = 150;

/** The words back from their signature: the layout depends on exactly these fields. */
function sidesOf(signature: string): CloudWord[][] {
  return (JSON.parse(signature) as [string, string, number][][]).map((side) =>
    side.map(([key, word, count]) => ({ key, word, count })),
  );
}

/** A cloud without words, until its layout is done. */
export function emptyLayout(options: CloudOptions): CloudLayout {
  return {
    width: options.width,
    height: options.height,
    placed: [],
    notShown: 0,
    attempts: 0,
    bounds: { x0: 0, y0: 0, x1: 0, y1: 0 },
    scale: { unit: 0, floor: 0, factor: 1, zoom: 1 },
    view: { zoom: 1, x: 0, y: 0 },
    laidOut: [],
  };
}

/**
 * The last layouts of each live view (by its `placesKey`), so that the next layout of the same
 * clouds keeps the words in their places (layoutClouds' `previous`). Outside React state on
 * purpose: it is a hint for the next layout, never something to draw.
 */
const lastLayouts = new Map<string, CloudLayout[]>();
const MAX_VIEWS = 16;

function remember(placesKey: string | undefined, layouts: CloudLayout[]): void {
  if (!placesKey) return;
  lastLayouts.delete(placesKey);
  if (lastLayouts.size >= MAX_VIEWS) {
    const oldest = lastLayouts.keys().next().value;
    if (oldest !== undefined) lastLayouts.delete(oldest);
  }
  lastLayouts.set(placesKey, layouts);
}

/**
 * The layouts of clouds shown together at one scale (the current and the desired cloud), and
 * whether they are the layouts of exactly these words. Large clouds show their previous layouts
 * (or nothing) until the new ones are done: `ready` is false meanwhile.
 *
 * `placesKey` names a live view (the Culture tab's clouds of one group, the projector): its
 * next layout starts from its last one, so that words keep their places when a participant is
 * added. Without it (the report), the layout depends on the words alone.
 */
export function useCloudLayouts(
  sides: readonly (readonly CloudWord[])[],
  options: CloudOptions,
  placesKey?: string,
): { layouts: CloudLayout[]; ready: boolean } {
  const { width, height, fontFamily, fontWeight, minDrawnSize } = options;
  // Lay out again only when what is drawn changes, not on every render with equal data.
  const signature = JSON.stringify(sides.map((side) => side.map((w) => [w.key, w.word, w.count])));
  const words = useMemo(() => sidesOf(signature), [signature]);
  const inSteps = words.some((side) => side.length > LAYOUT_AT_ONCE_WORDS);
  const layoutKey = `${width}×${height}×${minDrawnSize}:${signature}`;

  const atOnce = useMemo(() => {
    if (inSteps) return null;
    const previous = placesKey ? lastLayouts.get(placesKey) : undefined;
    const layouts = layoutClouds(
      words,
      { width, height, fontFamily, fontWeight, minDrawnSize },
      previous,
    );
    remember(placesKey, layouts);
    return layouts;
  }, [inSteps, words, width, height, fontFamily, fontWeight, minDrawnSize, placesKey]);
  const [stepped, setStepped] = useState<{ key: string; layouts: CloudLayout[] } | null>(null);
  useEffect(() => {
    if (!inSteps) return;
    return layoutCloudsInSteps(
      words,
      { width, height, fontFamily, fontWeight, minDrawnSize },
      placesKey ? lastLayouts.get(placesKey) : undefined,
      (layouts) => {
        remember(placesKey, layouts);
        setStepped({ key: layoutKey, layouts });
      },
    );
  }, [inSteps, words, width, height, fontFamily, fontWeight, minDrawnSize, layoutKey, placesKey]);

  if (atOnce) return { layouts: atOnce, ready: true };
  const empty = emptyLayout(options);
  return {
    layouts: words.map((_, index) => stepped?.layouts[index] ?? empty),
    ready: stepped?.key === layoutKey,
  };
}
