import { describe, expect, it } from 'vitest';
import {
  enabledAccessibilityServices,
  enabledNotificationListeners,
  expandComponent,
  formatSettingsList,
  parseComponentList,
  parseSettingsDump,
  parseSettingsGet,
  parseSettingsList,
  sameComponent,
  settingValue,
} from '../../../main/reader/parsers/settings';
import { fuzz, readSample } from './offline/sample-support';

describe('settings list secure on real samples', () => {
  it('HyperOS 2 (Android 14): 347 keys, values with =, empty and null values, component lists', () => {
    const result = parseSettingsList(
      readSample('settings-list-secure_xiaomi-hyperos2_14.txt'),
      'settings-secure',
    );
    expect(result.warnings).toEqual([]);
    const table = result.value;
    expect(table.size).toBe(347);
    expect(table.get('FBO_RULES')).toBe('');
    expect(table.get('accessibility_display_inversion_enabled')).toBe('null');
    expect(settingValue(table, 'accessibility_display_inversion_enabled')).toBeUndefined();
    expect(table.get('config_update_certificate')?.endsWith('9qEfxvA==')).toBe(true);
    expect(table.get('enabled_input_methods')).toBe(
      'com.google.android.tts/com.google.android.apps.speech.tts.googletts.settings.asr.voiceime.VoiceInputMethodService:com.google.android.inputmethod.latin/com.android.inputmethod.latin.LatinIME;1982479982',
    );
    const services = enabledAccessibilityServices(table);
    expect(services.warnings).toEqual([]);
    expect(services.value).toHaveLength(9);
    expect(services.value[0]).toBe(
      'com.arlosoft.macrodroid/com.arlosoft.macrodroid.triggers.services.MacroDroidAccessibilityServiceJellyBean',
    );
    expect(services.value).toContain('eu.thedarken.sdm/eu.thedarken.sdm.accessibility.core.ACCService');
    expect(enabledNotificationListeners(table).value).toEqual([
      'com.omarea.vtools/com.omarea.scene_mode.NotificationListenerService',
      'com.arlosoft.macrodroid/com.arlosoft.macrodroid.triggers.services.NotificationServiceOreo',
      'com.catchingnow.icebox/com.catchingnow.icebox.service.NotificationObserverService',
    ]);
  });

  it('Humane Ai Pin (12L): the typed command line is reported; no accessibility services key', () => {
    const result = parseSettingsList(readSample('settings-list-secure_humane-aipin-qualcomm_12L.txt'));
    expect(result.value.size).toBe(95);
    expect(result.warnings).toEqual([
      { source: 'settings list', line: 1, message: 'not a setting line: "adb shell settings list secure"' },
    ]);
    expect(result.value.get('accessibility_enabled')).toBe('0');
    expect(result.value.get('assistant')).toBe('');
    expect(result.value.has('enabled_accessibility_services')).toBe(false);
    expect(enabledAccessibilityServices(result.value).value).toEqual([]);
  });
});

describe('settings get', () => {
  it('HyperOS enabled_accessibility_services: one colon-separated line with 9 components', () => {
    const value = parseSettingsGet(
      readSample('settings-get-secure-enabled_accessibility_services_xiaomi-hyperos2_14.txt'),
    ).value;
    const list = parseComponentList(value);
    expect(list.value).toHaveLength(9);
    expect(list.value[8]).toBe('com.omarea.vtools/com.omarea.vtools.AccessibilitySceneMode');
  });

  it('`null` and empty output mean unset', () => {
    expect(parseSettingsGet('null\n').value).toBeUndefined();
    expect(parseSettingsGet('').value).toBeUndefined();
    expect(parseSettingsGet('1\r\n').value).toBe('1');
  });
});

describe('component lists', () => {
  it('drops invalid entries with a warning and removes duplicates', () => {
    const result = parseComponentList(
      "com.a/.Svc::com.a/.Svc:not a component:com.b/com.b.X$Inner:evil/'; rm -rf",
      'enabled_accessibility_services',
    );
    expect(result.value).toEqual(['com.a/.Svc', 'com.b/com.b.X$Inner']);
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      'not a component name: "not a component"',
      `not a component name: "evil/'; rm -rf"`,
    ]);
  });

  it('expands short class names like ComponentName.unflattenFromString', () => {
    expect(expandComponent('com.a/.Svc')).toBe('com.a/com.a.Svc');
    expect(expandComponent('com.a/com.b.Svc')).toBe('com.a/com.b.Svc');
    expect(
      sameComponent(
        'com.example.android.deviceowner/.DeviceOwnerReceiver',
        'com.example.android.deviceowner/com.example.android.deviceowner.DeviceOwnerReceiver',
      ),
    ).toBe(true);
  });

  it('warns on lines that are not key=value and never throws on mutated samples', () => {
    expect(parseSettingsList('=x\nno equals\nk=v=w\n').value.get('k')).toBe('v=w');
    const texts = [
      'settings-list-secure_xiaomi-hyperos2_14.txt',
      'settings-list-secure_humane-aipin-qualcomm_12L.txt',
    ].map(readSample);
    expect(
      fuzz(texts, {
        seed: 3,
        rounds: 60,
        parse: (text) => enabledAccessibilityServices(parseSettingsList(text).value),
      }),
    ).toBe(120);
  });
});

describe('dumpsys settings', () => {
  it('reads global and per-user secure rows; {null} becomes null; values may hold spaces', () => {
    const text = [
      'GLOBAL SETTINGS (user 0)',
      'version: 206',
      '_id:3 name:device_name pkg:com.android.settings value:Xiaomi Pad 6 default:Xiaomi Pad 6 defaultSystemSet:true',
      'SECURE SETTINGS (user 0)',
      '_id:12 name:clock_seconds pkg:android value:{null}',
      '_id:9 name:enabled_notification_listeners pkg:com.android.settings value:com.a/.L:com.b/com.b.M tag:x',
      '_id:10 name bad row',
      'SECURE SETTINGS (user 10)',
      '_id:1 name:enabled_accessibility_services value:com.work/.A11y',
    ].join('\n');
    const result = parseSettingsDump(text);
    expect(result.value.global.get('device_name')).toBe('Xiaomi Pad 6');
    const user0 = result.value.secure.get(0) ?? new Map<string, string>();
    expect(settingValue(user0, 'clock_seconds')).toBeUndefined();
    expect(enabledNotificationListeners(user0).value).toEqual(['com.a/.L', 'com.b/com.b.M']);
    expect(enabledAccessibilityServices(result.value.secure.get(10) ?? new Map()).value).toEqual([
      'com.work/.A11y',
    ]);
    expect(result.warnings.map((warning) => warning.line)).toEqual([7]);
    expect(formatSettingsList(user0)).toBe(
      'clock_seconds=null\nenabled_notification_listeners=com.a/.L:com.b/com.b.M\n',
    );
  });
});
