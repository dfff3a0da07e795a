import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/content-security-policy';
import { EventHub } from '../../../main/services/event-hub';
import type { AppServices } from '../../../main/services/app-services';
import type { ComposeServicesOptions } from '../../../main/services/compose-services';
import { startApp } from '../../../main/start-app';
import type { StartAppOptions } from '../../../main/start-app';
import { EVENT_IPC_CHANNEL } from '../../../preload/contract';
import { createFakeElectron } from '../../fakes/fake-electron';

const baseDir = join('/opt', 'PrivacyScope', 'out', 'main');

const harness = (overrides: Partial<StartAppOptions> = {}, dispose?: () => Promise<void>) => {
  const electron = createFakeElectron();
  const composed: ComposeServicesOptions[] = [];
  const logs: string[] = [];
  let disposals = 0;
  const services: AppServices = {
    info: () => ({
      name: 'PrivacyScope',
      version: '0.1.0',
      shell: 'electron',
      platform: 'linux',
      versions: { node: '20' },
    }),
    adb: {
      status: async () => ({ found: false, serverRunning: false, serverPort: 5037 }),
      listDevices: async () => [],
    },
    settings: {
      get: async () => ({ language: 'system', theme: 'system', adbServerPort: 5037 }),
      update: async () => ({ language: 'system', theme: 'system', adbServerPort: 5037 }),
    },
    events: new EventHub(),
    openExternal: async () => false,
    dispose: async () => {
      disposals += 1;
      await dispose?.();
    },
  };
  const options: StartAppOptions = {
    electron,
    baseDir,
    env: {},
    runtime: {
      resourcesPath: '/opt/PrivacyScope/resources',
      versions: { electron: '45.5.0', chrome: '142.0.0.0' },
    },
    composeServices: async (given) => {
      composed.push(given);
      return services;
    },
    resolveNativeBinding: () => '/native/better_sqlite3.node',
    log: (message) => void logs.push(message),
    ...overrides,
  };
  return { electron, composed, logs, services, options, disposals: () => disposals };
};

/** Starts the app the way Electron would: the ready event comes after startApp began. */
const launch = async (h: ReturnType<typeof harness>) => {
  const starting = startApp(h.options);
  h.electron.app.ready();
  return starting;
};

