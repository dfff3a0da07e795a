import { describe, expect, it } from 'vitest';
import { parseDumpsysPackage } from '../../../../main/reader/parsers/dumpsys-package';
import type { ParsedPackage, ParsedUserState } from '../../../../main/reader/parsers/dumpsys-package';
import { DUMPSYS_PACKAGE_SAMPLES, readSample } from './samples';

const only = (packages: ReadonlyMap<string, ParsedPackage>, name: string): ParsedPackage => {
  expect([...packages.keys()]).toEqual([name]);
  return packages.get(name) as ParsedPackage;
};
const user0 = (found: ParsedPackage): ParsedUserState => found.users.get(0) as ParsedUserState;

describe('dumpsys package <pkg> — emulator, Android 11', () => {
  const result = parseDumpsysPackage(readSample(DUMPSYS_PACKAGE_SAMPLES.emulator11), {
    timeZone: 'Asia/Shanghai',
  });
  const app = only(result.value.packages, 'com.sunmi.displaydemo');

  it('skips the prompt line with a warning and the resolver/queries/dexopt sections silently', () => {
    expect(result.warnings).toEqual([{ source: 'dumpsys package', line: 1, message: 'unrecognised line' }]);
    expect(result.partial).toBe(false);
  });

  it('reads identity, 11+ code path and local times', () => {
    expect(app).toMatchObject({
      appId: 10152,
      codePath: '/data/app/~~DBqq7mV3srVVGpM_fd20wQ==/com.sunmi.displaydemo-cTBH9g95Necb_htjCdQlOg==',
      versionCode: 1,
      minSdk: 29,
      targetSdk: 30,
      versionName: '1.0',
      isSystem: false,
      isUpdatedSystem: false,
      dataDir: '/data/user/0/com.sunmi.displaydemo',
    });
    expect(app.flags).toEqual([
      'DEBUGGABLE',
      'HAS_CODE',
      'ALLOW_CLEAR_USER_DATA',
      'TEST_ONLY',
      'ALLOW_BACKUP',
    ]);
    expect(app.firstInstallTime).toEqual({
      text: '2020-10-13 09:51:33',
      ms: Date.UTC(2020, 9, 13, 1, 51, 33),
      placeholder: false,
    });
  });

  it('reads restricted=true on requested permissions and ONE_TIME / USER_SET flags', () => {
    expect(app.requestedPermissions).toEqual([
      { name: 'android.permission.CAMERA', restricted: false },
      { name: 'android.permission.ACCESS_BACKGROUND_LOCATION', restricted: true },
      { name: 'android.permission.ACCESS_COARSE_LOCATION', restricted: false },
      { name: 'android.permission.ACCESS_FINE_LOCATION', restricted: false },
    ]);
    const state = user0(app);
    expect(state).toMatchObject({
      distractionFlags: 0,
      ceDataInode: '131478',
      enabled: 'default',
      suspended: false,
    });
    expect(state.runtimePermissions.map((p) => [p.name.slice(19), p.granted, p.flags.join('|')])).toEqual([
      ['ACCESS_FINE_LOCATION', false, 'USER_SENSITIVE_WHEN_GRANTED|USER_SENSITIVE_WHEN_DENIED|ONE_TIME'],
      ['ACCESS_COARSE_LOCATION', false, 'USER_SENSITIVE_WHEN_GRANTED|USER_SENSITIVE_WHEN_DENIED|ONE_TIME'],
      ['CAMERA', false, 'USER_SENSITIVE_WHEN_GRANTED|USER_SENSITIVE_WHEN_DENIED|ONE_TIME'],
      [
        'ACCESS_BACKGROUND_LOCATION',
        false,
        'USER_SET|USER_SENSITIVE_WHEN_GRANTED|USER_SENSITIVE_WHEN_DENIED|RESTRICTION_INSTALLER_EXEMPT',
      ],
    ]);
  });
});

