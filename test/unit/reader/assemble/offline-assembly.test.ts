// Assembly on real captures (test/fixtures/adb-samples): the Rockchip 7.1.2 TV box full dump with
// its getprop, special access from a device-owner dump and a HyperOS settings table, and the
// `partial` flag when inputs are missing.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CapturedOutputs } from '../../../../main/reader/offline/captured-outputs';
import { scanCaptured, scanFromFolder } from '../../../../main/reader/scan';
import type { AppEntry } from '../../../../main/snapshot/device-snapshot';

const sample = (name: string): string => readFileSync(`test/fixtures/adb-samples/${name}`, 'utf8');
const captured = (outputs: CapturedOutputs['outputs']): CapturedOutputs => ({
  outputs,
  missing: [],
  warnings: [],
  partial: false,
});
const app = (apps: readonly AppEntry[], name: string): AppEntry => {
  const found = apps.find((entry) => entry.packageName === name);
  if (found === undefined) throw new Error(`${name} not in the snapshot`);
  return found;
};
const grantedRuntime = (entry: AppEntry): string[] =>
  entry.permissions
    .filter((permission) => permission.type === 'runtime' && permission.granted)
    .map((permission) => permission.name.replace('android.permission.', ''))
    .sort();

describe('Rockchip 7.1.2 TV box: full dumpsys package + getprop', () => {
  const snapshot = scanCaptured(
    captured({
      getprop: sample('getprop_rockchip-tvbox_7.1.2_full.txt'),
      'dumpsys-package': sample('dumpsys-package_rockchip-tvbox_7.1.2_full.txt'),
    }),
  );

  it('reads the device from its properties (SDK trusted over the release string)', () => {
    expect(snapshot.device).toMatchObject({
      manufacturer: 'rockchip',
      model: 'TV BOX',
      release: '9.1',
      sdk: 25,
    });
    expect(snapshot.device.buildType).toBe('userdebug');
    // persist.sys.timezone is empty on this box: local times are read as UTC.
    expect(snapshot.timeZone).toBe('UTC');
  });

  it('lists every package, user and system', () => {
    expect(snapshot.apps).toHaveLength(84);
    expect(snapshot.apps.filter((entry) => entry.isSystem)).toHaveLength(76);
    const netflix = app(snapshot.apps, 'com.netflix.mediaclient');
    expect(netflix).toMatchObject({ versionCode: 200147, targetSdk: 25, isSystem: false, installed: true });
    expect(netflix.stopped).toBe(true);
    expect(grantedRuntime(netflix)).toEqual([]);
    expect(netflix.permissions.find((p) => p.name === 'android.permission.INTERNET')).toMatchObject({
      type: 'install',
      granted: true,
    });
    expect(app(snapshot.apps, 'berserker.android.apps.sshdroid').installer).toBe(
      'com.google.android.packageinstaller',
    );
  });

  it('joins runtime grants with the catalogue (group, protection level, API level)', () => {
    const settings = app(snapshot.apps, 'com.android.tv.settings');
    expect(grantedRuntime(settings)).toEqual([
      'ACCESS_COARSE_LOCATION',
      'ACCESS_FINE_LOCATION',
      'CALL_PHONE',
      'CAMERA',
      'GET_ACCOUNTS',
      'READ_CONTACTS',
      'READ_EXTERNAL_STORAGE',
      'READ_PHONE_STATE',
      'RECORD_AUDIO',
      'WRITE_CONTACTS',
      'WRITE_EXTERNAL_STORAGE',
    ]);
    expect(settings.permissions.find((p) => p.name === 'android.permission.CAMERA')).toMatchObject({
      group: 'CAMERA',
      apiAdded: 23,
      flags: [],
      op: 'CAMERA',
    });
    // The op comes from the catalogue where its name differs from the permission's.
    const spooler = app(snapshot.apps, 'com.android.printspooler');
    expect(
      spooler.permissions.find((p) => p.name === 'android.permission.ACCESS_FINE_LOCATION'),
    ).toMatchObject({
      granted: true,
      op: 'FINE_LOCATION',
    });
    const calendar = app(snapshot.apps, 'com.android.providers.calendar');
    expect(calendar.permissions.find((p) => p.name === 'android.permission.READ_CALENDAR')).toMatchObject({
      type: 'runtime',
      granted: true,
      group: 'CALENDAR',
      flags: ['SYSTEM_FIXED', 'GRANTED_BY_DEFAULT'],
    });
  });

  it('leaves system-image placeholder dates out and keeps real ones', () => {
    expect(app(snapshot.apps, 'com.android.providers.calendar').firstInstallMs).toBe(1576654850000);
    expect(
      snapshot.apps.every((entry) => (entry.firstInstallMs ?? Date.UTC(2010, 0)) > Date.UTC(2009, 6)),
    ).toBe(true);
  });

  it('is partial, naming each missing input', () => {
    expect(snapshot.partial).toBe(true);
    const messages = snapshot.warnings.map((warning) => warning.message);
    expect(messages).toContain('dumpsys-appops: not captured');
    expect(messages).toContain('settings-secure: not captured');
    expect(snapshot.roundTrips).toBeUndefined();
  });
});

