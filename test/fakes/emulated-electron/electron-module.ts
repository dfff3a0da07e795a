// The object `require('electron')` returns inside the emulated main process: app, BrowserWindow,
// ipcMain, session, shell and dialog. Any other export main reaches for throws, so the test
// fails loudly the day main starts using an API the stand-in does not emulate.
import type { EmulatedApp } from './emulated-app';
import type { EmulatedBrowserWindowClass } from './emulated-browser-window';
import type { EmulatedIpcMain } from './emulated-ipc-main';
import type { EmulatedSession } from './emulated-session';
import type { EmulatorReport } from './report';

export interface EmulatedElectronParts {
  readonly app: EmulatedApp;
  readonly BrowserWindow: EmulatedBrowserWindowClass;
  readonly ipcMain: EmulatedIpcMain;
  readonly session: EmulatedSession;
  readonly report: (report: EmulatorReport) => void;
}

export class NotEmulatedError extends Error {
  override readonly name = 'NotEmulatedError';
}

export const createElectronModule = (parts: EmulatedElectronParts): Record<string, unknown> => {
  const exports: Record<string, unknown> = {
    app: parts.app,
    BrowserWindow: parts.BrowserWindow,
    ipcMain: parts.ipcMain,
    session: { defaultSession: parts.session },
    // Never opens anything: the test only needs to know it was asked.
    shell: {
      openExternal: async (url: string): Promise<void> => {
        parts.report({ kind: 'app-event', event: `open-external ${url}` });
      },
    },
    dialog: {
      showErrorBox: (title: string, content: string): void => {
        parts.report({ kind: 'dialog', title, content });
        process.stderr.write(`${title}: ${content}\n`);
      },
    },
  };
  return new Proxy(exports, {
    get(target, key) {
      if (typeof key === 'symbol' || key in target) return target[key as string];
      if (key === '__esModule' || key === 'default' || key === 'then') return undefined;
      throw new NotEmulatedError(`emulated electron: '${key}' is not emulated`);
    },
  });
};
