import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AppEvent, Subscribe } from '../../shared/api';
import { API_METHODS, APP_EVENT_CHANNEL, IPC_CHANNEL_PREFIX } from '../../shared/apiMethods';
import {
  LANGUAGE_CHANNEL,
  MENU_COMMAND_CHANNEL,
  PARTICIPANT_MODE_CHANNEL,
  WINDOW_SHELL_GLOBAL,
  type MenuCommand,
  type WindowShell,
} from '../../shared/contracts/windowShell';

// The only bridge between page and main: one function per API method, each a single invoke.
// ipcRenderer itself is never exposed. Arguments are validated again in main.
const transport = Object.fromEntries(
  API_METHODS.map((method) => [
    method,
    (...args: unknown[]) => ipcRenderer.invoke(`${IPC_CHANNEL_PREFIX}${method}`, args),
  ]),
);

/** Listeners get what main sent, never the IPC event object (it reaches ipcRenderer). */
function listen<T>(channel: string, listener: (message: T) => void): () => void {
  const handler = (_event: IpcRendererEvent, message: T) => listener(message);
  ipcRenderer.on(channel, handler);
  return () => {
    ipcRenderer.removeListener(channel, handler);
  };
}

// What main pushes: a session changed, the live listener's status.
const onEvent: Subscribe = (listener) => listen<AppEvent>(APP_EVENT_CHANNEL, listener);

contextBridge.exposeInMainWorld('klantkompas', { ...transport, onEvent });

// The window's own bridge: participant mode and language up, menu commands and files down.
const windowShell: WindowShell = {
  participantMode: (on) => ipcRenderer.send(PARTICIPANT_MODE_CHANNEL, on === true),
  language: (language) => ipcRenderer.send(LANGUAGE_CHANNEL, language === 'en' ? 'en' : 'nl'),
  onMenuCommand: (listener) => listen<MenuCommand>(MENU_COMMAND_CHANNEL, listener),
};
contextBridge.exposeInMainWorld(WINDOW_SHELL_GLOBAL, windowShell);
