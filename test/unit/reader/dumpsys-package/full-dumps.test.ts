import { describe, expect, it } from 'vitest';
import { parseDumpsysPackage } from '../../../../main/reader/parsers/dumpsys-package';
import type { ParsedPackage, ParsedUserState } from '../../../../main/reader/parsers/dumpsys-package';
import { DUMPSYS_PACKAGE_SAMPLES, readSample } from './samples';

const pkg = (packages: ReadonlyMap<string, ParsedPackage>, name: string): ParsedPackage => {
  const found = packages.get(name);
  if (found === undefined) throw new Error(`${name} missing`);
  return found;
};
const user0 = (found: ParsedPackage): ParsedUserState => {
  const state = found.users.get(0);
  if (state === undefined) throw new Error(`${found.packageName}: no user 0`);
  return state;
};
/** Granted runtime permissions of user 0 as `name → flags`. */
const granted = (found: ParsedPackage): Record<string, readonly string[]> =>
  Object.fromEntries(
    user0(found)
      .runtimePermissions.filter((p) => p.granted)
      .map((p) => [p.name, p.flags]),
  );

describe('dumpsys package — Rockchip TV box, Android 7.1.2 full dump', () => {
  const result = parseDumpsysPackage(readSample(DUMPSYS_PACKAGE_SAMPLES.tvBox7), {
    timeZone: 'America/Sao_Paulo',
  });
  const { packages, sharedUsers, hiddenSystemPackages } = result.value;

  it('reads all 84 packages ("Read completed successfully: 84 packages") and 9 shared users', () => {
    expect(packages.size).toBe(84);
    expect(hiddenSystemPackages.size).toBe(0);
    expect([...sharedUsers.keys()]).toEqual([
      'android.media',
      'com.google.android.calendar.uid.shared',
      'android.uid.systemui',
      'com.google.uid.shared',
      'android.uid.mediacenter',
      'android.uid.shared',
      'android.uid.system',
      'android.uid.shell',
      'android.uid.calendar',
    ]);
    expect(result.value.notFound).toBeUndefined();
    expect(result.partial).toBe(false);
    // Only the repo owner's added first line `# All installed package information`.
    expect(result.warnings).toEqual([{ source: 'dumpsys package', line: 1, message: 'unrecognised line' }]);
  });

  it('keeps the framework package `android` and every package name in printed order', () => {
    expect(packages.has('android')).toBe(true);
    expect([...packages.keys()].slice(0, 3)).toEqual([
      'com.android.cts.priv.ctsshim',
      'com.google.android.ext.services',
      'com.example.changeled',
    ]);
  });

  it('reads Play Store: versions, flags, grants with space-separated flags, components', () => {
    const vending = pkg(packages, 'com.android.vending');
    expect(vending).toMatchObject({
      appId: 10017,
      codePath: '/system/priv-app/Phonesky',
      versionCode: 81497000,
      minSdk: 16,
      targetSdk: 28,
      versionName: '14.9.70-all [0] [PR] 248420241',
      isSystem: true,
      isUpdatedSystem: false,
      privateFlags: ['PRIVILEGED', 'HAS_DOMAIN_URLS', 'RESIZEABLE_ACTIVITIES'],
      installPermissionsFromSharedUser: false,
    });
    expect(vending.sharedUser).toBeUndefined();
    expect(vending.declaredPermissions).toHaveLength(15);
    expect(vending.declaredPermissions[6]).toEqual({
      name: 'com.android.vending.billing.BILLING_ACCOUNT_SERVICE',
      protection: 'signature|privileged',
    });
    expect(vending.installPermissions).toHaveLength(58);
    expect(vending.installPermissions[0]).toEqual({
      name: 'android.permission.REAL_GET_TASKS',
      type: 'install',
      granted: true,
      flags: [],
    });
    expect(granted(vending)).toEqual({
      'android.permission.READ_SMS': ['GRANTED_BY_DEFAULT'],
      'android.permission.RECEIVE_SMS': ['GRANTED_BY_DEFAULT'],
      'android.permission.READ_EXTERNAL_STORAGE': ['SYSTEM_FIXED', 'GRANTED_BY_DEFAULT'],
      'android.permission.READ_PHONE_STATE': ['GRANTED_BY_DEFAULT'],
      'android.permission.SEND_SMS': ['GRANTED_BY_DEFAULT'],
      'android.permission.WRITE_EXTERNAL_STORAGE': ['SYSTEM_FIXED', 'GRANTED_BY_DEFAULT'],
    });
    const state = user0(vending);
    expect(state).toMatchObject({
      installed: true,
      hidden: false,
      stopped: false,
      enabled: 'enabled',
      ceDataInode: '114319',
    });
    expect(state.disabledComponents).toHaveLength(7);
    expect(state.disabledComponents[0]).toBe(
      'com.google.android.finsky.protect.ExternalPlayProtectHomeEntryPoint',
    );
    expect(state.enabledComponents).toEqual([
      'com.google.android.finsky.protect.impl.PlayProtectHomeDeepLinkActivity',
      'com.android.vending.AssetBrowserActivity',
    ]);
  });

  it('reads Chrome grants and a disabled-user WebView with its last disabler', () => {
    const chrome = pkg(packages, 'com.android.chrome');
    expect(chrome.installPermissions).toHaveLength(26);
    expect(granted(chrome)).toEqual({
      'android.permission.ACCESS_FINE_LOCATION': ['GRANTED_BY_DEFAULT'],
      'android.permission.ACCESS_COARSE_LOCATION': ['GRANTED_BY_DEFAULT'],
    });
    const webview = user0(pkg(packages, 'com.google.android.webview'));
    expect(webview).toMatchObject({ enabled: 'disabled-user', lastDisabledCaller: '1000' });
  });

  it('reads a sideloaded app: installer, local times in the given zone, not system', () => {
    const sshdroid = pkg(packages, 'berserker.android.apps.sshdroid');
    expect(sshdroid).toMatchObject({
      appId: 10056,
      codePath: '/data/app/berserker.android.apps.sshdroid-1',
      versionCode: 44,
      minSdk: 9,
      targetSdk: 18,
      installer: 'com.google.android.packageinstaller',
      isSystem: false,
      flags: ['HAS_CODE', 'ALLOW_CLEAR_USER_DATA', 'ALLOW_BACKUP'],
    });
    // São Paulo has been UTC-3 all year since 2019.
    expect(sshdroid.firstInstallTime).toEqual({
      text: '2020-12-19 14:58:08',
      ms: Date.UTC(2020, 11, 19, 17, 58, 8),
      placeholder: false,
    });
    expect(sshdroid.timeStamp?.ms).toBe(Date.UTC(2020, 11, 19, 17, 57, 51));
    expect(sshdroid.installPermissions).toHaveLength(9);
    expect(user0(sshdroid).runtimePermissions).toEqual([]);
  });

  it('maps shared-user grants (printed only under "Shared users:" on 7.x) to member packages', () => {
    const media = pkg(packages, 'com.android.providers.media');
    expect(media.sharedUser).toBe('android.media');
    expect(media.installPermissionsFromSharedUser).toBe(true);
    expect(media.installPermissions).toHaveLength(18);
    expect(user0(media).runtimePermissionsFromSharedUser).toBe(true);
    expect(granted(media)).toEqual({
      'android.permission.READ_EXTERNAL_STORAGE': ['SYSTEM_FIXED', 'GRANTED_BY_DEFAULT'],
      'android.permission.WRITE_EXTERNAL_STORAGE': ['SYSTEM_FIXED', 'GRANTED_BY_DEFAULT'],
    });
    const tvSettings = user0(pkg(packages, 'com.android.tv.settings'));
    const system = tvSettings.runtimePermissions;
    expect(system.find((p) => p.name === 'android.permission.CALL_PHONE')).toEqual({
      name: 'android.permission.CALL_PHONE',
      type: 'runtime',
      granted: true,
      flags: ['SYSTEM_FIXED', 'GRANTED_BY_DEFAULT'],
    });
    expect(system.find((p) => p.name === 'android.permission.CAMERA')?.flags).toEqual([]);
    expect(tvSettings.disabledComponents).toEqual([
      'com.android.tv.settings.users.RestrictedProfileActivityLauncherEntry',
    ]);
    const systemUid = sharedUsers.get('android.uid.system');
    expect(systemUid?.appId).toBe(1000);
    expect(systemUid?.members).toHaveLength(20);
    expect(systemUid?.members).toContain('com.android.tv.settings');
    expect(sharedUsers.get('android.uid.systemui')?.runtimePermissions.get(0)).toHaveLength(7);
  });

  it('counts user states across the dump', () => {
    const states = [...packages.values()].map(user0);
    expect(states.filter((s) => s.stopped === true && s.notLaunched === true)).toHaveLength(6);
    expect(states.filter((s) => s.enabled === 'default')).toHaveLength(82);
    expect([...packages.values()].filter((p) => p.isSystem)).toHaveLength(
      [...packages.values()].filter((p) => p.flags.includes('SYSTEM')).length,
    );
  });
});

