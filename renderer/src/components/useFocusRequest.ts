import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Asks for the focus to move to a grid cell that may not exist yet (a new row appears only
 * after the store answers, another page renders first). After each render while a request is
 * open, the cell is looked up with `find`; once it is there it gets the focus and the request
 * is done.
 */
export function useFocusRequest<Target>(
  find: (target: Target) => HTMLElement | null | undefined,
): (target: Target | null) => void {
  const pending = useRef<Target | null>(null);
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    const target = pending.current;
    if (target === null) return;
    const element = find(target);
    if (element) {
      element.focus();
      pending.current = null;
    }
  }, [requests, find]);
  return useCallback((target: Target | null) => {
    pending.current = target;
    setRequests((n) => n + 1);
  }, []);
}
