// "Open on phone" for what adb cannot change, on the real build through the real bridge: a
// cn-flagship-14 virtual phone with a device admin, dialled by the bridge's adb server. The
// Overview's device admin row and the admin app's detail page explain that only the phone can
// turn it off, and their buttons make the phone start its device admin screen (read back from
// the phone), or Security on a ROM without that screen. en and zh-CN, with screenshots.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchVirtualPhone } from '../../main/virtual-phone/launch-virtual-phone';
import type { LaunchedVirtualPhone } from '../../main/virtual-phone/launch-virtual-phone';
import { AppPage } from './support/app-page';
import type { BridgeProcess } from './support/bridge-process';
import { SCREENSHOT_DIR, startBridgeProcess } from './support/bridge-process';
import { launchChromium } from './support/chromium';

const UI_TIMEOUT = { timeout: 60_000, interval: 100 };
const ADMIN_SCREEN = 'com.android.settings/.Settings$DeviceAdminSettingsActivity';
const text = AppPage.text;

describe('Open a settings screen on the phone, through the browser bridge', () => {
  let bridge: BridgeProcess;
  let browser: Browser;
  let context: BrowserContext;
  let launched: LaunchedVirtualPhone;
  let adminPackage: string;

  beforeAll(async () => {
    [bridge, browser, launched] = await Promise.all([
      startBridgeProcess({ settings: { language: 'en', theme: 'light' } }),
      launchChromium(),
      launchVirtualPhone({ profile: 'cn-flagship-14' }),
    ]);
    const { packages, devicePolicy } = launched.state;
    adminPackage =
      devicePolicy.activeAdmins
        .map((admin) => admin.component.split('/')[0] ?? '')
        .find((name) => packages.get(name)?.system === false) ?? '';
    expect(adminPackage).not.toBe('');
    expect((await bridge.adbServer.adb(['connect', launched.phone.serial])).stdout).toContain('connected');
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 1000 } });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await bridge?.adbServer.adb(['disconnect', launched.phone.serial]);
    await bridge?.stop();
    await launched?.phone.close();
  });

  const started = (): string | undefined => launched.state.startedActivities?.at(-1)?.component;

  it('explains device admins and opens their screen on the phone, from Overview and App detail', async () => {
    const app = await AppPage.open(context, bridge.url);
    const open = app.page.getByRole('button', { name: 'Open Xiaomi 23127PN0CC', exact: true });
    await open.waitFor({ timeout: 30_000 });
    await open.click();
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe('Overview');

    const adminRow = app.page
      .getByRole('row')
      .filter({ has: app.page.getByRole('rowheader', { name: 'Device administrators', exact: true }) });
    await adminRow.waitFor({ timeout: 60_000 });
    expect(await text(adminRow)).toContain('Device admins can only be turned off on the phone itself.');
    expect(started()).toBeUndefined();
    await adminRow.getByRole('button', { name: 'Open device admin apps on the phone', exact: true }).click();
    await expect
      .poll(() => text(adminRow.getByRole('status')), UI_TIMEOUT)
      .toBe('It is open on the phone now. Carry on there.');
    expect(started()).toBe(ADMIN_SCREEN);

    // The admin app's own page: no revoke toggle for what adb cannot do, the guidance instead.
    await adminRow.getByRole('link', { name: adminPackage, exact: true }).click();
    const section = app.page.getByRole('region', { name: 'Special access', exact: true });
    const item = section.getByRole('listitem').filter({ hasText: 'Device admin' });
    await item.waitFor({ timeout: 30_000 });
    expect(await text(item)).toContain('Android does not let PrivacyScope turn off a device admin');
    expect(await item.getByRole('button', { name: 'Revoke Device admin', exact: true }).count()).toBe(0);

    // A ROM without the device admin screen: Security opens instead, and the page says so.
    launched.state.missingSettingsScreens = [ADMIN_SCREEN, 'com.android.settings/.DeviceAdminSettings'];
    await item.getByRole('button', { name: 'Open device admin apps on the phone', exact: true }).click();
    await expect
      .poll(() => text(item.getByRole('status')), UI_TIMEOUT)
      .toBe('This phone has no such screen, so the closest settings screen opened instead. Carry on there.');
    expect(launched.state.startedActivities?.at(-1)).toMatchObject({
      action: 'android.settings.SECURITY_SETTINGS',
    });
    // A ROM with neither screen: the alert says so, with the phone's own words.
    launched.state.missingSettingsScreens = [
      ADMIN_SCREEN,
      'com.android.settings/.DeviceAdminSettings',
      'android.settings.SECURITY_SETTINGS',
    ];
    await item.getByRole('button', { name: 'Open device admin apps on the phone', exact: true }).click();
    await expect
      .poll(() => text(item.getByRole('alert')), UI_TIMEOUT)
      .toMatch(/The phone said: .*(unable to resolve Intent|does not exist)/);
    delete launched.state.missingSettingsScreens;
    await app.page.screenshot({
      path: join(SCREENSHOT_DIR, 'app-detail-device-admin-en.png'),
      fullPage: true,
    });

    await app.select('Language').selectOption('zh-CN');
    const zhItem = app.page
      .getByRole('region', { name: '特殊权限', exact: true })
      .getByRole('listitem')
      .filter({ hasText: '设备管理器' });
    const zhButton = zhItem.getByRole('button', { name: '在手机上打开“设备管理应用”', exact: true });
    await zhButton.waitFor({ timeout: 30_000 });
    expect(await text(zhItem)).toContain('安卓不允许 PrivacyScope 停用设备管理应用');
    await zhButton.click();
    await expect
      .poll(() => text(zhItem.getByRole('status')), UI_TIMEOUT)
      .toBe('已在手机上打开，请在手机上继续操作。');
    expect(started()).toBe(ADMIN_SCREEN);
    await app.page.screenshot({
      path: join(SCREENSHOT_DIR, 'app-detail-device-admin-zh-CN.png'),
      fullPage: true,
    });
    expect(app.problems, bridge.stderr()).toEqual([]);
  });
});
