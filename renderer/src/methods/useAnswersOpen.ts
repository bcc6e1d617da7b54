import { useState, type RefObject } from 'react';

type Opened = { key: string; because: 'asked' | 'empty' } | null;

/**
 * Whether a view of individual answers is open while the results are hidden (MethodTab).
 *
 * - Opening ("Toon invoer") holds for this view while the results stay hidden: leaving the view,
 *   revealing or hiding the results closes it again, and so does participant mode (the tab is
 *   mounted afresh after it).
 * - A view entered while nobody has answered yet is open by itself, so typing in the first paper
 *   forms needs no click; the first answer typed in it (the focus is in the view) keeps it open
 *   as if asked. A first answer that arrives from elsewhere instead (phones, participant mode in
 *   another window, a CSV import from the bar) closes it: the empty view may be on the projector.
 *
 * Every change is made while rendering, never in an effect, so not one frame shows answers that
 * should be closed. `view` holds the view's elements, to tell the facilitator's own typing (the
 * focus is in the view) from answers arriving.
 */
export function useAnswersOpen(
  viewId: string,
  revealed: boolean,
  count: number,
  view: RefObject<HTMLElement | null>,
): [boolean, (open: boolean) => void] {
  const key = `${viewId}:${String(revealed)}`;
  const whenEmpty = (): Opened => (count === 0 ? { key, because: 'empty' } : null);
  const [opened, setOpened] = useState<Opened>(whenEmpty);
  const [seen, setSeen] = useState({ key, count });

  if (seen.key !== key) {
    setSeen({ key, count });
    setOpened(whenEmpty());
  } else if (seen.count !== count) {
    setSeen({ key, count });
    if (opened?.because === 'empty' && count > seen.count) {
      // The facilitator's own first answer opens the view for good; any other first answer
      // closes it.
      const typedHere = view.current?.contains(document.activeElement) ?? false;
      setOpened(typedHere ? { key, because: 'asked' } : null);
    }
  }

  const open = opened !== null && opened.key === key;
  return [open, (value) => setOpened(value ? { key, because: 'asked' } : null)];
}
