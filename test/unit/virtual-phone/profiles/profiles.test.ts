// Shipped phone profiles load and validate; the profile format's defaults and shorthands;
// large-N is deterministic.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sdkOf } from '../../../../main/virtual-phone/android/phone-state';
import cnRaw from '../../../../main/virtual-phone/profiles/data/cn-flagship-14.json';
import {
  listProfiles,
  loadProfile,
  ProfileError,
  profileObjectToState,
} from '../../../../main/virtual-phone/profiles/load-profile';

const NOW = Date.UTC(2026, 4, 4, 10, 30);

describe('shipped profiles', () => {
  it('every listed profile loads', async () => {
    const names = listProfiles().map((profile) => profile.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'cn-flagship-14',
        'pixel-14',
        'legacy-7',
        'miui-strict',
        'coloros-strict',
        'large-N',
      ]),
    );
    for (const name of names.filter((entry) => entry !== 'large-N')) {
      const state = await loadProfile(name, { now: NOW });
      expect(state.packages.size, name).toBeGreaterThan(50);
      expect(listProfiles().find((profile) => profile.name === name)?.description).not.toBe('');
    }
  });

  it('cn-flagship-14: Android 14, ≥ 250 packages, ≥ 60 third-party apps in ≥ 12 categories', async () => {
    const state = await loadProfile('cn-flagship-14', { now: NOW });
    expect(sdkOf(state)).toBe(34);
    expect(state.props['ro.mi.os.version.name']).toBe('OS1.0');
    expect(state.packages.size).toBeGreaterThanOrEqual(250);
    const thirdParty = [...state.packages.values()].filter((pkg) => !pkg.system);
    expect(thirdParty.length).toBeGreaterThanOrEqual(60);
    const categories = new Set(cnRaw.packages.flatMap((pkg) => ('category' in pkg ? [pkg.category] : [])));
    expect(categories.size).toBeGreaterThanOrEqual(12);
    for (const name of [
      'com.autonavi.minimap',
      'com.baidu.BaiduMap',
      'com.sdu.didi.psnger',
      'com.tencent.mm',
      'com.tencent.mobileqq',
      'com.eg.android.AlipayGphone',
      'com.taobao.taobao',
      'com.jingdong.app.mall',
      'com.xunmeng.pinduoduo',
      'com.sankuai.meituan',
      'me.ele',
      'com.ss.android.ugc.aweme',
      'com.smile.gifmaker',
      'com.ss.android.article.news',
      'com.sohu.inputmethod.sogou',
      'com.baidu.input',
      'com.chinamworld.main',
      'cmb.pb',
    ]) {
      expect(state.packages.has(name), name).toBe(true);
    }
  });

  it('cn-flagship-14 holds over-grants, op history and special access', async () => {
    const state = await loadProfile('cn-flagship-14', { now: NOW });
    const douyin = state.packages.get('com.ss.android.ugc.aweme');
    const granted =
      douyin?.users[0]?.runtimePermissions.filter((perm) => perm.granted).map((perm) => perm.name) ?? [];
    expect(granted).toEqual(
      expect.arrayContaining([
        'android.permission.READ_CONTACTS',
        'android.permission.ACCESS_BACKGROUND_LOCATION',
        'android.permission.READ_PHONE_STATE',
        'android.permission.CAMERA',
      ]),
    );
    const recentLocation = [...state.packages.values()].filter((pkg) =>
      pkg.users[0]?.appOps.some(
        (op) => op.op === 'FINE_LOCATION' && op.accesses.some((a) => NOW - a.time < 3 * 86_400_000),
      ),
    );
    expect(recentLocation.length).toBeGreaterThan(10);
    const secure = state.settings.secure.get(0);
    expect(secure?.get('enabled_accessibility_services')).toContain('com.qihoo360.mobilesafe/');
    expect(secure?.get('enabled_notification_listeners')).toContain('com.mi.health/');
    expect(state.devicePolicy.activeAdmins.map((admin) => admin.component)).toContain(
      'com.qihoo360.mobilesafe/.receiver.DeviceAdminReceiver',
    );
    expect(state.deviceIdleWhitelist).toContain('com.tencent.mm');
    expect(state.users.map((user) => user.id)).toEqual([0, 999]);
    expect(state.packages.get('com.tencent.mm')?.users[999]?.installed).toBe(true);
  });

  it('pixel-14 and legacy-7 have the sizes and versions they claim', async () => {
    const pixel = await loadProfile('pixel-14', { now: NOW });
    expect(sdkOf(pixel)).toBe(34);
    expect(pixel.packages.size).toBeGreaterThanOrEqual(110);
    expect(pixel.devicePolicy.profileOwners[0]?.userId).toBe(10);
    const legacy = await loadProfile('legacy-7', { now: NOW });
    expect(legacy.props['ro.build.version.release']).toBe('7.1.2');
    expect(legacy.packages.size).toBeGreaterThanOrEqual(80);
    expect(legacy.packages.get('com.tencent.mm')?.codePath).toBe('/data/app/com.tencent.mm-1');
  });

  it('quirk variants switch the vendor behaviours', async () => {
    const miui = await loadProfile('miui-strict', { now: NOW });
    expect(miui.quirks).toMatchObject({
      miuiSecurityDebuggingRequired: true,
      miuiSecurityDebuggingEnabled: false,
    });
    expect(miui.packages.size).toBeGreaterThanOrEqual(250);
    const coloros = await loadProfile('coloros-strict', { now: NOW });
    expect(coloros.quirks.appOpsChangeRefused).toBe(true);
    expect(coloros.props['ro.product.brand']).toBe('OPPO');
  });
});

