// `BrowserWindow` of the emulated Electron: each window is a real Chromium page. It accepts only
// the locked-down webPreferences the stand-in can honour (context isolation, sandbox, no Node),
// runs the preload from `webPreferences.preload` before any page script, loads `loadFile`'s
// file through the private origin, and reports what main asked for. Closing the page closes the
// window: 'closed', then the app's 'window-all-closed' (or quit when nobody listens).
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import type { EmulatedApp } from './emulated-app';
import { PreventableEvent } from './emulated-app';
import type { EmulatedIpcMain } from './emulated-ipc-main';
import type { EmulatedSession } from './emulated-session';
import { EmulatedWebContents } from './emulated-web-contents';
import { preloadInitScript } from './preload-init-script';
import type { PreloadPlumbing } from './preload-init-script';
import { createRendererOrigin } from './renderer-origin';
import { routeRendererFiles } from './renderer-routes';
import type { EmulatorReport } from './report';

export interface WindowHost {
  readonly app: EmulatedApp;
  readonly session: EmulatedSession;
  readonly ipcMain: EmulatedIpcMain;
  /** A fresh page for a new window (Chromium must be up). */
  readonly newPage: () => Promise<Page>;
  readonly plumbing: PreloadPlumbing;
  readonly report: (report: EmulatorReport) => void;
}

export interface EmulatedWindowOptions {
  readonly width?: number;
  readonly height?: number;
  readonly show?: boolean;
  readonly webPreferences?: Readonly<Record<string, unknown>> & { readonly preload?: string };
}

export class UnsupportedWindowError extends Error {
  override readonly name = 'UnsupportedWindowError';
}

/** What the stand-in can emulate: a page without Node, whose preload is sandboxed and isolated. */
const checkPreferences = (preferences: EmulatedWindowOptions['webPreferences'] = {}): void => {
  const required: Readonly<Record<string, boolean>> = {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
  };
  for (const [name, value] of Object.entries(required)) {
    if (preferences[name] !== value) {
      throw new UnsupportedWindowError(`emulated electron: webPreferences.${name} must be ${value}`);
    }
  }
};

export const createEmulatedBrowserWindow = (host: WindowHost) => {
  let nextId = 1;
  const windows: EmulatedBrowserWindow[] = [];

  class EmulatedBrowserWindow extends EventEmitter {
    static getAllWindows(): EmulatedBrowserWindow[] {
      return [...windows];
    }

    readonly id = nextId++;
    readonly webContents: EmulatedWebContents;
    readonly #page: Promise<Page>;
    #loadingByMain = false;
    #visible = false;
    #destroyed = false;

    constructor(options: EmulatedWindowOptions) {
      super();
      if (!host.app.isReady()) throw new Error('Cannot create BrowserWindow before app is ready');
      checkPreferences(options.webPreferences);
      host.report({ kind: 'window-created', id: this.id, options: { ...options } });
      this.#page = this.#open(options);
      this.#page.catch(() => undefined);
      this.webContents = new EmulatedWebContents({
        id: this.id,
        page: this.#page,
        deliverHook: host.plumbing.deliverHook,
      });
      windows.push(this);
      host.app.emit('web-contents-created', new PreventableEvent(), this.webContents);
    }

    async #open(options: EmulatedWindowOptions): Promise<Page> {
      const page = await host.newPage();
      await page.setViewportSize({ width: options.width ?? 800, height: options.height ?? 600 });
      page.on('request', (request) =>
        host.report({ kind: 'request', url: request.url(), resourceType: request.resourceType() }),
      );
      page.on('websocket', (socket) => host.report({ kind: 'websocket', url: socket.url() }));
      page.on('console', (message) => {
        if (message.type() === 'error') host.report({ kind: 'page-problem', text: message.text() });
      });
      page.on('pageerror', (error) => host.report({ kind: 'page-problem', text: error.message }));
      page.on('popup', (popup) => this.#denyUnlessAllowed(popup));
      page.once('close', () => this.#closed());
      const preload = options.webPreferences?.preload;
      if (preload !== undefined) {
        await page.exposeBinding(
          host.plumbing.invokeBinding,
          ({ frame }, channel: string, args: unknown[]) => {
            const event = this.webContents.invokeEvent(frame);
            host.report({ kind: 'ipc-invoke', channel, senderUrl: event.senderFrame?.url ?? null });
            return host.ipcMain.invoke(event, channel, args);
          },
        );
        const preloadSource = readFileSync(preload, 'utf8');
        await page.addInitScript({ content: preloadInitScript({ ...host.plumbing, preloadSource }) });
      }
      return page;
    }

    /** Electron asks the window-open handler before a window exists; here the popup is closed after. */
    #denyUnlessAllowed(popup: Page): void {
      const handler = this.webContents.windowOpenHandler;
      const decision = handler?.({ url: this.webContents.electronUrl(popup.url()) });
      if (decision?.action !== 'allow') void popup.close().catch(() => undefined);
    }

    async loadFile(file: string): Promise<void> {
      const page = await this.#page;
      const origin = createRendererOrigin(dirname(file));
      this.webContents.origin = origin;
      const url = origin.pageUrlFor(file);
      host.report({ kind: 'load-file', id: this.id, file, url });
      await routeRendererFiles({
        page,
        origin,
        session: host.session,
        webContents: this.webContents,
        loadingByMain: () => this.#loadingByMain,
        newEvent: () => new PreventableEvent(),
        onResponse: (responseUrl, headers) => host.report({ kind: 'response', url: responseUrl, headers }),
      });
      this.#loadingByMain = true;
      try {
        await page.goto(url, { waitUntil: 'load' });
      } finally {
        this.#loadingByMain = false;
      }
      this.webContents.emit('did-finish-load');
      this.emit('ready-to-show');
    }

    /** Only the built file is emulated: a dev-server URL would need electron-vite's server. */
    async loadURL(url: string): Promise<void> {
      host.report({ kind: 'load-url', id: this.id, url });
      throw new UnsupportedWindowError(`emulated electron: loadURL(${url}) is not emulated`);
    }

    show(): void {
      this.#visible = true;
      host.report({ kind: 'window-shown', id: this.id });
    }
    focus(): void {}
    restore(): void {}
    isVisible(): boolean {
      return this.#visible;
    }
    isMinimized(): boolean {
      return false;
    }
    isDestroyed(): boolean {
      return this.#destroyed;
    }

    /** Closes the window (as the user's close button would) and resolves once it is closed. */
    async close(): Promise<void> {
      if (this.#destroyed) return;
      const closed = new Promise<void>((resolve) => this.once('closed', () => resolve()));
      await (await this.#page).close();
      await closed;
    }

    #closed(): void {
      if (this.#destroyed) return;
      this.#destroyed = true;
      this.#visible = false;
      this.webContents.destroy();
      windows.splice(windows.indexOf(this), 1);
      this.emit('closed');
      host.report({ kind: 'window-closed', id: this.id });
      if (windows.length > 0 || host.app.quitting) return;
      // Electron's default without a listener is to quit.
      if (host.app.listenerCount('window-all-closed') === 0) host.app.quit();
      else host.app.emit('window-all-closed');
    }
  }

  return EmulatedBrowserWindow;
};

export type EmulatedBrowserWindowClass = ReturnType<typeof createEmulatedBrowserWindow>;
