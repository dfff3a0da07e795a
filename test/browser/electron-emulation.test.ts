// The built app (out/main, out/preload, out/renderer) run the way `npm start` runs it, with
// Electron emulated (test/fakes/emulated-electron; Electron itself cannot be installed here):
// main's own lifecycle opens its locked-down window, the built preload exposes the API, and the
// renderer drives main's real IPC handlers — no bridge, no HTTP API, no WebSocket. In en and
// zh-CN (the locale Electron starts in): Devices → Open demo phone → scan → Overview → About,
// then closing the window quits the app, closes the services and lets the process end.
import { connect } from 'node:net';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../preload/contract';
import { openSettingsService } from '../../main/settings/settings-service';
import { RENDERER_ORIGIN } from '../fakes/emulated-electron/renderer-origin';
import type { PrivateAdbServer } from '../support/private-adb-server';
import { startPrivateAdbServer } from '../support/private-adb-server';
import { ROOT } from './support/bridge-process';
import type { EmulatedElectronProcess } from './support/emulated-electron-process';
import { launchEmulatedElectron } from './support/emulated-electron-process';
import { FlowPage, UI_TIMEOUT } from './support/flow-page';

const PAGE_FILE_URL = pathToFileURL(join(ROOT, 'out/renderer/index.html')).href;
/** What main must ask for (main/window.ts); written out here so a change to main shows up. */
const LOCKED_PREFERENCES = {
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
  preload: join(ROOT, 'out/preload/index.js'),
};
const text = FlowPage.text;

const portRefuses = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

