// The real built renderer, served by the real `privacyscope serve`, in Debian's Chromium:
// the About view shows what main's handlers answer, and language switching works and persists.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppPage } from './support/app-page';
import type { BridgeProcess } from './support/bridge-process';
import { ROOT, startBridgeProcess } from './support/bridge-process';
import { launchChromium } from './support/chromium';
import type { SocketFaults } from './support/socket-faults';
import { installSocketFaults } from './support/socket-faults';

const UI_TIMEOUT = { timeout: 15_000, interval: 50 };
const text = AppPage.text;

describe('About & connection view through the browser bridge', () => {
  let bridge: BridgeProcess;
  let browser: Browser;
  let context: BrowserContext;
  let app: AppPage;
  /** Used here only to count the calls the page makes. */
  let socket: SocketFaults;

  beforeAll(async () => {
    [bridge, browser] = await Promise.all([startBridgeProcess(), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await bridge?.stop();
  });

  beforeEach(async () => {
    // Start every test from the defaults, whatever the previous one chose.
    await bridge.call('settings:update', { language: 'system', theme: 'system' });
    context = await browser.newContext({ locale: 'en-US', colorScheme: 'light' });
    socket = await installSocketFaults(context);
    app = await AppPage.open(context, `${bridge.url}#/about`);
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe('About & connection');
  });

  afterEach(async () => {
    const problems = app.problems;
    await context.close();
    expect(problems, bridge.stderr()).toEqual([]);
  });

  it('shows the version and the adb status answered by the main-process handlers', async () => {
    const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const [info, adb, devices] = await Promise.all([
      bridge.call('app:info'),
      bridge.call('adb:status'),
      bridge.call('devices:list'),
    ]);

    await expect.poll(() => text(app.fact('Application', 'Version')), UI_TIMEOUT).toBe(version);
    expect(info.version).toBe(version);
    expect(await text(app.fact('Application', 'Name'))).toBe('PrivacyScope');
    expect(await text(app.fact('Application', 'Running as'))).toBe('Browser, through the bridge');
    // The CLI runs on this same Node binary, so main reports this very version.
    expect(await text(app.fact('Application', 'Node.js version'))).toBe(process.versions.node);

    // adb is installed here (CI installs it) and the bridge was pointed at a private server.
    expect(adb).toMatchObject({ found: true, serverRunning: true, serverPort: bridge.adbServer.port });
    expect(await text(app.fact('adb', 'adb found'))).toBe('Yes');
    expect(await text(app.fact('adb', 'adb path'))).toBe(adb.binaryPath ?? 'Unknown');
    expect(await text(app.fact('adb', 'adb version'))).toBe(adb.clientVersion ?? 'Unknown');
    expect(await text(app.fact('adb', 'Server port'))).toBe(String(adb.serverPort));
    const server = !adb.serverRunning
      ? 'Not running'
      : adb.serverVersion === undefined
        ? 'Running'
        : `Running (protocol ${adb.serverVersion})`;
    expect(await text(app.fact('adb', 'adb server'))).toBe(server);

    const count = app.page.getByRole('region', { name: 'Devices', exact: true }).getByRole('status');
    await expect.poll(() => text(count), UI_TIMEOUT).toBe(`Connected devices: ${devices.length}`);

    // Refresh asks main again and reports when.
    const checked = app.page.getByRole('status').filter({ hasText: /^Last checked: / });
    await checked.waitFor();
    const asked = { info: socket.calls('app:info'), adb: socket.calls('adb:status') };
    await app.button('Refresh').click();
    await expect.poll(() => socket.calls('adb:status'), UI_TIMEOUT).toBe(asked.adb + 1);
    expect(socket.calls('app:info')).toBe(asked.info + 1);
    await expect.poll(() => text(checked), UI_TIMEOUT).toMatch(/^Last checked: .+/);
    expect(await text(app.fact('Application', 'Version'))).toBe(version);
  });

  it('switches between English and 简体中文 at run time, updating <html lang>', async () => {
    expect(await app.htmlLang()).toBe('en');
    expect(await text(app.navigation('Main').getByRole('link', { name: 'Devices' }))).toBe('Devices');

    await app.select('Language').selectOption('zh-CN');
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe('关于与连接');
    expect(await app.htmlLang()).toBe('zh-CN');
    expect(await app.navigation('主导航').getByRole('link', { name: '设备', exact: true }).count()).toBe(1);
    await expect
      .poll(() => text(app.fact('应用信息', '运行方式')), UI_TIMEOUT)
      .toBe('浏览器（通过桥接服务）');
    expect(await app.button('刷新').count()).toBe(1);

    await app.select('语言').selectOption('en');
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe('About & connection');
    expect(await app.htmlLang()).toBe('en');
    expect(await app.button('Refresh').count()).toBe(1);
  });

  it('keeps the chosen language across a reload, because it is saved through settings:update', async () => {
    await app.select('Language').selectOption('zh-CN');
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe('关于与连接');
    await expect.poll(async () => (await bridge.call('settings:get')).language, UI_TIMEOUT).toBe('zh-CN');

    await app.page.reload();
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe('关于与连接');
    expect(await app.htmlLang()).toBe('zh-CN');
    expect(await app.select('语言').inputValue()).toBe('zh-CN');

    // "Follow system" goes back to the browser's language (en-US here).
    await app.select('语言').selectOption('system');
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe('About & connection');
    await expect.poll(async () => (await bridge.call('settings:get')).language, UI_TIMEOUT).toBe('system');
  });

  it('switches the theme and saves it; "system" follows prefers-color-scheme', async () => {
    const background = (): Promise<string> =>
      app.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();

    await app.select('Theme').selectOption('dark');
    await expect.poll(() => app.htmlTheme(), UI_TIMEOUT).toBe('dark');
    const dark = await background();
    expect(dark).not.toBe(light);
    await expect.poll(async () => (await bridge.call('settings:get')).theme, UI_TIMEOUT).toBe('dark');

    await app.select('Theme').selectOption('system');
    await expect.poll(() => app.htmlTheme(), UI_TIMEOUT).toBeNull();
    expect(await background()).toBe(light);
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background, UI_TIMEOUT).toBe(dark);
    // A chosen light theme wins over a dark system.
    await app.select('Theme').selectOption('light');
    await expect.poll(() => app.htmlTheme(), UI_TIMEOUT).toBe('light');
    await expect.poll(background, UI_TIMEOUT).toBe(light);
    await app.select('Theme').selectOption('system');
    await app.page.emulateMedia({ colorScheme: 'light' });
  });

  it('is keyboard operable: skip link, then the preference selects', async () => {
    const focused = (): Promise<string> =>
      app.page.evaluate(() => {
        const element = document.activeElement;
        return element ? `${element.tagName} ${element.id || (element.textContent ?? '').trim()}` : '';
      });
    await app.page.keyboard.press('Tab');
    expect(await focused()).toBe('A Skip to main content');
    await app.page.keyboard.press('Enter');
    expect(await focused()).toMatch(/^MAIN main-content/);
    expect(new URL(app.page.url()).hash).toBe('#/about');

    await app.select('Language').focus();
    await app.page.keyboard.press('ArrowDown'); // Follow system → English
    await expect.poll(() => app.select('Language').inputValue(), UI_TIMEOUT).toBe('en');
    await expect.poll(async () => (await bridge.call('settings:get')).language, UI_TIMEOUT).toBe('en');
  });

  it('navigates between views with the sidebar and moves focus to the new heading', async () => {
    const nav = app.navigation('Main');
    await nav.getByRole('link', { name: 'Apps', exact: true }).click();
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe('Apps');
    expect(new URL(app.page.url()).hash).toBe('#/apps');
    expect(await nav.getByRole('link', { name: 'Apps', exact: true }).getAttribute('aria-current')).toBe(
      'page',
    );
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.tagName), UI_TIMEOUT).toBe('H1');

    await app.page.goBack();
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe('About & connection');

    await app.page.goto(`${bridge.origin}/#/no-such-view`);
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe('Page not found');
  });
});
