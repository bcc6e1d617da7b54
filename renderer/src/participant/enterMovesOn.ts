import type { KeyboardEvent } from 'react';

const FIELDS = 'input:not([type="hidden"]):not(:disabled), textarea:not(:disabled)';

/**
 * Enter in a one-line field moves to the next field of the page and never hands anything in,
 * so a participant cannot send half an answer by accident ("Klaar" is the only way). In the
 * last field Enter does nothing. A textarea keeps Enter for a new line.
 */
export function enterMovesOn(event: KeyboardEvent<HTMLElement>): void {
  const field = event.target;
  if (event.key !== 'Enter' || !(field instanceof HTMLInputElement)) return;
  if (event.nativeEvent.isComposing) return;
  event.preventDefault();
  const fields = [...event.currentTarget.querySelectorAll<HTMLElement>(FIELDS)].filter(
    (element) => element.offsetParent !== null,
  );
  fields[fields.indexOf(field) + 1]?.focus();
}
