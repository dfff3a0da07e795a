// main/index.ts itself, with the electron stand-in in place of the real module.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeElectron } from '../../fakes/fake-electron';
import type { FakeElectron } from '../../fakes/fake-electron';

const current = vi.hoisted(() => ({ electron: undefined as unknown as FakeElectron, composed: 0 }));
// The mocked module is created once per file; its getters hand out each test's fresh stand-in.
vi.mock('electron', () => ({
  get app() {
    return current.electron.app;
  },
  get BrowserWindow() {
    return current.electron.BrowserWindow;
  },
  get dialog() {
    return current.electron.dialog;
  },
  get ipcMain() {
    return current.electron.ipcMain;
  },
  get session() {
    return current.electron.session;
  },
  get shell() {
    return current.electron.shell;
  },
}));
vi.mock('../../../main/services/compose-services', () => ({
  composeServices: async () => {
    current.composed += 1;
    throw new Error('composeServices must not run in this test');
  },
}));

describe('main/index.ts', () => {
  let electron: FakeElectron;
  let appPath: string;

  beforeEach(() => {
    vi.resetModules();
    electron = createFakeElectron();
    current.electron = electron;
    current.composed = 0;
    appPath = mkdtempSync(join(tmpdir(), 'privacyscope-index-'));
    electron.app.appPath = appPath;
  });
  afterEach(() => rmSync(appPath, { recursive: true, force: true }));

  it('quits when another instance already runs', async () => {
    electron.app.gotLock = false;
    await import('../../../main/index');
    expect(electron.app.quitCalls).toBe(1);
    expect(electron.app.quitted).toBe(true);
    electron.app.ready();
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(electron.BrowserWindow.getAllWindows()).toEqual([]);
    expect(current.composed).toBe(0);
  });

  it('without the Electron-ABI better-sqlite3 build, says what to run and quits', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await import('../../../main/index');
    electron.app.ready();
    await vi.waitFor(() => expect(electron.app.quitted).toBe(true));
    expect(electron.dialog.errors).toEqual([
      {
        title: 'PrivacyScope could not start',
        content: 'Electron binary/ABI build missing: run `npm run rebuild:electron` (needs internet)',
      },
    ]);
    expect(current.composed).toBe(0);
    expect(electron.BrowserWindow.getAllWindows()).toEqual([]);
    expect(logged).toHaveBeenCalledWith('privacyscope: startup failed', expect.any(Error));
    logged.mockRestore();
  });
});
