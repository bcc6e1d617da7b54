import { useEffect, useMemo, useState } from 'react';
import {
  layoutCloud,
  layoutCloudInSteps,
  type CloudLayout,
  type CloudOptions,
  type CloudWord,
} from './cloudLayout';

/**
 * Up to this many words a cloud is laid out at once, while it is drawn (tens of milliseconds);
 * more words, as a large session gives (600 words take several hundred milliseconds), are laid
 * out in slices after drawing, so the window keeps responding.
 */
export const LAYOUT_AT_ONCE_WORDS = 150;

const NO_WORDS: CloudLayout = {
  width: 0,
  height: 0,
  placed: [],
  notShown: 0,
  attempts: 0,
  bounds: { x0: 0, y0: 0, x1: 0, y1: 0 },
};

/** The words back from their signature: the layout depends on exactly these fields. */
function wordsOf(signature: string): CloudWord[] {
  return (JSON.parse(signature) as [string, string, number][]).map(([key, word, count]) => ({
    key,
    word,
    count,
  }));
}

/**
 * The cloud's layout for the words in `signature` (JSON of [key, word, count]), and whether it
 * is the layout of exactly these words. A large cloud shows its previous layout (or nothing)
 * until the new one is done: `ready` is false meanwhile.
 */
export function useCloudLayout(
  signature: string,
  options: CloudOptions,
): { layout: CloudLayout; ready: boolean } {
  const { width, height, fontFamily, fontWeight } = options;
  const words = useMemo(() => wordsOf(signature), [signature]);
  const inSteps = words.length > LAYOUT_AT_ONCE_WORDS;
  const layoutKey = `${width}×${height}:${signature}`;

  const atOnce = useMemo(
    () => (inSteps ? null : layoutCloud(words, { width, height, fontFamily, fontWeight })),
    [inSteps, words, width, height, fontFamily, fontWeight],
  );
  const [stepped, setStepped] = useState<{ key: string; layout: CloudLayout } | null>(null);
  useEffect(() => {
    if (!inSteps) return;
    return layoutCloudInSteps(words, { width, height, fontFamily, fontWeight }, (layout) =>
      setStepped({ key: layoutKey, layout }),
    );
  }, [inSteps, words, width, height, fontFamily, fontWeight, layoutKey]);

  if (atOnce) return { layout: atOnce, ready: true };
  return { layout: stepped?.layout ?? NO_WORDS, ready: stepped?.key === layoutKey };
}
