import { describe, expect, it } from 'vitest';
import { isLeavingKey, type KeyPress } from '../../shared/participantModeKeys';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  inTextField: false,
  ...extra,
});

describe('isLeavingKey: the keys participant mode refuses', () => {
  it.each([
    ['Alt+←', press('ArrowLeft', { altKey: true })],
    ['Alt+→', press('ArrowRight', { altKey: true })],
    ['Alt+← in a text box', press('ArrowLeft', { altKey: true, inTextField: true })],
    ['Cmd+[', press('[', { metaKey: true })],
    ['Cmd+]', press(']', { metaKey: true })],
    ['Cmd+← outside a text box', press('ArrowLeft', { metaKey: true })],
    ['Backspace outside a text box', press('Backspace')],
    ['the keyboard’s Back key', press('BrowserBack')],
    ['F5', press('F5')],
    ['F5 in a text box', press('F5', { inTextField: true })],
    ['Ctrl+R', press('r', { ctrlKey: true })],
    ['Ctrl+Shift+R', press('R', { ctrlKey: true, shiftKey: true })],
    ['Cmd+R', press('r', { metaKey: true })],
    ['Ctrl+W', press('w', { ctrlKey: true })],
    ['Cmd+Q', press('q', { metaKey: true })],
    ['Alt+F4', press('F4', { altKey: true })],
    ['Ctrl+N', press('n', { ctrlKey: true })],
    ['F12', press('F12')],
    ['Ctrl+Shift+I', press('I', { ctrlKey: true, shiftKey: true })],
  ])('refuses %s', (_name, key) => {
    expect(isLeavingKey(key)).toBe(true);
  });

  it.each([
    ['Backspace in a text box', press('Backspace', { inTextField: true })],
    [
      'Cmd+← in a text box (start of the line)',
      press('ArrowLeft', { metaKey: true, inTextField: true }),
    ],
    ['Enter', press('Enter')],
    ['Tab', press('Tab')],
    ['a letter', press('r')],
    ['Ctrl+C', press('c', { ctrlKey: true, inTextField: true })],
    ['Ctrl+V', press('v', { ctrlKey: true, inTextField: true })],
    ['Ctrl+A', press('a', { ctrlKey: true, inTextField: true })],
    ['Ctrl+Z', press('z', { ctrlKey: true, inTextField: true })],
    // AltGr is Ctrl+Alt on Windows: AltGr+Q types "@" on a German keyboard.
    ['AltGr+Q', press('@', { ctrlKey: true, altKey: true, inTextField: true })],
    ['AltGr+R', press('r', { ctrlKey: true, altKey: true, inTextField: true })],
    ['an arrow', press('ArrowLeft')],
  ])('lets %s through', (_name, key) => {
    expect(isLeavingKey(key)).toBe(false);
  });
});
