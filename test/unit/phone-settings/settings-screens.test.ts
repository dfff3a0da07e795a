import { describe, expect, it } from 'vitest';
import { PHONE_SETTINGS_SCREENS } from '../../../preload/contract';
import { UnsafeShellArgument } from '../../../main/adb/errors';
import { arg } from '../../../main/adb/shell-arguments';
import {
  SETTINGS_SCREEN_INTENTS,
  amStartCommand,
  needsPackage,
  settingsScreenCommands,
} from '../../../main/phone-settings/settings-screens';

const texts = (screen: (typeof PHONE_SETTINGS_SCREENS)[number], packageName?: string): string[] =>
  settingsScreenCommands({ screen, ...(packageName === undefined ? {} : { packageName }) }).map(
    (command) => command.text,
  );

describe('settings screen commands', () => {
  it('tries the device admin list by component, then the old class, then Security', () => {
    expect(texts('device-admin')).toEqual([
      "am 'start' '-n' 'com.android.settings/.Settings$DeviceAdminSettingsActivity'",
      "am 'start' '-n' 'com.android.settings/.DeviceAdminSettings'",
      "am 'start' '-a' 'android.settings.SECURITY_SETTINGS'",
    ]);
  });

  it('names the app with a package: URI for per-app screens', () => {
    expect(texts('overlay', 'com.example.app')).toEqual([
      "am 'start' '-a' 'android.settings.action.MANAGE_OVERLAY_PERMISSION' '-d' 'package:com.example.app'",
      "am 'start' '-a' 'android.settings.APPLICATION_DETAILS_SETTINGS' '-d' 'package:com.example.app'",
    ]);
    expect(texts('accessibility')).toEqual(["am 'start' '-a' 'android.settings.ACCESSIBILITY_SETTINGS'"]);
    expect(texts('notification-listener')[0]).toBe(
      "am 'start' '-a' 'android.settings.ACTION_NOTIFICATION_LISTENER_SETTINGS'",
    );
  });

  it('knows which screens need a package name, for every screen of the contract', () => {
    expect(Object.keys(SETTINGS_SCREEN_INTENTS).sort()).toEqual([...PHONE_SETTINGS_SCREENS].sort());
    expect(PHONE_SETTINGS_SCREENS.filter(needsPackage).sort()).toEqual(['app-details', 'overlay']);
  });

  it('refuses a package name that is not one, before anything reaches the phone', () => {
    for (const bad of ["com.x'; reboot", 'com.x$(id)', 'package:com.x', '', 'com', 'com.x\nreboot']) {
      expect(() => settingsScreenCommands({ screen: 'app-details', packageName: bad })).toThrow(
        UnsafeShellArgument,
      );
    }
    expect(() => settingsScreenCommands({ screen: 'overlay' })).toThrow(UnsafeShellArgument);
  });

  it('checks actions and components against their patterns', () => {
    expect(() => amStartCommand({ action: 'android.settings.X; reboot' })).toThrow(UnsafeShellArgument);
    expect(() => amStartCommand({ action: 'android' })).toThrow(UnsafeShellArgument);
    expect(() => amStartCommand({ component: 'com.android.settings/.X Y' })).toThrow(UnsafeShellArgument);
    expect(arg.packageUri('com.example.app').value).toBe('package:com.example.app');
    expect(arg.intentAction('android.settings.action.MANAGE_OVERLAY_PERMISSION').kind).toBe('intent-action');
  });
});
