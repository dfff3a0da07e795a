import { describe, expect, test } from 'vitest';
import { ADMIN, SETTINGS, createPhone, run } from './phone-fixture';

describe('am start', () => {
  test('starts a Settings component and records the intent as it printed it', async () => {
    const state = createPhone({ sdk: 34 });
    const result = await run(
      state,
      "am start -n 'com.android.settings/.Settings$DeviceAdminSettingsActivity'",
    );
    expect(result).toMatchObject({
      status: 0,
      stdout: 'Starting: Intent { cmp=com.android.settings/.Settings$DeviceAdminSettingsActivity }\n',
      stderr: '',
    });
    expect(state.startedActivities?.at(-1)).toMatchObject({
      intent: 'Intent { cmp=com.android.settings/.Settings$DeviceAdminSettingsActivity }',
      component: 'com.android.settings/.Settings$DeviceAdminSettingsActivity',
      userId: 0,
    });
  });

  test('prints "Error type 3" and the full class name for a missing component, exit 0', async () => {
    const state = createPhone({ sdk: 34 });
    const result = await run(state, 'am start -n com.android.settings/.DeviceAdminSettings');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('Starting: Intent { cmp=com.android.settings/.DeviceAdminSettings }\n');
    expect(result.stderr).toBe(
      'Error type 3\nError: Activity class {com.android.settings/com.android.settings.DeviceAdminSettings} does not exist.\n',
    );
    expect(state.startedActivities ?? []).toEqual([]);
  });

  test('resolves Settings actions with a package URI, in Intent.toShortString order', async () => {
    const state = createPhone({ sdk: 34 });
    const result = await run(
      state,
      `am start -a android.settings.action.MANAGE_OVERLAY_PERMISSION -d package:${ADMIN}`,
    );
    expect(result.stdout).toBe(
      `Starting: Intent { act=android.settings.action.MANAGE_OVERLAY_PERMISSION dat=package:${ADMIN} }\n`,
    );
    expect(state.startedActivities?.at(-1)).toMatchObject({
      action: 'android.settings.action.MANAGE_OVERLAY_PERMISSION',
      data: `package:${ADMIN}`,
      component: `${SETTINGS}/.Settings$AppDrawOverlaySettingsActivity`,
    });
  });

  test('cannot resolve an action the Android version or the ROM lacks (flags shown as started)', async () => {
    const old = createPhone({ sdk: 21 });
    const result = await run(old, 'am start -a android.settings.action.MANAGE_OVERLAY_PERMISSION');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      'Error: Activity not started, unable to resolve Intent { act=android.settings.action.MANAGE_OVERLAY_PERMISSION flg=0x10000000 }\n',
    );
    const vendor = createPhone({ sdk: 34 });
    vendor.missingSettingsScreens = ['com.android.settings/.Settings$DeviceAdminSettingsActivity'];
    expect(
      (
        await run(
          vendor,
          'am start -n com.android.settings/com.android.settings.Settings\\$DeviceAdminSettingsActivity',
        )
      ).stderr,
    ).toContain('does not exist.');
    expect((await run(vendor, 'am start -a android.settings.SECURITY_SETTINGS')).stderr).toBe('');
  });

  test('refuses user all, an unknown option and an empty intent like ActivityManagerShellCommand', async () => {
    const state = createPhone({ sdk: 34 });
    expect(await run(state, 'am start --user all -a android.settings.SETTINGS')).toMatchObject({
      status: 1,
      stderr: "Error: Can't start service with user 'all'\n",
    });
    const unknown = await run(state, 'am start -z android.settings.SETTINGS');
    expect(unknown.status).toBe(255);
    expect(unknown.stderr).toContain("Exception occurred while executing 'start':");
    expect(unknown.stderr).toContain('java.lang.IllegalArgumentException: Unknown option: -z');
    expect((await run(state, 'am start')).stderr).toContain('No intent supplied');
  });
});
