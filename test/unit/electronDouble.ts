/**
 * A small test double of the `electron` module: just enough of its API for the main process
 * and the preload to load and wire themselves, recording what they ask for. It checks our
 * wiring (handlers, window options, menu, file opening), never Electron's own behaviour.
 */
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';

type Listener = (...args: never[]) => unknown;

class Emitter extends EventEmitter {
  /** Runs the listeners of `event` as Electron would, with a preventable event first. */
  fire(event: string, ...args: unknown[]): { defaultPrevented: boolean } {
    const electronEvent = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    this.emit(event, electronEvent, ...args);
    return electronEvent;
  }
}

export class FakeWebContents extends Emitter {
  url = '';
  zoomLevel = 0;
  destroyed = false;
  sent: { channel: string; message: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(channel: string, message: unknown) {
    this.sent.push({ channel, message });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  getURL() {
    return this.url;
  }
  setZoomLevel(level: number) {
    this.zoomLevel = level;
  }
  getZoomLevel() {
    return this.zoomLevel;
  }
  isDestroyed() {
    return this.destroyed;
  }
  closeDevTools() {}
  /** What the page answers to executeJavaScript (the PDF export asks whether the report is ready). */
  scriptResult: unknown = undefined;
  scripts: string[] = [];
  async executeJavaScript(code: string) {
    this.scripts.push(code);
    return this.scriptResult;
  }
  /** The bytes printToPDF returns, and the options it was asked with. */
  static pdfBytes: Uint8Array = new Uint8Array();
  printOptions: unknown[] = [];
  async printToPDF(options: unknown) {
    this.printOptions.push(options);
    return Buffer.from(FakeWebContents.pdfBytes);
  }
}

export class BrowserWindow extends Emitter {
  static all: BrowserWindow[] = [];
  static focused: BrowserWindow | null = null;
  static getAllWindows() {
    return BrowserWindow.all.filter((w) => !w.destroyed);
  }
  static getFocusedWindow() {
    return BrowserWindow.focused;
  }
  static fromWebContents(contents: FakeWebContents) {
    return BrowserWindow.all.find((w) => w.webContents === contents) ?? null;
  }

  readonly webContents = new FakeWebContents();
  destroyed = false;
  kiosk = false;
  loaded: { file: string; hash?: string } | null = null;
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.all.push(this);
  }
  async loadFile(file: string, options?: { hash?: string }) {
    this.loaded = { file, ...(options?.hash ? { hash: options.hash } : {}) };
    this.webContents.url = pathToFileURL(file).href + (options?.hash ? `#${options.hash}` : '');
    this.webContents.emit('did-finish-load');
  }
  show() {}
  focus() {
    BrowserWindow.focused = this;
    this.emit('focus');
  }
  isMinimized() {
    return false;
  }
  restore() {}
  maximize() {}
  isMaximized() {
    return false;
  }
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.destroyed = true;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1280, height: 800 };
  }
  setKiosk(on: boolean) {
    this.kiosk = on;
  }
  setMenuBarVisibility() {}
  setFullScreen() {}
}

export const app = Object.assign(new Emitter(), {
  name: 'Klantkompas',
  userData: tmpdir(),
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  getPath: () => app.userData,
  getVersion: () => '0.1.0-test',
  quit: () => {},
  exit: () => {},
});

/** ipcMain: handlers per channel (counted) and one-way listeners. */
export const ipcMain = Object.assign(new EventEmitter(), {
  handlers: new Map<string, Listener>(),
  handleCount: new Map<string, number>(),
  handle(channel: string, handler: Listener) {
    this.handlers.set(channel, handler);
    this.handleCount.set(channel, (this.handleCount.get(channel) ?? 0) + 1);
  },
});

export const dialog = {
  errors: [] as string[],
  openPaths: [] as string[],
  showErrorBox: (_title: string, message: string) => void dialog.errors.push(message),
  showOpenDialog: async () => ({
    canceled: dialog.openPaths.length === 0,
    filePaths: dialog.openPaths,
  }),
  messageBoxes: [] as unknown[],
  showMessageBox: async (...args: unknown[]) => {
    dialog.messageBoxes.push(args.at(-1));
    return { response: 0 };
  },
  /** Where the save dialog "saves"; null = the facilitator cancels. */
  savePath: null as string | null,
  showSaveDialog: async () =>
    dialog.savePath === null ? { canceled: true } : { canceled: false, filePath: dialog.savePath },
};

export const Menu = {
  current: null as { template: unknown[] } | null,
  buildFromTemplate: (template: unknown[]) => ({ template }),
  setApplicationMenu(menu: { template: unknown[] }) {
    Menu.current = menu;
  },
};

export const screen = {
  getPrimaryDisplay: () => screen.getAllDisplays()[0]!,
  getAllDisplays: () => [
    {
      id: 1,
      bounds: { x: 0, y: 0, width: 1920, height: 1080 },
      workArea: { x: 0, y: 0, width: 1920, height: 1040 },
    },
  ],
};

export const session = {
  defaultSession: {
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    setPermissionRequestHandler(handler: Listener) {
      this.permissionRequest = handler;
    },
    setPermissionCheckHandler(handler: Listener) {
      this.permissionCheck = handler;
    },
  },
};

export const shell = {
  opened: [] as string[],
  openPath: async (path: string) => {
    shell.opened.push(path);
    return '';
  },
};

/** The preload's side. */
export const contextBridge = {
  exposed: new Map<string, Record<string, unknown>>(),
  exposeInMainWorld(name: string, value: Record<string, unknown>) {
    contextBridge.exposed.set(name, value);
  },
};

export const ipcRenderer = Object.assign(new EventEmitter(), {
  invoked: [] as { channel: string; args: unknown }[],
  sent: [] as { channel: string; message: unknown }[],
  invoke: async (channel: string, args: unknown) => {
    ipcRenderer.invoked.push({ channel, args });
    return { ok: true, value: null };
  },
  send(channel: string, message: unknown) {
    ipcRenderer.sent.push({ channel, message });
  },
});

export default {
  app,
  BrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu,
  screen,
  session,
  shell,
};
