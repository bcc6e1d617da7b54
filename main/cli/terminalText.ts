/**
 * C0 and C1 control characters except tab and newline: ESC (colours, cursor moves, OSC titles
 * and hyperlinks), BEL, carriage return (which overwrites what was printed), DEL and the 8-bit
 * CSI. Session names, words and CSV headers are typed by anyone, so the CLI never lets them
 * steer the terminal.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * The text with every control character written as a visible `\uXXXX`. Inside JSON output
 * that is the standard escape of the same character, so `--json` stays valid and exact.
 */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
