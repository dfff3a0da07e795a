// "Open this settings screen on the phone" through the composed services, the handler table and
// the real adb server: the virtual phone receives the exact `am start` intent, a screen the ROM
// lacks falls back to a more general one, bad requests never reach the phone, and nothing is
// journaled (opening a screen changes nothing).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchVirtualPhone } from '../../../main/virtual-phone/launch-virtual-phone';
import type { LaunchedVirtualPhone } from '../../../main/virtual-phone/launch-virtual-phone';
import { useComposedApi } from './composed-api';

const { call, envelope } = useComposedApi({ prefix: 'ps-open-settings-' });
let launched: LaunchedVirtualPhone;
let device: { serial: string };

beforeAll(async () => {
  launched = await launchVirtualPhone({ profile: 'cn-flagship-14' });
  device = { serial: (await call('devices:connect', { target: launched.phone.serial })).serial };
});

afterAll(async () => {
  await launched?.phone.close();
});

const lastStarted = () => launched.state.startedActivities?.at(-1);

describe('devices:open-settings', () => {
  it('opens the device admin list by its component', async () => {
    const admins = launched.state.devicePolicy.activeAdmins;
    expect(admins.length).toBeGreaterThan(0);
    const result = await call('devices:open-settings', { device, screen: 'device-admin' });
    expect(result).toEqual({
      screen: 'device-admin',
      intent: 'Intent { cmp=com.android.settings/.Settings$DeviceAdminSettingsActivity }',
      fallback: false,
    });
    expect(lastStarted()).toMatchObject({
      component: 'com.android.settings/.Settings$DeviceAdminSettingsActivity',
      userId: 0,
    });
    expect(launched.state.devicePolicy.activeAdmins).toEqual(admins);
    expect(await call('journal:list', { device })).toEqual([]);
  });

  it('falls back to Security when the ROM has no device admin screen of its own', async () => {
    launched.state.missingSettingsScreens = [
      'com.android.settings/.Settings$DeviceAdminSettingsActivity',
      'com.android.settings/.DeviceAdminSettings',
    ];
    try {
      const result = await call('devices:open-settings', { device, screen: 'device-admin' });
      expect(result).toEqual({
        screen: 'device-admin',
        intent: 'Intent { act=android.settings.SECURITY_SETTINGS }',
        fallback: true,
      });
      expect(lastStarted()).toMatchObject({
        action: 'android.settings.SECURITY_SETTINGS',
        component: 'com.android.settings/.Settings$SecuritySettingsActivity',
      });
    } finally {
      delete launched.state.missingSettingsScreens;
    }
  });

  it('opens per-app screens for the named app, and the list screens', async () => {
    const app = launched.state.devicePolicy.activeAdmins[0]?.component.split('/')[0] ?? '';
    const overlay = await call('devices:open-settings', { device, screen: 'overlay', packageName: app });
    expect(overlay.intent).toBe(
      `Intent { act=android.settings.action.MANAGE_OVERLAY_PERMISSION dat=package:${app} }`,
    );
    expect(lastStarted()).toMatchObject({ data: `package:${app}` });
    for (const [screen, action] of [
      ['accessibility', 'android.settings.ACCESSIBILITY_SETTINGS'],
      ['notification-listener', 'android.settings.ACTION_NOTIFICATION_LISTENER_SETTINGS'],
      ['usage-access', 'android.settings.USAGE_ACCESS_SETTINGS'],
    ] as const) {
      expect(await call('devices:open-settings', { device, screen })).toMatchObject({ fallback: false });
      expect(lastStarted()?.action).toBe(action);
    }
  });

  it('refuses bad requests before the phone hears of them, and explains a screen that cannot open', async () => {
    const before = launched.state.startedActivities?.length ?? 0;
    for (const request of [
      { device, screen: 'app-details' },
      { device, screen: 'device-admin', packageName: 'com.example.app' },
      { device, screen: 'developer-options' },
      { device, screen: 'app-details', packageName: "x'; reboot" },
    ]) {
      const result = await envelope('devices:open-settings', request);
      expect(result.ok ? 'ok' : result.error.code).toBe('invalid-argument');
    }
    launched.state.missingSettingsScreens = ['android.settings.ACCESSIBILITY_SETTINGS'];
    try {
      const result = await envelope('devices:open-settings', { device, screen: 'accessibility' });
      expect(result.ok ? 'ok' : result.error.code).toBe('command-failed');
      expect(result.ok ? [] : result.error.details).toEqual([
        'Error: Activity not started, unable to resolve Intent { act=android.settings.ACCESSIBILITY_SETTINGS flg=0x10000000 }',
      ]);
    } finally {
      delete launched.state.missingSettingsScreens;
    }
    expect(launched.state.startedActivities?.length ?? 0).toBe(before);
  });
});
