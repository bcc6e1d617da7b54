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
  };
}

/**
 * The layouts of clouds shown together at one scale (the current and the desired cloud), and
 * whether they are the layouts of exactly these words. Large clouds show their previous layouts
 * (or nothing) until the new ones are done: `ready` is false meanwhile.
 */
export function useCloudLayouts(
  sides: readonly (readonly CloudWord[])[],
  options: CloudOptions,
): { layouts: CloudLayout[]; ready: boolean } {
  const { width, height, fontFamily, fontWeight, minDrawnSize } = options;
  // Lay out again only when what is drawn changes, not on every render with equal data.
  const signature = JSON.stringify(sides.map((side) => side.map((w) => [w.key, w.word, w.count])));
  const words = useMemo(() => sidesOf(signature), [signature]);
  const inSteps = words.some((side) => side.length > LAYOUT_AT_ONCE_WORDS);
  const layoutKey = `${width}×${height}×${minDrawnSize}:${signature}`;

  const atOnce = useMemo(
    () =>
      inSteps ? null : layoutClouds(words, { width, height, fontFamily, fontWeight, minDrawnSize }),
    [inSteps, words, width, height, fontFamily, fontWeight, minDrawnSize],
  );
  const [stepped, setStepped] = useState<{ key: string; layouts: CloudLayout[] } | null>(null);
  useEffect(() => {
    if (!inSteps) return;
    return layoutCloudsInSteps(
      words,
      { width, height, fontFamily, fontWeight, minDrawnSize },
      (layouts) => setStepped({ key: layoutKey, layouts }),
    );
  }, [inSteps, words, width, height, fontFamily, fontWeight, minDrawnSize, layoutKey]);

  if (atOnce) return { layouts: atOnce, ready: true };
  const empty = emptyLayout(options);
  return {
    layouts: words.map((_, index) => stepped?.layouts[index] ?? empty),
    ready: stepped?.key === layoutKey,
  };
}