describe('special access from real dumps', () => {
  const snapshot = scanCaptured(
    captured({
      'dumpsys-device_policy': sample('dumpsys-device_policy_sunmi-qualcomm_11_device-owner.txt'),
      'settings-secure': sample('settings-list-secure_xiaomi-hyperos2_14.txt'),
    }),
  );

  it('device owner and admins from dumpsys device_policy', () => {
    expect(snapshot.specialAccess.deviceOwner).toBe(
      'com.example.android.deviceowner/com.example.android.deviceowner.DeviceOwnerReceiver',
    );
    expect(snapshot.specialAccess.deviceAdmins).toEqual([
      'com.example.android.deviceowner/.DeviceOwnerReceiver',
    ]);
  });

  it('accessibility services and notification listeners from settings secure', () => {
    expect(snapshot.specialAccess.accessibilityServices).toHaveLength(9);
    expect(snapshot.specialAccess.accessibilityServices[0]).toBe(
      'com.arlosoft.macrodroid/com.arlosoft.macrodroid.triggers.services.MacroDroidAccessibilityServiceJellyBean',
    );
    expect(snapshot.specialAccess.notificationListeners).toEqual([
      'com.omarea.vtools/com.omarea.scene_mode.NotificationListenerService',
      'com.arlosoft.macrodroid/com.arlosoft.macrodroid.triggers.services.NotificationServiceOreo',
      'com.catchingnow.icebox/com.catchingnow.icebox.service.NotificationObserverService',
    ]);
  });
});

describe('scanFromFolder', () => {
  it('reads captured files plus id.txt and date.txt', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ps-assembly-'));
    try {
      await writeFile(join(dir, 'getprop.txt'), sample('getprop_rockchip-tvbox_7.1.2_full.txt'));
      await writeFile(
        join(dir, 'dumpsys-package.txt'),
        sample('dumpsys-package_rockchip-tvbox_7.1.2_full.txt'),
      );
      await writeFile(join(dir, 'id.txt'), 'uid=0(root) gid=0(root) groups=0(root) context=u:r:su:s0\n');
      await writeFile(join(dir, 'date.txt'), '1700000000123\n');
      const snapshot = await scanFromFolder(dir, { serial: 'box-1' });
      expect(snapshot.source).toBe('directory');
      expect(snapshot.takenAtMs).toBe(1700000000123);
      expect(snapshot.device).toMatchObject({ serial: 'box-1', shellHasRoot: true, sdk: 25 });
      expect(snapshot.apps).toHaveLength(84);
      expect(snapshot.partial).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
