// Entry of the emulated Electron process (bundled by the test, run with plain Node): makes the
// stand-in `electron` module, sends `require('electron')` to it, loads the built main bundle
// the way `electron .` does, starts Chromium (the windows' pages; a test attaches over CDP as
// Playwright's `_electron` does), then emits 'ready'. Under Node there is no
// `process.versions.electron`; it is set to the installed Electron's version, as Electron's own
// Node has it. Options come as JSON in EMULATED_ELECTRON_OPTIONS; the locale from LANG.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { Module, createRequire } from 'node:module';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { EmulatedApp } from './emulated-app';
import { installedElectronVersion, prepareEmulatedAppPath } from './emulated-app-path';
import { createEmulatedBrowserWindow } from './emulated-browser-window';
import { EmulatedIpcMain } from './emulated-ipc-main';
import { EmulatedSession } from './emulated-session';
import { createElectronModule } from './electron-module';
import { writeReport } from './report';

export const HOST_OPTIONS_ENV = 'EMULATED_ELECTRON_OPTIONS';

export interface ElectronHostOptions {
  /** The project root: `app.getAppPath()` in development, where node_modules lives. */
  readonly root: string;
  /** The built main bundle, out/main/index.js (package.json `main`). */
  readonly mainBundle: string;
  readonly chromiumPath: string;
  readonly chromiumArgs: readonly string[];
  /** An empty folder for Chromium's profile and the app path; removed on quit. */
  readonly workDir: string;
}

/** Electron's locale on Linux comes from the environment: zh_CN.UTF-8 → zh-CN. */
export const localeFromEnv = (env: NodeJS.ProcessEnv): string => {
  const raw = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  const tag = (raw.split('.')[0] ?? '').split('@')[0]?.replace('_', '-') ?? '';
  return tag === '' || tag === 'C' || tag === 'POSIX' ? 'en-US' : tag;
};

const devToolsPort = async (userDataDir: string): Promise<number> => {
  const file = join(userDataDir, 'DevToolsActivePort');
  for (let attempt = 0; attempt < 100 && !existsSync(file); attempt += 1) await delay(50);
  const port = Number(readFileSync(file, 'utf8').split('\n')[0]);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`no DevTools port in ${file}`);
  return port;
};

type ModuleLoad = (request: string, parent: unknown, isMain: boolean) => unknown;

const runElectronHost = async (options: ElectronHostOptions): Promise<void> => {
  const work = options.workDir;
  const electronVersion = installedElectronVersion(options.root);
  Object.defineProperty(process.versions, 'electron', { value: electronVersion, enumerable: true });
  /** Chromium, once launched, and its first blank page (the first window reuses it). */
  const browser: { context?: BrowserContext; spare?: Page | undefined } = {};
  const session = new EmulatedSession();
  const ipcMain = new EmulatedIpcMain();
  const app = new EmulatedApp({
    appPath: prepareEmulatedAppPath({ root: options.root, dir: join(work, 'app'), electronVersion }),
    userData: join(work, 'user-data'),
    closeWindows: async () =>
      void (await Promise.all(BrowserWindow.getAllWindows().map((each) => each.close()))),
    shutdown: async () => {
      await browser.context?.close();
      rmSync(work, { recursive: true, force: true });
      // Electron would exit here; the emulation waits for the event loop to drain instead.
      const leftovers = setTimeout(() => {
        const resources = process.getActiveResourcesInfo().join(', ');
        process.stderr.write(`emulated electron: still running after quit, holding ${resources}\n`);
      }, 5_000);
      leftovers.unref();
    },
    onEvent: (event, prevented) => {
      writeReport({ kind: 'app-event', event, ...(prevented === undefined ? {} : { prevented }) });
      if (event === 'quit') writeReport({ kind: 'ipc-handlers-at-quit', channels: ipcMain.channels });
    },
  });
  const suffix = randomUUID().replaceAll('-', '');
  const BrowserWindow = createEmulatedBrowserWindow({
    app,
    session,
    ipcMain,
    newPage: async () => {
      if (!browser.context) throw new Error('Chromium is not running');
      const page = browser.spare ?? (await browser.context.newPage());
      browser.spare = undefined;
      return page;
    },
    plumbing: { invokeBinding: `__electronInvoke${suffix}`, deliverHook: `__electronDeliver${suffix}` },
    report: writeReport,
  });
  const electron = createElectronModule({ app, BrowserWindow, ipcMain, session, report: writeReport });
  const internals = Module as unknown as { _load: ModuleLoad };
  const load = internals._load;
  internals._load = function loadWithElectron(this: unknown, request, parent, isMain) {
    return request === 'electron' ? electron : load.call(this, request, parent, isMain);
  };

  createRequire(options.mainBundle)(options.mainBundle);

  const userDataDir = join(work, 'chromium');
  browser.context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: options.chromiumPath,
    headless: true,
    locale: localeFromEnv(process.env),
    args: [...options.chromiumArgs, '--remote-debugging-port=0'],
  });
  browser.spare = browser.context.pages()[0];
  writeReport({ kind: 'ready', cdpPort: await devToolsPort(userDataDir), electronVersion });
  app.markReady();
};

runElectronHost(JSON.parse(process.env[HOST_OPTIONS_ENV] ?? '{}') as ElectronHostOptions).catch(
  (error: unknown) => {
    writeReport({
      kind: 'fatal',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    process.exit(1);
  },
);
