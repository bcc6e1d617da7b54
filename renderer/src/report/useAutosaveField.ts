import { useEffect, useRef } from 'react';

const AUTOSAVE_DELAY_MS = 600;

/**
 * A text field that saves while the facilitator types (shortly after the last key) and at
 * once when it loses focus, so closing the window never loses more than a moment of typing.
 * The field stays uncontrolled; a change from elsewhere (undo, redo) is written into it only
 * while it is not being edited, so the cursor never jumps.
 */
export function useAutosaveField<E extends HTMLInputElement | HTMLTextAreaElement>(
  stored: string,
  save: (value: string) => void,
  normalise: (value: string) => string = (value) => value,
) {
  const ref = useRef<E>(null);
  const timer = useRef<number | undefined>(undefined);
  // The value last known to be stored, for a save that fires after later renders.
  const latest = useRef(stored);

  useEffect(() => {
    latest.current = stored;
    const field = ref.current;
    if (field && document.activeElement !== field && field.value !== stored) field.value = stored;
  }, [stored]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const flush = () => {
    window.clearTimeout(timer.current);
    const value = normalise(ref.current?.value ?? latest.current);
    if (value !== latest.current) {
      latest.current = value;
      save(value);
    }
  };

  return {
    ref,
    defaultValue: stored,
    onInput: () => {
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, AUTOSAVE_DELAY_MS);
    },
    onBlur: flush,
  };
}
