// The Devices view on the real build, through the real bridge and a private real adb server:
// the demo phone (a virtual phone the bridge starts), a virtual phone that has not allowed USB
// debugging. Screenshots in en and zh-CN. ("adb not found" for real: adb-missing.test.ts.)
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchVirtualPhone } from '../../main/virtual-phone/launch-virtual-phone';
import type { LaunchedVirtualPhone } from '../../main/virtual-phone/launch-virtual-phone';
import { AppPage } from './support/app-page';
import type { BridgeProcess } from './support/bridge-process';
import { SCREENSHOT_DIR, startBridgeProcess } from './support/bridge-process';
import { launchChromium } from './support/chromium';

const UI_TIMEOUT = { timeout: 30_000, interval: 100 };
const SCREENSHOTS = SCREENSHOT_DIR;
const text = AppPage.text;

describe('Devices view through the browser bridge', () => {
  let bridge: BridgeProcess;
  let browser: Browser;
  let context: BrowserContext;
  let app: AppPage;
  const phones: LaunchedVirtualPhone[] = [];

  beforeAll(async () => {
    [bridge, browser] = await Promise.all([startBridgeProcess(), launchChromium()]);
    await mkdir(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await bridge?.stop();
    await Promise.all(phones.map((phone) => phone.phone.close()));
  });

  beforeEach(async () => {
    await bridge.call('settings:update', { language: 'en', theme: 'light' });
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  });

  afterEach(async () => {
    const problems = app?.problems ?? [];
    await context.close();
    expect(problems, bridge.stderr()).toEqual([]);
  });

  const devicesTable = (name: string) => app.page.getByRole('table', { name, exact: true });

  it('is the first screen; "Open demo phone" starts a virtual phone that appears in the list', async () => {
    app = await AppPage.open(context, bridge.url);
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe('Devices');
    expect(await app.select('Demo profile').inputValue()).toBe('cn-flagship-14');

    await app.button('Open demo phone').click();
    const row = devicesTable('Connected phones')
      .getByRole('row')
      .filter({ hasText: 'Demo phone (cn-flagship-14)' });
    await row.waitFor({ timeout: 30_000 });
    await expect.poll(() => text(row.getByRole('cell').first()), UI_TIMEOUT).toBe('Ready');
    expect(await text(row.getByRole('rowheader'))).toMatch(/^Xiaomi 23127PN0CC\s+127\.0\.0\.1:\d+/);
    expect(await text(row.getByRole('cell').nth(1))).toBe('Android 14 (API 34)');
    const [demo] = (await bridge.call('devices:list')).filter(
      (device) => device.demoProfile === 'cn-flagship-14',
    );
    expect(demo?.state).toBe('device');
    expect(await row.getByRole('button', { name: 'Open Xiaomi 23127PN0CC' }).count()).toBe(1);
    await app.page.screenshot({ path: join(SCREENSHOTS, 'devices-en.png'), fullPage: true });

    await app.select('Language').selectOption('zh-CN');
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe('设备');
    const zhRow = devicesTable('已连接的手机')
      .getByRole('row')
      .filter({ hasText: '演示手机（cn-flagship-14）' });
    expect(await text(zhRow.getByRole('cell').first())).toBe('就绪');
    expect(await zhRow.getByRole('button', { name: '打开 Xiaomi 23127PN0CC' }).count()).toBe(1);
    await app.page.screenshot({ path: join(SCREENSHOTS, 'devices-zh-CN.png'), fullPage: true });

    // Stopping it removes it from adb's list, and from the page (live).
    await zhRow.getByRole('button', { name: `关闭演示手机 ${demo?.serial ?? ''}` }).click();
    await expect.poll(() => zhRow.count(), UI_TIMEOUT).toBe(0);
  });

  it('explains how to allow USB debugging for a phone that has not authorised this computer', async () => {
    const launched = await launchVirtualPhone({ profile: 'pixel-14', auth: 'unauthorized' });
    phones.push(launched);
    await bridge.adbServer.adb(['connect', launched.phone.serial]);
    app = await AppPage.open(context, bridge.url);
    const row = devicesTable('Connected phones').getByRole('row').filter({ hasText: launched.phone.serial });
    await expect
      .poll(() => text(row.getByRole('cell').first()), UI_TIMEOUT)
      .toMatch(/^Waiting for permission/);
    const guidance = await text(row.getByRole('cell').first());
    expect(guidance).toContain('Unlock the phone and tap “Allow” on the “Allow USB debugging?” prompt.');
    expect(guidance).toContain('Revoke USB debugging authorisations');
    // Nothing to open until the phone allows it.
    expect(await row.getByRole('button').count()).toBe(0);

    await app.select('Language').selectOption('zh-CN');
    const zhRow = devicesTable('已连接的手机').getByRole('row').filter({ hasText: launched.phone.serial });
    await expect.poll(() => text(zhRow.getByRole('cell').first()), UI_TIMEOUT).toMatch(/^等待授权/);
    expect(await text(zhRow.getByRole('cell').first())).toContain('点击“允许”');
    await app.page.screenshot({ path: join(SCREENSHOTS, 'devices-unauthorized-zh-CN.png'), fullPage: true });
  });

  it('validates the network-phone address before asking main', async () => {
    app = await AppPage.open(context, bridge.url);
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe('Devices');
    await app.page.getByRole('textbox', { name: 'Address (host:port)', exact: true }).fill('not an address');
    await app.button('Connect').click();
    const form = app.page.getByRole('form', { name: 'Network phone' });
    await expect
      .poll(() => text(form.getByRole('alert')), UI_TIMEOUT)
      .toBe('Enter host:port, for example 192.168.1.20:5555 (port 1–65535).');
  });
});
