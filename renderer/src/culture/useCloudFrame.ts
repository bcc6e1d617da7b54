import { useCallback, useLayoutEffect, useState } from 'react';
import { CLOUD_SIZE } from './WordCloud';

/** Room kept under a cloud card besides what the page has below it, in pixels. */
const SPARE = 8;
/** The picture's height as a share of its width: not flatter or taller than this. */
const MIN_ASPECT = 0.55;
const MAX_ASPECT = 1;
/** Heights go in steps of this share of the width, so a slightly resized window lays out nothing again. */
const ASPECT_STEP = 0.02;

export interface CloudFrame {
  width: number;
  height: number;
}

/** The margins, paddings and borders of an element and its ancestors under it. */
function spaceBelow(element: Element): number {
  let space = 0;
  for (let at: Element | null = element; at?.parentElement; at = at.parentElement) {
    const own = getComputedStyle(at);
    const parent = getComputedStyle(at.parentElement);
    space += parseFloat(own.marginBottom) || 0;
    space += (parseFloat(parent.paddingBottom) || 0) + (parseFloat(parent.borderBottomWidth) || 0);
  }
  return space;
}

/**
 * The picture size (the svg's viewBox) for clouds side by side in the Culture tab: as wide as
 * CLOUD_SIZE, as tall as the window leaves below the clouds' top, so that the cards reach the
 * bottom of the screen instead of leaving an empty band under a 16:10 picture. The units stay
 * about one pixel wide at 1920×1080, so a size in the picture is its size on that screen.
 * Measured from the drawn svg before the browser paints; CLOUD_SIZE while `enabled` is false
 * (two pairs compared, the table beside the cloud, cards one above the other on a narrow window).
 */
export function useCloudFrame(enabled: boolean): {
  frame: CloudFrame;
  ref: (element: HTMLElement | null) => void;
} {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [frame, setFrame] = useState<CloudFrame>(CLOUD_SIZE);
  const ref = useCallback((node: HTMLElement | null) => setElement(node), []);

  useLayoutEffect(() => {
    if (!enabled || !element) return;
    const measure = () => {
      const svgs = [...element.querySelectorAll('svg.word-cloud')];
      const first = svgs[0]?.getBoundingClientRect();
      const section = svgs[0]?.closest('section');
      const card = section?.getBoundingClientRect();
      // Side by side only: cards one above the other keep the usual picture.
      const sideBySide = svgs.every((svg) => svg.getBoundingClientRect().top === first?.top);
      if (!first || !section || !card || first.width <= 0 || !sideBySide) {
        setFrame((old) => (old === CLOUD_SIZE ? old : CLOUD_SIZE));
        return;
      }
      // What the card needs under its picture (padding, a note) and what the page has under the
      // card (its padding) stay; the rest of the window's height is the picture's.
      const below = card.bottom - first.bottom;
      const room = window.innerHeight - first.top - below - spaceBelow(section) - SPARE;
      const aspect = Math.min(
        MAX_ASPECT,
        Math.max(MIN_ASPECT, Math.floor(room / first.width / ASPECT_STEP) * ASPECT_STEP),
      );
      const height = Math.round(CLOUD_SIZE.width * aspect);
      setFrame((old) =>
        old.height === height && old.width === CLOUD_SIZE.width
          ? old
          : { width: CLOUD_SIZE.width, height },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [enabled, element]);

  return { frame: enabled ? frame : CLOUD_SIZE, ref };
}
