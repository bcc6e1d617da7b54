/**
 * Which key presses participant mode refuses. One rule for both sides: the page applies it to
 * its keydown events (browser mode and desktop), the Electron main process to the window's
 * input before the page and the menu see it (there the focus is unknown: it passes
 * `inTextField: true`, so only the page refuses Backspace and Cmd+arrows outside a text box).
 */

/** The parts of a key press that decide whether it would take the window off the participant page. */
export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  /** The focus is in a text box, where Backspace and the arrows edit text. */
  inTextField: boolean;
}

/** Keys that navigate on their own (a keyboard's or a remote's browser keys). */
const BROWSER_KEYS = new Set(['BrowserBack', 'BrowserForward', 'BrowserRefresh', 'BrowserHome']);

/**
 * Ctrl (Cmd on a Mac) + this letter: reload (R), close (W), new window or tab (N, T), history
 * (H), downloads (J), open a file (O), view source (U), quit (Q). Ctrl+Shift+I/J/C opens the
 * developer tools, where every answer can be read. Copy, paste, cut, select all and undo in a
 * text box are not in this list.
 */
const COMMAND_LETTERS = new Set(['r', 'w', 'n', 't', 'h', 'j', 'o', 'u', 'q']);
const DEVTOOLS_LETTERS = new Set(['i', 'j', 'c']);

/**
 * True for a key press that would leave or reload the participant page, or open something
 * beside it: Back and Forward (Alt+←/→, Cmd+[ / Cmd+], Backspace outside a text box), reload
 * (F5, Ctrl+R), closing and new windows, and the developer tools (F12).
 */
export function isLeavingKey(press: KeyPress): boolean {
  const { key, altKey, ctrlKey, metaKey, shiftKey, inTextField } = press;
  const letter = key.length === 1 ? key.toLowerCase() : '';
  const command = ctrlKey || metaKey;
  if (BROWSER_KEYS.has(key)) return true;
  if (key === 'F5' || key === 'F12') return true;
  if (key === 'Backspace' && !inTextField && !altKey && !command) return true;
  // Back and forward; Alt+Home is the home page. (Alt+← also moves by word on a Mac: a small
  // loss in a page of one-word boxes.)
  if (altKey && !command && ['ArrowLeft', 'ArrowRight', 'Home', 'F4'].includes(key)) return true;
  if (metaKey && (key === '[' || key === ']')) return true;
  if (metaKey && !inTextField && (key === 'ArrowLeft' || key === 'ArrowRight')) return true;
  if (command && !altKey && COMMAND_LETTERS.has(letter)) return true;
  if (command && shiftKey && DEVTOOLS_LETTERS.has(letter)) return true;
  if (metaKey && altKey && DEVTOOLS_LETTERS.has(letter)) return true;
  return false;
}