describe('large-N', () => {
  it('is deterministic and has N packages', async () => {
    const a = await loadProfile('large-600', { now: NOW });
    const b = await loadProfile('large-600', { now: NOW });
    expect(a.packages.size).toBe(600);
    expect([...a.packages.values()]).toEqual([...b.packages.values()]);
    const c = await loadProfile('large-100', { now: NOW });
    expect(c.packages.size).toBe(100);
  });

  it('rejects silly sizes', async () => {
    await expect(loadProfile('large-0')).rejects.toThrow(ProfileError);
  });
});

describe('the profile format', () => {
  const base = {
    name: 'tiny',
    description: 'test',
    timeZone: 'UTC',
    props: { 'ro.build.version.sdk': '34' },
  };

  it('a package in three lines gets sensible defaults', () => {
    const state = profileObjectToState(
      { ...base, packages: [{ name: 'com.example.app', permissions: ['CAMERA', 'INTERNET'] }] },
      { now: NOW },
    );
    const pkg = state.packages.get('com.example.app');
    expect(pkg).toMatchObject({
      appId: 10000,
      system: false,
      targetSdk: 34,
      requestedPermissions: ['android.permission.CAMERA', 'android.permission.INTERNET'],
      installPermissions: ['android.permission.INTERNET'],
      apkFiles: ['base.apk'],
    });
    expect(pkg?.codePath).toMatch(/^\/data\/app\/~~[\w-]{22}==\/com\.example\.app-[\w-]{22}==$/);
    expect(pkg?.users[0]?.runtimePermissions).toEqual([
      {
        name: 'android.permission.CAMERA',
        granted: true,
        flags: ['USER_SET', 'USER_SENSITIVE_WHEN_GRANTED', 'USER_SENSITIVE_WHEN_DENIED'],
      },
    ]);
  });

  it('resolves relative and absolute times against the phone clock', () => {
    const state = profileObjectToState(
      {
        ...base,
        packages: [
          {
            name: 'com.example.app',
            installed: '2026-01-01T00:00:00Z',
            updated: '-2h30m',
            lastUsed: '-45s',
            appOps: { CAMERA: { access: [{ at: '-1d', state: 'bg', duration: '1m30s' }] } },
          },
        ],
      },
      { now: NOW },
    );
    const pkg = state.packages.get('com.example.app');
    expect(pkg?.firstInstallTime).toBe(Date.UTC(2026, 0, 1));
    expect(pkg?.lastUpdateTime).toBe(NOW - 9_000_000);
    expect(pkg?.users[0]?.lastTimeUsed).toBe(NOW - 45_000);
    expect(pkg?.users[0]?.appOps[0]).toEqual({
      op: 'CAMERA',
      mode: 'allow',
      accesses: [{ time: NOW - 86_400_000, uidState: 'bg', durationMs: 90_000 }],
      rejects: [],
    });
  });

  it('shared uids share an app id; platform ones use the fixed ids', () => {
    const state = profileObjectToState(
      {
        ...base,
        systemPackageNames: [
          'android',
          'com.android.settings',
          'com.android.providers.media',
          'com.android.mtp',
        ],
      },
      { now: NOW },
    );
    expect(state.packages.get('android')?.appId).toBe(1000);
    expect(state.packages.get('com.android.settings')?.appId).toBe(1000);
    expect(state.packages.get('com.android.providers.media')?.appId).toBe(
      state.packages.get('com.android.mtp')?.appId,
    );
  });

  it('reports invalid profiles as ProfileError with the failing paths', () => {
    expect(() => profileObjectToState({ ...base, packages: [{ name: 'not a package' }] })).toThrow(
      /packages\.0\.name/,
    );
    expect(() =>
      profileObjectToState({ ...base, packages: [{ name: 'a.b', installed: 'yesterday' }] }),
    ).toThrow(ProfileError);
    expect(() =>
      profileObjectToState({ ...base, packages: [{ name: 'a.b', permissions: ['@nope'] }] }),
    ).toThrow(/unknown permission set @nope/);
  });

  it('loads a profile file by path and names unknown profiles', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'profile-'));
    const file = join(dir, 'mine.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...base,
        extends: 'legacy-7',
        name: 'mine',
        packages: [{ name: 'com.example.mine' }],
      }),
    );
    const state = await loadProfile(file, { now: NOW });
    expect(state.packages.has('com.example.mine')).toBe(true);
    expect(state.packages.has('com.tencent.mm')).toBe(true);
    await expect(loadProfile('no-such-phone')).rejects.toThrow(/Unknown phone profile "no-such-phone"/);
    await expect(loadProfile(join(dir, 'missing.json'))).rejects.toThrow(ProfileError);
  });
});