describe('dumpsys package — Samsung, Android 10 (MVT trimmed dump)', () => {
  const result = parseDumpsysPackage(readSample(DUMPSYS_PACKAGE_SAMPLES.samsung10), {
    timeZone: 'America/Los_Angeles',
  });
  const { packages } = result.value;

  it('reads the 2 packages between the resolver tables, without warnings', () => {
    expect([...packages.keys()]).toEqual([
      'com.samsung.android.provider.filterprovider',
      'com.sec.android.app.DataCreate',
    ]);
    expect(result.warnings).toEqual([]);
    expect(result.partial).toBe(false);
  });

  it('reads a shared-uid system package: negative ceDataInode, declared permissions, placeholder dates', () => {
    const filter = pkg(packages, 'com.samsung.android.provider.filterprovider');
    expect(filter).toMatchObject({
      appId: 1000,
      sharedUser: 'android.uid.system',
      versionCode: 500700000,
      isSystem: true,
    });
    expect(user0(filter).ceDataInode).toBe('-4294835840');
    expect(filter.declaredPermissions.map((p) => p.protection)).toEqual([
      'normal',
      'signature',
      'signature',
      'signature',
    ]);
    // 2008-12-31 16:00:00 in Los Angeles is the system-image stamp 2009-01-01T00:00Z.
    expect(filter.firstInstallTime).toEqual({
      text: '2008-12-31 16:00:00',
      ms: Date.UTC(2009, 0, 1),
      placeholder: true,
    });
  });

  it('reads runtime permissions with pipe-separated flags (10+): listed but none granted', () => {
    const dataCreate = pkg(packages, 'com.sec.android.app.DataCreate');
    expect(dataCreate.requestedPermissions).toHaveLength(11);
    expect(dataCreate.installPermissions).toHaveLength(20);
    const runtime = user0(dataCreate).runtimePermissions;
    expect(runtime).toHaveLength(13);
    expect(runtime.every((p) => !p.granted)).toBe(true);
    expect(granted(dataCreate)).toEqual({});
    expect(runtime[0]).toEqual({
      name: 'android.permission.READ_SMS',
      type: 'runtime',
      granted: false,
      flags: ['USER_SENSITIVE_WHEN_GRANTED', 'RESTRICTION_UPGRADE_EXEMPT'],
    });
    expect(runtime.find((p) => p.name === 'android.permission.READ_EXTERNAL_STORAGE')?.flags).toEqual([
      'REVOKE_WHEN_REQUESTED',
      'USER_SENSITIVE_WHEN_GRANTED',
      'RESTRICTION_UPGRADE_EXEMPT',
    ]);
    expect(user0(dataCreate)).toMatchObject({ instant: false, virtual: false, enabled: 'default' });
  });
});
