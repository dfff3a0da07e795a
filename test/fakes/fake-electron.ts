// A stand-in for the `electron` module (Electron cannot run here). It behaves like the parts
// the app uses — windows emit 'web-contents-created', app.quit() emits a preventable
// 'before-quit', ipcMain.handle stores handlers a test can invoke with any sender frame —
// and records what the app did to it. Use with `vi.mock('electron', () => fakeElectronModule())`.
import { EventEmitter } from 'node:events';

export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly url?: string) {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

type WindowOpenHandler = (details: { url: string }) => { action: string };
let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly mainFrame: FakeFrame = { url: 'about:blank', parent: null };
  windowOpenHandler: WindowOpenHandler | undefined;
  destroyed = false;

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Emits a preventable navigation event the way Electron does; returns the event. */
  navigate(kind: 'will-navigate' | 'will-redirect', url: string): FakeEvent {
    const event = new FakeEvent(url);
    this.emit(kind, event, url);
    return event;
  }
  frameNavigate(url: string): FakeEvent {
    const event = new FakeEvent(url);
    this.emit('will-frame-navigate', event);
    return event;
  }
  attachWebview(): FakeEvent {
    const event = new FakeEvent();
    this.emit('will-attach-webview', event, {}, {});
    return event;
  }
  openWindow(url: string): { action: string } {
    if (!this.windowOpenHandler) throw new Error('no window open handler: Electron would allow it');
    return this.windowOpenHandler({ url });
  }
}

export class FakeApp extends EventEmitter {
  isPackaged = false;
  gotLock = true;
  appPath = '/fake/app';
  readonly paths = new Map<string, string>([['userData', '/fake/user-data']]);
  quitCalls = 0;
  /** True once a quit went through (no before-quit listener prevented it). */
  quitted = false;
  #ready: () => void = () => undefined;
  readonly #readyPromise = new Promise<void>((resolve) => (this.#ready = resolve));

  requestSingleInstanceLock(): boolean {
    return this.gotLock;
  }
  whenReady(): Promise<void> {
    return this.#readyPromise;
  }
  /** Makes whenReady() resolve, as Electron does once it finished initialising. */
  ready(): void {
    this.#ready();
  }
  getPath(name: string): string {
    const path = this.paths.get(name);
    if (path === undefined) throw new Error(`unknown path ${name}`);
    return path;
  }
  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }
  getAppPath(): string {
    return this.appPath;
  }
  quit(): void {
    this.quitCalls += 1;
    const event = new FakeEvent();
    this.emit('before-quit', event);
    if (!event.defaultPrevented) this.quitted = true;
  }
}

export type FakeWindowOptions = {
  readonly webPreferences?: Readonly<Record<string, unknown>>;
  readonly show?: boolean;
  readonly title?: string;
  readonly width?: number;
  readonly height?: number;
};

export const createFakeBrowserWindow = (app: FakeApp) =>
  class FakeBrowserWindow extends EventEmitter {
    static readonly windows: FakeBrowserWindow[] = [];
    static getAllWindows(): FakeBrowserWindow[] {
      return [...FakeBrowserWindow.windows];
    }
    readonly webContents = new FakeWebContents();
    readonly loaded: { url?: string; file?: string }[] = [];
    visible = false;
    focused = false;
    minimized = false;
    destroyed = false;

    constructor(readonly options: FakeWindowOptions) {
      super();
      FakeBrowserWindow.windows.push(this);
      app.emit('web-contents-created', new FakeEvent(), this.webContents);
    }
    async loadURL(url: string): Promise<void> {
      this.loaded.push({ url });
      this.webContents.mainFrame.url = url;
    }
    async loadFile(file: string): Promise<void> {
      this.loaded.push({ file });
      this.webContents.mainFrame.url = new URL(`file://${file}`).href;
    }
    show(): void {
      this.visible = true;
    }
    focus(): void {
      this.focused = true;
    }
    restore(): void {
      this.minimized = false;
    }
    isMinimized(): boolean {
      return this.minimized;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    close(): void {
      this.destroyed = true;
      this.webContents.destroyed = true;
      FakeBrowserWindow.windows.splice(FakeBrowserWindow.windows.indexOf(this), 1);
      this.emit('closed');
      if (FakeBrowserWindow.windows.length === 0) app.emit('window-all-closed');
    }
  };

/** What ipcMain.handle listeners receive as their event: who sent the call. */
export type FakeInvokeEvent = {
  readonly sender: { readonly id: number };
  readonly senderFrame: FakeFrame | null;
};
type InvokeHandler = (event: FakeInvokeEvent, ...args: unknown[]) => unknown;

export class FakeIpcMain {
  readonly handlers = new Map<string, InvokeHandler>();
  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** Calls a handler as ipcRenderer.invoke from `sender` would. */
  async invoke(channel: string, from: FakeInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(from, ...args);
  }
}

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;
type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void,
) => void;

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | undefined;
  permissionCheckHandler: ((contents: unknown, permission: string) => boolean) | undefined;
  headersListener: HeadersListener | undefined;
  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener) => {
      this.headersListener = listener;
    },
  };
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void {
    this.permissionCheckHandler = handler;
  }
}

export class FakeIpcRenderer extends EventEmitter {
  readonly invocations: { channel: string; args: unknown[] }[] = [];
  respond: (channel: string, ...args: unknown[]) => unknown = () => ({ ok: true, value: null });
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return this.respond(channel, ...args);
  }
}

/** A fresh, self-consistent electron stand-in. */
export const createFakeElectron = () => {
  const app = new FakeApp();
  const exposed = new Map<string, unknown>();
  return {
    app,
    BrowserWindow: createFakeBrowserWindow(app),
    ipcMain: new FakeIpcMain(),
    ipcRenderer: new FakeIpcRenderer(),
    session: { defaultSession: new FakeSession() },
    shell: {
      opened: [] as string[],
      async openExternal(url: string): Promise<void> {
        this.opened.push(url);
      },
    },
    dialog: {
      errors: [] as { title: string; content: string }[],
      showErrorBox(title: string, content: string): void {
        this.errors.push({ title, content });
      },
    },
    contextBridge: {
      exposed,
      exposeInMainWorld(name: string, value: unknown): void {
        if (exposed.has(name)) throw new Error(`Cannot bind an API on top of an existing property: ${name}`);
        exposed.set(name, value);
      },
    },
  };
};
export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** The instance `vi.mock('electron', …)` hands out; tests import it to drive and inspect. */
export const fakeElectron: FakeElectron = createFakeElectron();
