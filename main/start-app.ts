// The Electron main process's lifecycle, with the electron modules passed in so tests can
// drive it with a stand-in: single instance → hardening → services → IPC → window; services
// disposed exactly once on quit. `main/index.ts` only calls this with the real modules.
import { createHandlerTable } from './ipc/handlers';
import { forwardEventsToWindows, registerIpcHandlers } from './ipc/register-electron';
import type { IpcMainLike } from './ipc/register-electron';
import type { AppServices } from './services/app-services';
import type { ComposeServicesOptions } from './services/compose-services';
import { applyDataDirOverride } from './electron-data-dir';
import type { DataDirApp } from './electron-data-dir';
import { resolveElectronNativeBinding } from './electron-native-binding';
import type { NativeBindingOptions } from './electron-native-binding';
import { installWebContentsGuards, lockDownSession, openExternalSafely } from './security';
import type { GuardedApp, GuardedSession, PreventableEvent } from './security';
import { createMainWindow, focusWindow, rendererLocation } from './window';
import type { AppWindow, AppWindowConstructor } from './window';

export interface ShellApp extends DataDirApp {
  readonly isPackaged: boolean;
  requestSingleInstanceLock(): boolean;
  whenReady(): Promise<void>;
  quit(): void;
  getPath(name: 'userData'): string;
  getAppPath(): string;
  on(event: 'web-contents-created', listener: Parameters<GuardedApp['on']>[1]): unknown;
  on(event: 'second-instance', listener: () => void): unknown;
  on(event: 'before-quit', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
}

/** The electron module objects the main process uses (the real ones, or a test stand-in). */
export interface ElectronModules {
  readonly app: ShellApp;
  readonly BrowserWindow: AppWindowConstructor & { getAllWindows(): readonly AppWindow[] };
  readonly ipcMain: IpcMainLike;
  readonly session: { readonly defaultSession: GuardedSession };
  readonly shell: { openExternal(url: string): Promise<void> };
  readonly dialog: { showErrorBox(title: string, content: string): void };
}

export interface StartAppOptions {
  readonly electron: ElectronModules;
  /** Folder of the built main bundle (out/main): `__dirname` in main/index.ts. */
  readonly baseDir: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly runtime: {
    readonly resourcesPath: string;
    readonly versions: { readonly electron?: string; readonly chrome?: string };
  };
  readonly composeServices: (options: ComposeServicesOptions) => Promise<AppServices>;
  readonly resolveNativeBinding?: (options: NativeBindingOptions) => string;
  readonly log?: (message: string, error?: unknown) => void;
  /** How long quitting waits for the services to close (default 5 s). */
  readonly disposeTimeoutMs?: number;
}

export interface StartedApp {
  readonly services: AppServices;
  readonly window: AppWindow;
  /** Closes IPC, event forwarding and the services; the same promise on every call. */
  readonly shutdown: () => Promise<void>;
}

const STARTUP_FAILED_TITLE = 'PrivacyScope could not start';

/** Resolves to the running app, or undefined when this instance quit instead of starting. */
export const startApp = async (options: StartAppOptions): Promise<StartedApp | undefined> => {
  const { app, dialog } = options.electron;
  const log = options.log ?? ((message, error) => console.error(`privacyscope: ${message}`, error ?? ''));
  const fail = (error: unknown): undefined => {
    dialog.showErrorBox(STARTUP_FAILED_TITLE, error instanceof Error ? error.message : String(error));
    app.quit();
    return undefined;
  };
  try {
    applyDataDirOverride(app, options.env);
  } catch (error) {
    // Not ready yet: showErrorBox is allowed before 'ready' (Electron docs, dialog.showErrorBox).
    return fail(error);
  }
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return undefined;
  }
  app.on('second-instance', () => {
    const [window] = options.electron.BrowserWindow.getAllWindows();
    if (window) focusWindow(window);
  });
  const location = rendererLocation({
    baseDir: options.baseDir,
    rendererUrl: options.env['ELECTRON_RENDERER_URL'],
    isPackaged: app.isPackaged,
  });
  const openExternal = (url: string) =>
    openExternalSafely(url, (safe) => options.electron.shell.openExternal(safe));
  installWebContentsGuards(app, {
    appOrigin: location.appOrigin,
    openExternal: async (url) => void (await openExternal(url)),
    onDenied: (what, url) => log(`denied ${what} ${url}`),
  });
  await app.whenReady();
  lockDownSession(options.electron.session.defaultSession);

  let services: AppServices;
  try {
    const nativeBinding = (options.resolveNativeBinding ?? resolveElectronNativeBinding)({
      isPackaged: app.isPackaged,
      resourcesPath: options.runtime.resourcesPath,
      appPath: app.getAppPath(),
      electronVersion: options.runtime.versions.electron ?? '',
    });
    services = await options.composeServices({
      shell: 'electron',
      dataDir: app.getPath('userData'),
      nativeBinding,
      openExternal,
      versions: {
        ...(options.runtime.versions.electron ? { electron: options.runtime.versions.electron } : {}),
        ...(options.runtime.versions.chrome ? { chrome: options.runtime.versions.chrome } : {}),
      },
    });
  } catch (error) {
    log('startup failed', error);
    return fail(error);
  }

  const { BrowserWindow, ipcMain } = options.electron;
  const windowContents = () => BrowserWindow.getAllWindows().map((each) => each.webContents);
  const removeHandlers = registerIpcHandlers({
    ipcMain,
    table: createHandlerTable(services),
    appOrigin: location.appOrigin,
    windowContents,
    onUnexpectedError: (error, channel) => log(`unexpected error in ${channel}`, error),
  });
  const stopForwarding = forwardEventsToWindows(services.events, windowContents);
  const shutdown = once(async () => {
    removeHandlers();
    stopForwarding();
    await withTimeout(Promise.resolve().then(services.dispose), options.disposeTimeoutMs ?? 5_000).catch(
      (error: unknown) => log('closing services failed', error),
    );
  });
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    // Hold the quit until the services (adb connections, database) are closed.
    event.preventDefault();
    void shutdown().then(() => {
      closed = true;
      app.quit();
    });
  });
  // One window, no background mode on any platform: closing it ends the app.
  app.on('window-all-closed', () => app.quit());

  const window = createMainWindow({ BrowserWindow, location });
  return { services, window, shutdown };
};

const once = (run: () => Promise<void>): (() => Promise<void>) => {
  let promise: Promise<void> | undefined;
  return () => (promise ??= run());
};

const withTimeout = (promise: Promise<void>, ms: number): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