describe.each<{ language: Language; lang: string }>([
  { language: 'en', lang: 'en_US.UTF-8' },
  { language: 'zh-CN', lang: 'zh_CN.UTF-8' },
])('the built app in emulated Electron ($lang)', ({ language, lang }) => {
  let adbServer: PrivateAdbServer;
  let dataDir: string;
  let electron: EmulatedElectronProcess;
  let app: FlowPage;
  let demoSerial = '';
  const l: FlowPage['l'] = (key, ...params) => app.l(key, ...params);

  beforeAll(async () => {
    [adbServer, dataDir] = await Promise.all([
      startPrivateAdbServer(),
      mkdtemp(join(tmpdir(), 'privacyscope-electron-emulation-')),
    ]);
    // The user's saved adb port (Settings), so main uses the private server, never 5037.
    const settings = openSettingsService({ dataDir });
    await settings.update({ adbServerPort: adbServer.port });
    settings.close();
    electron = await launchEmulatedElectron({ dataDir, lang });
    app = new FlowPage(electron.page, language);
  });

  afterAll(async () => {
    await electron?.kill();
    await adbServer?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const reportsOf = <K extends EmulatedElectronProcess['reports'][number]['kind']>(kind: K) =>
    electron.reports.filter(
      (report): report is Extract<EmulatedElectronProcess['reports'][number], { kind: K }> =>
        report.kind === kind,
    );

  it('main opens one locked-down window on the built renderer and shows it', async () => {
    const [created, ...others] = reportsOf('window-created');
    expect(others).toEqual([]);
    expect(created?.options).toMatchObject({ show: false, title: 'PrivacyScope', width: 1200, height: 800 });
    expect(created?.options['webPreferences']).toEqual(LOCKED_PREFERENCES);
    expect(reportsOf('load-file').map((report) => report.file)).toEqual([
      join(ROOT, 'out/renderer/index.html'),
    ]);
    expect(reportsOf('load-url')).toEqual([]);
    expect(reportsOf('window-shown')).toHaveLength(1);
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe(l('devices.title'));
    expect(await app.htmlLang()).toBe(language);
  });

  it('the renderer got the preload API, and only it: frozen, with the contract domains', async () => {
    const exposed = await app.page.evaluate(() => {
      const api = (window as unknown as { privacyscope?: Record<string, unknown> }).privacyscope;
      return {
        frozen: api !== undefined && Object.isFrozen(api),
        domains: Object.keys(api ?? {}).sort(),
        plumbing: Object.keys(window).filter((name) => name.startsWith('__electron')),
      };
    });
    expect(exposed.frozen).toBe(true);
    expect(exposed.domains).toEqual(
      expect.arrayContaining(['app', 'demo', 'devices', 'on', 'scan', 'settings']),
    );
    expect(exposed.plumbing).toEqual([]);
  });

  it('opens the demo phone and scans it from the UI, every call through main IPC handlers', async () => {
    await app.mainButton(l('devices.demo.open')).click();
    const open = app.main.getByRole('button', { name: app.pattern('devices.select') });
    await open.first().waitFor({ timeout: 30_000 });
    // Read independently of the app: the phone main started is on the private adb server.
    const demoOnAdb = async (): Promise<string> =>
      /^(127\.0\.0\.1:\d+)\tdevice$/m.exec((await adbServer.adb(['devices'])).stdout)?.[1] ?? '';
    await expect.poll(demoOnAdb, UI_TIMEOUT).not.toBe('');
    demoSerial = await demoOnAdb();
    await open.first().click();
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe(l('overview.title'));
    await app.page
      .getByRole('region', { name: l('overview.score.heading'), exact: true })
      .waitFor({ timeout: 60_000 });

    await app.navigate('nav.about');
    await expect
      .poll(() => text(app.fact(l('about.app.heading'), l('about.app.shell'))), UI_TIMEOUT)
      .toBe(l('about.app.shell.electron'));
    const ready = await electron.waitForReport('ready');
    expect(await text(app.fact(l('about.app.heading'), l('about.app.electron')))).toBe(ready.electronVersion);

    const invokes = reportsOf('ipc-invoke');
    expect(invokes.map((report) => report.channel)).toEqual(
      expect.arrayContaining(['app:info', 'devices:list', 'demo:start', 'scan:run']),
    );
    for (const { senderUrl } of invokes) {
      expect(senderUrl?.split('#')[0]).toBe(PAGE_FILE_URL);
    }
  });

  it('no bridge code path ran: no WebSocket, no /api, no request outside the app files', async () => {
    expect(reportsOf('websocket')).toEqual([]);
    const requests = reportsOf('request').map((report) => new URL(report.url));
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => url.origin !== RENDERER_ORIGIN).map(String)).toEqual([]);
    expect(requests.filter((url) => /^\/(api|ws)(\/|$)/.test(url.pathname)).map(String)).toEqual([]);
  });

  it("main's CSP header applies to the page, and main's sender check sees the page's frame URL", async () => {
    const [page] = reportsOf('response');
    expect(page?.headers['Content-Security-Policy']?.join()).toContain("frame-ancestors 'none'");
    expect(reportsOf('page-problem')).toEqual([]);
    const inline = await app.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.head.append(script);
      return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
    });
    expect(inline).toBe(false);
    await electron.waitForReport('page-problem', {
      where: (problem) => /Content Security Policy/.test(problem.text),
    });

    type Envelope = { ok: boolean; error?: { code: string } };
    const infoFrom = (path: string) =>
      app.page.evaluate(async (where) => {
        const back = location.href;
        history.replaceState(null, '', where);
        const api = (window as unknown as { privacyscope: { app: { info(): Promise<unknown> } } })
          .privacyscope;
        try {
          return (await api.app.info()) as Envelope;
        } finally {
          history.replaceState(null, '', back);
        }
      }, path);
    expect(await infoFrom('/other.html')).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await infoFrom('/index.html')).toMatchObject({ ok: true });
  });

  it('closing the window quits: services closed, demo phone gone, and the process ends by itself', async () => {
    await electron.page.close();
    const exit = await Promise.race([
      electron.exited,
      new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 20_000)),
    ]);
    expect(exit, electron.stderr()).toEqual({ code: 0, signal: null });
    const events = reportsOf('app-event').map(
      ({ event, prevented }) => `${event}${prevented ? ' (prevented)' : ''}`,
    );
    expect(events).toEqual(['before-quit (prevented)', 'before-quit', 'will-quit', 'quit']);
    expect(reportsOf('ipc-handlers-at-quit')).toEqual([{ kind: 'ipc-handlers-at-quit', channels: [] }]);
    expect(reportsOf('dialog')).toEqual([]);
    expect(electron.stderr()).not.toContain('closing services failed');
    // The demo phone's adbd stopped listening and the database files were closed (no WAL left).
    expect(await portRefuses(Number(demoSerial.split(':')[1]))).toBe(true);
    expect((await readdir(dataDir)).filter((name) => name.endsWith('-wal'))).toEqual([]);
  });
});
