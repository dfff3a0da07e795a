// Runs the built preload (out/preload/index.js, CommonJS) in the window's page before any page
// script, the way Electron runs a sandboxed preload: `require` knows only 'electron', which
// offers `contextBridge` and `ipcRenderer`. `ipcRenderer.invoke` goes to main's ipcMain handlers
// through a Playwright binding; main's `webContents.send` comes back through a hidden hook.
// Difference from Electron: the preload shares the page's JavaScript world (Playwright cannot
// give it an isolated one), so `exposeInMainWorld` freezes a copy instead of crossing worlds,
// and the binding is removed from `window` before the renderer's scripts run.

export interface PreloadPlumbing {
  /** Name of the Playwright binding that carries `ipcRenderer.invoke` to main. */
  readonly invokeBinding: string;
  /** Name of the non-enumerable function main's `webContents.send` calls in the page. */
  readonly deliverHook: string;
}

type CommonJsBody = (
  require: (name: string) => unknown,
  module: { exports: unknown },
  exports: unknown,
) => void;
type Listener = (event: unknown, ...args: unknown[]) => void;

/** Serialised into the page: must not use anything from this module's scope. */
const runInPage = (plumbing: PreloadPlumbing, body: CommonJsBody): void => {
  // nodeIntegrationInSubFrames is off: the preload runs in the main frame only.
  if (window.top !== window) return;
  const page = window as unknown as Record<string, unknown>;
  const send = page[plumbing.invokeBinding] as (channel: string, args: unknown[]) => Promise<unknown>;
  delete page[plumbing.invokeBinding];
  const listeners = new Map<string, Listener[]>();
  const ipcRenderer = {
    invoke: (channel: string, ...args: unknown[]): Promise<unknown> => send(channel, args),
    on(channel: string, listener: Listener) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      return ipcRenderer;
    },
    removeListener(channel: string, listener: Listener) {
      const list = listeners.get(channel) ?? [];
      const index = list.indexOf(listener);
      if (index >= 0) listeners.set(channel, list.toSpliced(index, 1));
      return ipcRenderer;
    },
  };
  Object.defineProperty(page, plumbing.deliverHook, {
    enumerable: false,
    value: (channel: string, args: unknown[]) => {
      for (const listener of listeners.get(channel) ?? []) {
        try {
          listener({ sender: ipcRenderer }, ...args);
        } catch (error) {
          console.error(error);
        }
      }
    },
  });
  const copy = (value: unknown): unknown => {
    if (typeof value === 'function')
      return (...args: unknown[]) => (value as (...a: unknown[]) => unknown)(...args);
    if (Array.isArray(value)) return Object.freeze(value.map(copy));
    if (typeof value === 'object' && value !== null) {
      return Object.freeze(Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copy(item)])));
    }
    return value;
  };
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      if (key in page)
        throw new Error('Cannot bind an API on top of an existing property on the window object');
      Object.defineProperty(page, key, { value: copy(api), enumerable: true });
    },
  };
  const electron = new Proxy({ contextBridge, ipcRenderer } as Record<string | symbol, unknown>, {
    get(target, key) {
      if (key in target || typeof key === 'symbol' || key === '__esModule') return target[key];
      throw new Error(`emulated electron: '${key}' is not available to the preload`);
    },
  });
  const require = (name: string): unknown => {
    if (name === 'electron') return electron;
    throw new Error(`module not found: ${name}`);
  };
  const module = { exports: {} };
  try {
    body(require, module, module.exports);
  } catch (error) {
    console.error('Unable to load preload script', error);
  }
};

/** The init script: the page-side `electron`, then the preload's own source as a CommonJS body. */
export const preloadInitScript = (options: PreloadPlumbing & { readonly preloadSource: string }): string => {
  const plumbing: PreloadPlumbing = {
    invokeBinding: options.invokeBinding,
    deliverHook: options.deliverHook,
  };
  return `(${runInPage.toString()})(${JSON.stringify(plumbing)}, function (require, module, exports) {\n${options.preloadSource}\n});`;
};
