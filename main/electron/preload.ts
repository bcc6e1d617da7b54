import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, IPC_CHANNEL_PREFIX } from '../../shared/apiMethods';

// The only bridge between page and main: one function per API method, each a single invoke.
// ipcRenderer itself is never exposed. Arguments are validated again in main.
const transport = Object.fromEntries(
  API_METHODS.map((method) => [
    method,
    (...args: unknown[]) => ipcRenderer.invoke(`${IPC_CHANNEL_PREFIX}${method}`, args),
  ]),
);

contextBridge.exposeInMainWorld('klantkompas', transport);