describe('dumpsys package <pkg> — Wear OS 14, updated system app with a hidden factory copy', () => {
  const result = parseDumpsysPackage(readSample(DUMPSYS_PACKAGE_SAMPLES.wear14Hidden), {
    timeZone: 'Europe/Paris',
  });
  const live = only(result.value.packages, 'com.tekartik.package1');
  const factory = result.value.hiddenSystemPackages.get('com.tekartik.package1') as ParsedPackage;

  it('keeps the live entry (versionCode 20) and the hidden system entry (versionCode 15) apart', () => {
    expect(result.warnings).toEqual([]);
    expect(live).toMatchObject({
      versionCode: 20,
      versionName: '1.0.16',
      targetSdk: 36,
      codePath: '/data/app/~~GSfSdCYUCkDXHTY6qu0DAw==/com.tekartik.package1-fNrHlgqJDWTgDoY2Akzmgw==',
      installer: 'com.android.vending',
      isSystem: true,
      isUpdatedSystem: true,
    });
    expect(factory).toMatchObject({
      versionCode: 15,
      versionName: '1.0.11',
      targetSdk: 33,
      codePath: '/vendor/app/com.tekartik.package1',
      isSystem: true,
    });
    expect(factory.flags).toContain('TEST_ONLY');
    expect(factory.installer).toBeUndefined();
    expect(live.installPermissions).toHaveLength(3);
    expect(factory.installPermissions.map((p) => p.name)).toEqual([
      'com.tekartik.package1.DYNAMIC_RECEIVER_NOT_EXPORTED_PERMISSION',
      'android.permission.WAKE_LOCK',
    ]);
    expect(factory.requestedPermissions).toHaveLength(4);
    expect(factory.requestedPermissions[2]?.name).toBe(
      'com.google.android.wearable.permission.BIND_WATCH_FACE_CONTROL',
    );
  });

  it('reads lastDisabledCaller, GRANTED_BY_DEFAULT in 10+ syntax and the 01:00 placeholder stamp', () => {
    expect(user0(live)).toMatchObject({ lastDisabledCaller: 'com.android.vending', ceDataInode: '2135' });
    expect(user0(live).runtimePermissions).toEqual([
      {
        name: 'com.google.android.wearable.permission.RECEIVE_COMPLICATION_DATA',
        type: 'runtime',
        granted: true,
        flags: ['GRANTED_BY_DEFAULT'],
      },
    ]);
    expect(live.declaredPermissions).toEqual([
      { name: 'com.tekartik.package1.DYNAMIC_RECEIVER_NOT_EXPORTED_PERMISSION', protection: 'signature' },
    ]);
    expect(live.firstInstallTime).toEqual({
      text: '2009-01-01 01:00:00',
      ms: Date.UTC(2009, 0, 1),
      placeholder: true,
    });
    expect(live.lastUpdateTime).toEqual({
      text: '2025-07-04 01:16:34',
      ms: Date.UTC(2025, 6, 3, 23, 16, 34),
      placeholder: false,
    });
  });
});

describe('dumpsys package <pkg> — Pixel, Android 16', () => {
  const result = parseDumpsysPackage(readSample(DUMPSYS_PACKAGE_SAMPLES.pixel16), { timeZone: 'UTC' });
  const app = only(result.value.packages, 'com.example.ytdash_rn');

  it('reads appId/pccId and the 13+ installer fields', () => {
    expect(result.warnings).toEqual([]);
    expect(app).toMatchObject({
      appId: 13121,
      pccId: -1,
      versionCode: 1,
      minSdk: 24,
      targetSdk: 36,
      versionName: '1.0.0',
      installerUid: -1,
      initiatingInstaller: 'com.android.shell',
      packageSource: 1,
      isSystem: false,
    });
    expect(app.installer).toBeUndefined();
    expect(app.originatingInstaller).toBeUndefined();
    expect(app.firstInstallTime).toBeUndefined();
    expect(app.lastUpdateTime?.ms).toBe(Date.UTC(2026, 6, 4, 16, 0, 41));
  });

  it('reads firstInstallTime from the user block and an empty runtime list', () => {
    expect(user0(app)).toEqual({
      userId: 0,
      ceDataInode: '0',
      installed: true,
      hidden: false,
      suspended: false,
      distractionFlags: 0,
      stopped: true,
      notLaunched: true,
      enabled: 'default',
      instant: false,
      virtual: false,
      quarantined: false,
      installReason: 0,
      firstInstallTime: {
        text: '2026-07-04 16:00:41',
        ms: Date.UTC(2026, 6, 4, 16, 0, 41),
        placeholder: false,
      },
      uninstallReason: 0,
      runtimePermissions: [],
      runtimePermissionsFromSharedUser: false,
      disabledComponents: [],
      enabledComponents: [],
    });
    expect(app.declaredPermissions).toEqual([
      { name: 'com.example.ytdash_rn.DYNAMIC_RECEIVER_NOT_EXPORTED_PERMISSION', protection: 'signature' },
    ]);
    expect(app.requestedPermissions.map((p) => p.name)).toEqual([
      'android.permission.SYSTEM_ALERT_WINDOW',
      'android.permission.INTERNET',
      'android.permission.VIBRATE',
      'com.example.ytdash_rn.DYNAMIC_RECEIVER_NOT_EXPORTED_PERMISSION',
    ]);
    expect(app.installPermissions.every((p) => p.granted && p.type === 'install')).toBe(true);
    expect(app.installPermissions).toHaveLength(3);
  });
});

describe('dumpsys package <pkg> — not installed', () => {
  it('reports the package name and nothing else', () => {
    const result = parseDumpsysPackage(readSample(DUMPSYS_PACKAGE_SAMPLES.notInstalled));
    expect(result.value.notFound).toBe('com.funnyenglish.app');
    expect(result.value.packages.size).toBe(0);
    expect(result.warnings).toEqual([]);
    expect(result.partial).toBe(false);
  });
});
