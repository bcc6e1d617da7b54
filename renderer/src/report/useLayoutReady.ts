import { useEffect, useState, type RefObject } from 'react';
import { CHART_PENDING_SELECTOR } from '../../../shared/contracts/printRoute';

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * True once `content` (null while loading) is rendered inside `root`, the fonts are loaded,
 * no chart still says it is laying itself out (CHART_READY_ATTRIBUTE) and the browser has painted that state: only then may the
 * page be printed.
 */
export function useLayoutReady(root: RefObject<HTMLElement | null>, content: unknown): boolean {
  const [readyFor, setReadyFor] = useState<unknown>(null);
  useEffect(() => {
    const element = root.current;
    if (!element || content === null) return;
    let cancelled = false;
    const settle = async () => {
      await document.fonts.ready;
      // Two frames: the first lets React commit pending updates, the second is painted.
      await nextFrame();
      await nextFrame();
      if (!cancelled && !element.querySelector(CHART_PENDING_SELECTOR)) setReadyFor(content);
    };
    const observer = new MutationObserver(() => void settle());
    observer.observe(element, { subtree: true, childList: true, attributes: true });
    void settle();
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, [root, content]);
  return content !== null && readyFor === content;
}
