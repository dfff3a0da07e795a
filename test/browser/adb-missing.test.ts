// "adb not found" for real: the built bridge runs with a PATH that holds no adb and an adb path
// setting naming a file that does not exist (a named adb is the only one looked at), so main's
// own discovery finds nothing. The Devices view shows the install guidance per system; saving a
// working adb path in Settings (in another tab) makes the screen go away without a restart. The
// adb server port field is validated and saved the same way.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAdbBinary, systemFindAdbOptions } from '../../main/adb/adb-binary';
import { AppPage } from './support/app-page';
import type { BridgeProcess } from './support/bridge-process';
import { SCREENSHOT_DIR, startBridgeProcess } from './support/bridge-process';
import { launchChromium } from './support/chromium';

const UI_TIMEOUT = { timeout: 30_000, interval: 100 };
const MISSING_ADB = '/nonexistent/privacyscope-test/adb';
const text = AppPage.text;

describe('adb missing, through the browser bridge', () => {
  let bridge: BridgeProcess;
  let browser: Browser;
  let context: BrowserContext;
  let emptyDir: string;
  let realAdb: string;

  beforeAll(async () => {
    const found = await findAdbBinary(systemFindAdbOptions());
    if (found === undefined) throw new Error('these tests need adb on this machine');
    realAdb = found.path;
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    emptyDir = await mkdtemp(join(tmpdir(), 'privacyscope-no-adb-'));
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: emptyDir };
    delete env['ANDROID_HOME'];
    delete env['ANDROID_SDK_ROOT'];
    [bridge, browser] = await Promise.all([
      startBridgeProcess({ env, settings: { adbPath: MISSING_ADB, language: 'en', theme: 'light' } }),
      launchChromium(),
    ]);
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await bridge?.stop();
    if (emptyDir !== undefined) await rm(emptyDir, { recursive: true, force: true });
  });

  it('shows install guidance, and goes away once Settings names a working adb', async () => {
    const status = await bridge.call('adb:status');
    expect(status).toMatchObject({ found: false, problem: { code: 'adb-unavailable' } });

    const devices = await AppPage.open(context, bridge.url);
    const alert = devices.page.getByRole('alert').filter({ hasText: 'adb was not found' });
    await alert.waitFor({ timeout: 30_000 });
    const body = await text(alert);
    expect(body).toContain('Debian / Ubuntu (this computer)');
    for (const command of [
      'sudo apt install adb',
      'sudo dnf install android-tools',
      'winget install Google.PlatformTools',
      'brew install --cask android-platform-tools',
    ])
      expect(body).toContain(command);
    expect(body).toContain(MISSING_ADB);
    await devices.page.screenshot({
      path: join(SCREENSHOT_DIR, 'devices-adb-missing-en.png'),
      fullPage: true,
    });

    // The fix, made in a second tab; the first one is told by the bridge and updates by itself.
    const settings = await AppPage.open(context, `${bridge.origin}/#/settings`);
    const path = settings.page.getByRole('textbox', { name: 'Path to adb', exact: true });
    await expect.poll(() => path.inputValue(), UI_TIMEOUT).toBe(MISSING_ADB);
    await path.fill(realAdb);
    await settings.button('Save').click();
    await expect
      .poll(() => text(settings.page.getByRole('status').filter({ hasText: 'Settings saved.' })), UI_TIMEOUT)
      .toBe('Settings saved.');

    await expect.poll(() => alert.count(), UI_TIMEOUT).toBe(0);
    await devices.page.getByRole('heading', { name: 'Connected phones', exact: true }).waitFor();
    // Still the adb server this run was started with (`--adb-port`), never the user's 5037.
    expect(await bridge.call('adb:status')).toMatchObject({
      found: true,
      binaryPath: realAdb,
      serverRunning: true,
      serverPort: bridge.adbServer.port,
    });
    expect(status.serverPort).toBe(bridge.adbServer.port);

    // The port is a setting too: checked before it is sent, applied at once when saved.
    const port = settings.page.getByRole('textbox', { name: 'adb server port', exact: true });
    expect(await port.inputValue()).toBe('5037');
    await port.fill('80');
    await settings.button('Save').click();
    await expect
      .poll(() => text(settings.page.getByRole('alert')), UI_TIMEOUT)
      .toBe('Enter a port from 1024 to 65535.');
    await port.fill(String(bridge.adbServer.port));
    await settings.button('Save').click();
    await expect
      .poll(async () => (await bridge.call('settings:get')).adbServerPort, UI_TIMEOUT)
      .toBe(bridge.adbServer.port);
    expect(await bridge.call('adb:status')).toMatchObject({ found: true, serverPort: bridge.adbServer.port });
    expect([...devices.problems, ...settings.problems], bridge.stderr()).toEqual([]);
  });
});
