import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AppEvent, Subscribe } from '../../shared/api';
import { API_METHODS, APP_EVENT_CHANNEL, IPC_CHANNEL_PREFIX } from '../../shared/apiMethods';
import {
  PARTICIPANT_MODE_CHANNEL,
  WINDOW_SHELL_GLOBAL,
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

// What main pushes (a session changed, the live listener's status): listeners get the event
// only, never the IPC event object.
const onEvent: Subscribe = (listener) => {
  const handler = (_event: IpcRendererEvent, event: AppEvent) => listener(event);
  ipcRenderer.on(APP_EVENT_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(APP_EVENT_CHANNEL, handler);
  };
};

contextBridge.exposeInMainWorld('klantkompas', { ...transport, onEvent });

// The window's own bridge: the page says when it enters and leaves participant mode.
const windowShell: WindowShell = {
  participantMode: (on) => ipcRenderer.send(PARTICIPANT_MODE_CHANNEL, on === true),
};
contextBridge.exposeInMainWorld(WINDOW_SHELL_GLOBAL, windowShell);
