import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { windowShellOf } from '../../../shared/contracts/windowShell';
import { newId } from '../../../shared/ids';
import { isLeavingKey } from '../../../shared/participantModeKeys';

/** The mouse's side buttons (MouseEvent.button): Back and Forward. */
const SIDE_BUTTONS = new Set([3, 4]);

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'number', 'password']);

function inTextField(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

const windowShell = () => windowShellOf(window);

/**
 * Holds the window on the participant page for as long as it is mounted: the keys and mouse
 * buttons that go back, forward, reload or close are refused, leaving the page asks first, the
 * desktop app's main process is told (it holds the window in kiosk mode), and whatever moves
 * the address anyway (`history.back()`, a swipe) is undone by pushing the participant page again.
 * Mounted by ParticipantModeGate while this window is in participant mode.
 */
export function ParticipantModeGuards({ path }: { path: string }) {
  useRefusedInput();
  useStayOnPath(path);
  return null;
}

function useRefusedInput(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const press = {
        key: event.key,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        inTextField: inTextField(event.target),
      };
      if (isLeavingKey(press)) event.preventDefault();
    };
    // Chromium goes back or forward when a side button is released, unless the page cancels it.
    const onMouse = (event: MouseEvent) => {
      if (SIDE_BUTTONS.has(event.button)) event.preventDefault();
    };
    // Closing or reloading anyway (the browser's own menu, a window manager): ask first.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('keydown', onKey, true);
    for (const type of ['mousedown', 'mouseup', 'auxclick'] as const) {
      window.addEventListener(type, onMouse, true);
    }
    window.addEventListener('beforeunload', onBeforeUnload);
    document.documentElement.classList.add('in-participant-mode');
    windowShell()?.participantMode(true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      for (const type of ['mousedown', 'mouseup', 'auxclick'] as const) {
        window.removeEventListener(type, onMouse, true);
      }
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.documentElement.classList.remove('in-participant-mode');
      windowShell()?.participantMode(false);
    };
  }, []);
}

/**
 * Every address change while in participant mode (Back, Forward, a typed or scripted address)
 * pushes the participant page again, marked with a fresh token. So the page on screen never
 * changes (the gate keeps rendering it, with the participant's half-filled answer), and there is
 * always one of our own entries behind the current one for the next Back to land on.
 */
function useStayOnPath(path: string): void {
  const location = useLocation();
  const navigate = useNavigate();
  const token = useRef<string | null>(null);
  useEffect(() => {
    const state = location.state as { participantGuard?: unknown } | null;
    const ours = token.current !== null && state?.participantGuard === token.current;
    if (ours && location.pathname === path && location.search === '') return;
    token.current = newId();
    void navigate(path, { state: { participantGuard: token.current } });
  }, [location, path, navigate]);
}
