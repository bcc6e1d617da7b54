import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHODS, APP_EVENT_CHANNEL, IPC_CHANNEL_PREFIX } from '../../shared/apiMethods';
import {
  LANGUAGE_CHANNEL,
  MENU_COMMAND_CHANNEL,
  PARTICIPANT_MODE_CHANNEL,
  WINDOW_SHELL_GLOBAL,
  type WindowShell,
} from '../../shared/contracts/windowShell';
import { contextBridge, ipcRenderer } from './electronDouble';

vi.mock('electron', () => import('./electronDouble'));

beforeAll(async () => {
  await import('../../main/electron/preload');
});

describe('the preload (wiring against an electron test double)', () => {
  it('exposes one function per API method and the event subscription, never ipcRenderer', async () => {
    const api = contextBridge.exposed.get('klantkompas')!;
    expect(Object.keys(api).sort()).toEqual([...API_METHODS, 'onEvent'].sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    await (api.listSessions as (...args: unknown[]) => Promise<unknown>)('a', 1);
    expect(ipcRenderer.invoked.at(-1)).toEqual({
      channel: `${IPC_CHANNEL_PREFIX}listSessions`,
      args: ['a', 1],
    });
  });

  it('hands listeners only the message, and stops when asked', () => {
    const api = contextBridge.exposed.get('klantkompas')!;
    const heard: unknown[] = [];
    const stop = (api.onEvent as (listener: (e: unknown) => void) => () => void)((event) =>
      heard.push(event),
    );
    ipcRenderer.emit(
      APP_EVENT_CHANNEL,
      { sender: 'ipc internals' },
      { type: 'live', status: null },
    );
    stop();
    ipcRenderer.emit(APP_EVENT_CHANNEL, {}, { type: 'live', status: null });
    expect(heard).toEqual([{ type: 'live', status: null }]);
  });

  it('gives the window shell: participant mode and language up, menu commands down', () => {
    const shell = contextBridge.exposed.get(WINDOW_SHELL_GLOBAL) as unknown as WindowShell;
    shell.participantMode('yes' as unknown as boolean);
    shell.language('de' as 'nl');
    shell.language('en');
    expect(ipcRenderer.sent).toEqual([
      { channel: PARTICIPANT_MODE_CHANNEL, message: false },
      { channel: LANGUAGE_CHANNEL, message: 'nl' },
      { channel: LANGUAGE_CHANNEL, message: 'en' },
    ]);
    const commands: unknown[] = [];
    const stop = shell.onMenuCommand((command) => commands.push(command));
    ipcRenderer.emit(MENU_COMMAND_CHANNEL, {}, { type: 'undo' });
    stop();
    ipcRenderer.emit(MENU_COMMAND_CHANNEL, {}, { type: 'redo' });
    expect(commands).toEqual([{ type: 'undo' }]);
  });
});
