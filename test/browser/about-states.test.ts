// Loading, error and live-update states of the About view, on the real build and the real
// bridge, with single socket messages held back, failed or injected (see support/socket-faults).
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceSummary } from '../../preload/contract';
import { AppPage } from './support/app-page';
import type { BridgeProcess } from './support/bridge-process';
import { startBridgeProcess } from './support/bridge-process';
import { launchChromium } from './support/chromium';
import type { SocketFaults } from './support/socket-faults';
import { installSocketFaults } from './support/socket-faults';

const UI_TIMEOUT = { timeout: 15_000, interval: 50 };
const text = AppPage.text;
const phone = (serial: string): DeviceSummary => ({ serial, state: 'device', server: '127.0.0.1:5037' });

describe('About view states', () => {
  let bridge: BridgeProcess;
  let browser: Browser;
  let context: BrowserContext;
  let faults: SocketFaults;

  beforeAll(async () => {
    [bridge, browser] = await Promise.all([startBridgeProcess(), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await bridge?.stop();
  });

  beforeEach(async () => {
    await bridge.call('settings:update', { language: 'system', theme: 'system' });
    context = await browser.newContext({ locale: 'en-US' });
    faults = await installSocketFaults(context);
  });

  afterEach(async () => {
    await context.close();
  });

  it('says it is loading until main answers', async () => {
    faults.hold('app:info');
    const app = await AppPage.open(context, `${bridge.url}#/about`);
    const progress = app.page.getByRole('status').filter({ hasText: 'Loading…' });
    await progress.waitFor();
    expect(await app.fact('Application', 'Version').count()).toBe(0);

    faults.release('app:info');
    await expect.poll(() => text(app.fact('Application', 'Version')), UI_TIMEOUT).toMatch(/^\d+\.\d+\.\d+/);
    expect(await progress.count()).toBe(0);
  });

  it('explains a failed call in the chosen language, without internals, and recovers on retry', async () => {
    faults.fail('adb:status', {
      code: 'adb-unavailable',
      message: 'spawn adb ENOENT\n    at ChildProcess._handle',
    });
    const app = await AppPage.open(context, `${bridge.url}#/about`);
    const alert = app.page.getByRole('alert');
    await expect.poll(() => text(alert), UI_TIMEOUT).toContain('adb could not be found or started');
    expect(await text(alert)).not.toMatch(/ENOENT|ChildProcess|\bat\b/);

    await app.select('Language').selectOption('zh-CN');
    await expect.poll(() => text(alert), UI_TIMEOUT).toContain('找不到 adb');

    faults.release('adb:status');
    await app.button('重试').click();
    await expect.poll(() => alert.count(), UI_TIMEOUT).toBe(0);
    expect(await text(app.fact('adb', '服务端口'))).toBe(
      String((await bridge.call('adb:status')).serverPort),
    );
  });

  it('explains a failed preferences save and keeps the previous language', async () => {
    const app = await AppPage.open(context, `${bridge.url}#/about`);
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe('About & connection');
    faults.fail('settings:update', { code: 'internal', message: 'database is locked' });

    await app.select('Language').selectOption('zh-CN');
    const alert = app.page.getByRole('alert');
    await expect.poll(() => text(alert), UI_TIMEOUT).toContain('Your change could not be saved.');
    expect(await text(app.heading)).toBe('About & connection');
    expect(await app.select('Language').inputValue()).toBe('system');
    expect((await bridge.call('settings:get')).language).toBe('system');

    await app.button('Dismiss').click();
    await expect.poll(() => alert.count(), UI_TIMEOUT).toBe(0);
  });

  it('updates the device count from devices:changed push events', async () => {
    const app = await AppPage.open(context, `${bridge.url}#/about`);
    const count = app.page.getByRole('region', { name: 'Devices', exact: true }).getByRole('status');
    await expect.poll(() => text(count), UI_TIMEOUT).toMatch(/^Connected devices: \d+$/);
    await expect.poll(() => faults.calls('devices:list'), UI_TIMEOUT).toBeGreaterThan(0);

    faults.push('devices:changed', [phone('emulator-5554'), phone('R58M1234567')]);
    await expect.poll(() => text(count), UI_TIMEOUT).toBe('Connected devices: 2');
    faults.push('devices:changed', []);
    await expect.poll(() => text(count), UI_TIMEOUT).toBe('Connected devices: 0');
  });
});
