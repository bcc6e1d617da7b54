import { useEffect, useRef } from 'react';
import {
  windowShellOf,
  type MenuCommand,
  type MenuCommandType,
} from '../../../shared/contracts/windowShell';

type CommandOf<T extends MenuCommandType> = Extract<MenuCommand, { type: T }>;

/**
 * Runs `handler` when the desktop app's menu sends this command to the page (never in browser
 * mode, which has no menu: its buttons and keys do the same). The newest handler runs, so it
 * may use the component's current state.
 */
export function useMenuCommand<T extends MenuCommandType>(
  type: T,
  handler: (command: CommandOf<T>) => void,
): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const shell = windowShellOf(window);
    if (!shell) return;
    return shell.onMenuCommand((command) => {
      if (command.type === type) latest.current(command as CommandOf<T>);
    });
  }, [type]);
}

/** Whether the keyboard focus is in a field that has its own undo (text typed). */
export function focusInTextField(): boolean {
  const element = document.activeElement;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'file', 'range', 'color'].includes(
      element.type,
    );
  }
  return element instanceof HTMLElement && element.isContentEditable;
}
