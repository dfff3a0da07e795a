import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  LOCKED_WEB_PREFERENCES,
  createMainWindow,
  focusWindow,
  rendererLocation,
} from '../../../main/window';
import { createFakeElectron } from '../../fakes/fake-electron';

const baseDir = join('/opt', 'PrivacyScope', 'out', 'main');

describe('rendererLocation', () => {
  it('loads the built file and trusts only that page when there is no dev server', () => {
    const location = rendererLocation({ baseDir, isPackaged: false });
    const file = join('/opt', 'PrivacyScope', 'out', 'renderer', 'index.html');
    expect(location.load).toEqual({ file });
    expect(location.appOrigin).toEqual({ kind: 'file', pageUrl: pathToFileURL(file).href });
    expect(location.preload).toBe(join('/opt', 'PrivacyScope', 'out', 'preload', 'index.js'));
  });

  it('loads the electron-vite dev server in development', () => {
    const location = rendererLocation({ baseDir, isPackaged: false, rendererUrl: 'http://localhost:5173' });
    expect(location.load).toEqual({ url: 'http://localhost:5173' });
    expect(location.appOrigin).toEqual({ kind: 'dev-server', origin: 'http://localhost:5173' });
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app and when it is not loopback http', () => {
    for (const [rendererUrl, isPackaged] of [
      ['http://localhost:5173', true],
      ['https://evil.example/', false],
      ['file:///tmp/evil.html', false],
      ['javascript:alert(1)', false],
    ] as const) {
      expect(rendererLocation({ baseDir, isPackaged, rendererUrl }).appOrigin.kind, rendererUrl).toBe('file');
    }
  });
});

describe('createMainWindow', () => {
  it('locks the webPreferences and points at the sandboxed preload', () => {
    const electron = createFakeElectron();
    const location = rendererLocation({ baseDir, isPackaged: true });
    createMainWindow({ BrowserWindow: electron.BrowserWindow, location });
    const [window] = electron.BrowserWindow.getAllWindows();
    expect(window?.options.webPreferences).toEqual({
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
      preload: location.preload,
    });
    expect(LOCKED_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(window?.loaded).toEqual([{ file: join('/opt', 'PrivacyScope', 'out', 'renderer', 'index.html') }]);
  });

  it('stays hidden until ready-to-show', () => {
    const electron = createFakeElectron();
    const location = rendererLocation({ baseDir, isPackaged: false, rendererUrl: 'http://localhost:5173/' });
    createMainWindow({ BrowserWindow: electron.BrowserWindow, location });
    const [window] = electron.BrowserWindow.getAllWindows();
    expect(window?.options['show']).toBe(false);
    expect(window?.visible).toBe(false);
    expect(window?.loaded).toEqual([{ url: 'http://localhost:5173/' }]);
    window?.emit('ready-to-show');
    expect(window?.visible).toBe(true);
  });

  it('focusWindow restores a minimised window and brings it forward', () => {
    const electron = createFakeElectron();
    const window = new electron.BrowserWindow({});
    window.minimized = true;
    focusWindow(window);
    expect(window.isMinimized()).toBe(false);
    expect(window.visible && window.focused).toBe(true);
  });
});