describe('startApp', () => {
  it('quits at once when another instance holds the single-instance lock', async () => {
    const h = harness();
    h.electron.app.gotLock = false;
    // Not made ready: a refused instance must not wait for 'ready' nor build anything.
    await expect(startApp(h.options)).resolves.toBeUndefined();
    expect(h.electron.app.quitCalls).toBe(1);
    expect(h.electron.app.quitted).toBe(true);
    expect(h.composed).toEqual([]);
    expect(h.electron.BrowserWindow.getAllWindows()).toEqual([]);
  });

  it('a second instance brings the existing window forward', async () => {
    const h = harness();
    await launch(h);
    const [window] = h.electron.BrowserWindow.getAllWindows();
    if (!window) throw new Error('no window');
    window.minimized = true;
    h.electron.app.emit('second-instance', {}, ['privacyscope'], '/');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
  });

  it('composes the services for Electron with the userData folder, native binding and versions', async () => {
    const h = harness();
    const started = await launch(h);
    expect(started?.services).toBe(h.services);
    expect(h.composed).toEqual([
      {
        shell: 'electron',
        dataDir: '/fake/user-data',
        nativeBinding: '/native/better_sqlite3.node',
        openExternal: expect.any(Function),
        versions: { electron: '45.5.0', chrome: '142.0.0.0' },
      },
    ]);
    const { openExternal } = h.composed[0] ?? {};
    expect(await openExternal?.('https://developer.android.com/')).toBe(true);
    expect(await openExternal?.('http://developer.android.com/')).toBe(false);
    expect(await openExternal?.('file:///etc/passwd')).toBe(false);
    expect(h.electron.shell.opened).toEqual(['https://developer.android.com/']);
  });

  it('PRIVACYSCOPE_DATA_DIR replaces userData before the lock is taken; a relative one refuses to start', async () => {
    const h = harness({ env: { PRIVACYSCOPE_DATA_DIR: '/tmp/e2e-profile' } });
    await launch(h);
    expect(h.composed[0]?.dataDir).toBe('/tmp/e2e-profile');

    const bad = harness({ env: { PRIVACYSCOPE_DATA_DIR: 'relative/dir' } });
    await expect(launch(bad)).resolves.toBeUndefined();
    expect(bad.electron.dialog.errors[0]?.content).toMatch(/must be an absolute path/);
    expect(bad.electron.app.quitted).toBe(true);
  });

  it('loads the built renderer into one locked-down, guarded window', async () => {
    const h = harness();
    await launch(h);
    const windows = h.electron.BrowserWindow.getAllWindows();
    expect(windows).toHaveLength(1);
    const [window] = windows;
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(window?.loaded).toEqual([{ file: join('/opt', 'PrivacyScope', 'out', 'renderer', 'index.html') }]);
    // The guards were attached through 'web-contents-created', as for any web contents.
    expect(window?.webContents.navigate('will-navigate', 'https://evil.example/').defaultPrevented).toBe(
      true,
    );
    expect(window?.webContents.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(window?.webContents.attachWebview().defaultPrevented).toBe(true);
    // And the session: permissions denied, CSP header added.
    const session = h.electron.session.defaultSession;
    const granted: boolean[] = [];
    session.permissionRequestHandler?.(window?.webContents, 'media', (answer) => granted.push(answer));
    expect(granted).toEqual([false]);
    expect(session.permissionCheckHandler?.(window?.webContents, 'notifications')).toBe(false);
    const headers: Record<string, string[]>[] = [];
    session.headersListener?.({ responseHeaders: {} }, ({ responseHeaders }) =>
      headers.push(responseHeaders),
    );
    expect(headers[0]?.['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('serves the handler table over IPC to the app window only', async () => {
    const h = harness();
    await launch(h);
    const [window] = h.electron.BrowserWindow.getAllWindows();
    if (!window) throw new Error('no window');
    const fromApp = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    expect(await h.electron.ipcMain.invoke('app:info', fromApp)).toEqual({
      ok: true,
      value: expect.objectContaining({ name: 'PrivacyScope' }),
    });
    expect(await h.electron.ipcMain.invoke('settings:update', fromApp, { theme: 'blue' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    const fromElsewhere = {
      sender: window.webContents,
      senderFrame: { url: 'https://evil.example/', parent: null },
    };
    expect(await h.electron.ipcMain.invoke('app:info', fromElsewhere)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });

  it('forwards service events to the window', async () => {
    const h = harness();
    await launch(h);
    const [window] = h.electron.BrowserWindow.getAllWindows();
    h.services.events.emit('task:progress', {
      taskId: 'scan-1',
      phase: 'packages',
      fraction: 0.5,
      done: false,
    });
    expect(window?.webContents.sent).toEqual([
      {
        channel: EVENT_IPC_CHANNEL,
        args: [
          {
            event: 'task:progress',
            payload: { taskId: 'scan-1', phase: 'packages', fraction: 0.5, done: false },
          },
        ],
      },
    ]);
  });

  it('closing the window disposes the services exactly once, then quits', async () => {
    const h = harness();
    await launch(h);
    const { app, BrowserWindow, ipcMain } = h.electron;
    BrowserWindow.getAllWindows()[0]?.close();
    // The first quit is held until the services are closed.
    expect(app.quitted).toBe(false);
    app.quit();
    app.emit('before-quit', { preventDefault: () => undefined });
    await vi.waitFor(() => expect(app.quitted).toBe(true));
    expect(h.disposals()).toBe(1);
    app.quit();
    expect(h.disposals()).toBe(1);
    expect(ipcMain.handlers.size).toBe(0);
    expect(h.services.events.size).toBe(0);
  });

  it('quits even when the services do not close in time', async () => {
    const h = harness({ disposeTimeoutMs: 10 }, () => new Promise<void>(() => undefined));
    await launch(h);
    h.electron.app.quit();
    await vi.waitFor(() => expect(h.electron.app.quitted).toBe(true));
    expect(h.logs).toContain('closing services failed');
  });

  describe('when the Electron-ABI build of better-sqlite3 is missing', () => {
    let appPath: string;
    afterEach(() => rmSync(appPath, { recursive: true, force: true }));

    it('shows exactly what to run, quits, and opens no window', async () => {
      appPath = mkdtempSync(join(tmpdir(), 'privacyscope-app-'));
      const { resolveNativeBinding: _unused, ...rest } = harness().options;
      const h = harness();
      h.electron.app.appPath = appPath;
      const options = { ...rest, electron: h.electron, composeServices: h.options.composeServices };
      const starting = startApp(options);
      h.electron.app.ready();
      await expect(starting).resolves.toBeUndefined();
      expect(h.electron.dialog.errors).toEqual([
        {
          title: 'PrivacyScope could not start',
          content: 'Electron binary/ABI build missing: run `npm run rebuild:electron` (needs internet)',
        },
      ]);
      expect(h.electron.app.quitted).toBe(true);
      expect(h.composed).toEqual([]);
      expect(h.electron.BrowserWindow.getAllWindows()).toEqual([]);
    });
  });

  it('a failure while composing the services is shown and the app quits', async () => {
    const h = harness({ composeServices: () => Promise.reject(new Error('database is locked')) });
    await expect(launch(h)).resolves.toBeUndefined();
    expect(h.electron.dialog.errors).toEqual([
      { title: 'PrivacyScope could not start', content: 'database is locked' },
    ]);
    expect(h.electron.app.quitted).toBe(true);
    expect(h.electron.ipcMain.handlers.size).toBe(0);
  });
});
