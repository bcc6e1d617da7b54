import { useEffect, useState } from 'react';

/**
 * How many of `total` rows to draw now: `step` at once, then `step` more in each following
 * task until all are there. A long list of rows full of fields (the 600 words of a large
 * session) is then drawn in slices the window responds between; a short one at once, as before.
 * The count only grows, so a list that changes later is drawn whole, without flicker.
 */
export function useProgressiveCount(total: number, step: number): number {
  const [count, setCount] = useState(step);
  useEffect(() => {
    if (count >= total) return;
    const timer = window.setTimeout(() => setCount((drawn) => drawn + step), 0);
    return () => window.clearTimeout(timer);
  }, [count, total, step]);
  return Math.min(count, total);
}
