// The one application window: locked-down webPreferences, the sandboxed preload, and the
// renderer from the electron-vite dev server (development) or the built file.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { devServerOrigin } from './trusted-url';
import type { AppOrigin } from './trusted-url';

/** Never loosen these: see the Electron security checklist (`docs/tutorial/security.md`). */
export const LOCKED_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
} as const;

export interface WindowOptionsLike {
  readonly width: number;
  readonly height: number;
  readonly minWidth: number;
  readonly minHeight: number;
  readonly show: boolean;
  readonly title: string;
  readonly webPreferences: typeof LOCKED_WEB_PREFERENCES & { readonly preload: string };
}

/** The part of Electron's BrowserWindow the app uses. */
export interface AppWindow {
  readonly webContents: {
    readonly id: number;
    send(channel: string, ...args: unknown[]): void;
    isDestroyed(): boolean;
  };
  loadURL(url: string): Promise<void>;
  loadFile(filePath: string): Promise<void>;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  focus(): void;
  restore(): void;
  isMinimized(): boolean;
  isDestroyed(): boolean;
}

export type AppWindowConstructor = new (options: WindowOptionsLike) => AppWindow;

/** Where the renderer comes from. `baseDir` is the folder of the built main (out/main). */
export interface RendererLocation {
  readonly appOrigin: AppOrigin;
  readonly load: { readonly url: string } | { readonly file: string };
  readonly preload: string;
}

export interface RendererLocationOptions {
  readonly baseDir: string;
  /** `process.env.ELECTRON_RENDERER_URL` (set by `electron-vite dev`); ignored when packaged. */
  readonly rendererUrl?: string | undefined;
  readonly isPackaged: boolean;
}

export const rendererLocation = (options: RendererLocationOptions): RendererLocation => {
  const preload = join(options.baseDir, '..', 'preload', 'index.js');
  const origin = options.isPackaged ? undefined : devServerOrigin(options.rendererUrl);
  if (origin !== undefined && options.rendererUrl !== undefined) {
    return { appOrigin: { kind: 'dev-server', origin }, load: { url: options.rendererUrl }, preload };
  }
  const file = join(options.baseDir, '..', 'renderer', 'index.html');
  return { appOrigin: { kind: 'file', pageUrl: pathToFileURL(file).href }, load: { file }, preload };
};

export interface CreateWindowOptions {
  readonly BrowserWindow: AppWindowConstructor;
  readonly location: RendererLocation;
}

export const createMainWindow = (options: CreateWindowOptions): AppWindow => {
  const { location } = options;
  const window = new options.BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'PrivacyScope',
    webPreferences: { ...LOCKED_WEB_PREFERENCES, preload: location.preload },
  });
  window.once('ready-to-show', () => window.show());
  // Load failures surface as 'did-fail-load'; the promise rejection itself carries nothing more.
  const loading =
    'url' in location.load ? window.loadURL(location.load.url) : window.loadFile(location.load.file);
  void loading.catch(() => undefined);
  return window;
};

/** Brings the window to the front (second instance started). */
export const focusWindow = (window: AppWindow): void => {
  if (window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
};
