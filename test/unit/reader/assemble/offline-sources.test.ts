// More real captures through the assembly (Samsung One UI 10 dump, a WearOS 14 updated system
// app), a bugreport built from the Rockchip captures, and bounded fuzz: cut or mangled captures
// never throw and come back partial or with warnings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CapturedOutputs } from '../../../../main/reader/offline/captured-outputs';
import { scanCaptured, scanFromBugreport } from '../../../../main/reader/scan';

const sample = (name: string): string => readFileSync(`test/fixtures/adb-samples/${name}`, 'utf8');
const captured = (outputs: CapturedOutputs['outputs']): CapturedOutputs => ({
  outputs,
  missing: [],
  warnings: [],
  partial: false,
});

describe('Samsung 10 (One UI) dump', () => {
  const snapshot = scanCaptured(
    captured({ 'dumpsys-package': sample('dumpsys-package_samsung_10_full-trimmed.txt') }),
  );

  it('has its two packages, shared-uid system app included', () => {
    expect(snapshot.apps.map((app) => app.packageName)).toEqual([
      'com.samsung.android.provider.filterprovider',
      'com.sec.android.app.DataCreate',
    ]);
    expect(snapshot.apps[0]).toMatchObject({ sharedUser: 'android.uid.system', uid: 1000, isSystem: true });
  });

  it('lists DataCreate runtime permissions as printed: denied, with flags and catalogue groups', () => {
    const app = snapshot.apps.find((entry) => entry.packageName === 'com.sec.android.app.DataCreate');
    const runtime = app?.permissions.filter((permission) => permission.type === 'runtime') ?? [];
    expect(runtime.filter((permission) => permission.granted)).toEqual([]);
    expect(runtime.find((permission) => permission.name === 'android.permission.READ_SMS')).toMatchObject({
      granted: false,
      group: 'SMS',
      flags: ['USER_SENSITIVE_WHEN_GRANTED', 'RESTRICTION_UPGRADE_EXEMPT'],
    });
    expect(app?.permissions.find((p) => p.name === 'android.permission.WRITE_SECURE_SETTINGS')).toMatchObject(
      {
        type: 'install',
        granted: true,
      },
    );
  });
});

it('marks an app with a hidden factory copy as an updated system app (WearOS 14)', () => {
  const snapshot = scanCaptured(
    captured({ 'dumpsys-package': sample('dumpsys-package_wearos-qualcomm_14_pkg1-with-hidden-system.txt') }),
  );
  expect(snapshot.apps.find((app) => app.packageName === 'com.tekartik.package1')).toMatchObject({
    isUpdatedSystem: true,
    versionCode: 20,
  });
});

it('reads a dumpstate text bugreport like the captured folder', async () => {
  const getprop = sample('getprop_rockchip-tvbox_7.1.2_full.txt');
  const dump = sample('dumpsys-package_rockchip-tvbox_7.1.2_full.txt');
  const text = [
    '========================================================',
    '== dumpstate: 2020-12-19 15:00:00',
    '========================================================',
    '------ SYSTEM PROPERTIES (getprop) ------',
    getprop,
    "------ 0.020s was the duration of 'SYSTEM PROPERTIES' ------",
    'DUMP OF SERVICE package:',
    dump,
    '--------- 0.300s was the duration of dumpsys package, ending at: 2020-12-19 15:00:01',
  ].join('\n');
  const snapshot = await scanFromBugreport(new TextEncoder().encode(text), { serial: 'rk' });
  expect(snapshot.source).toBe('bugreport');
  expect(snapshot.apps).toHaveLength(84);
  expect(snapshot.device).toMatchObject({ serial: 'rk', sdk: 25, model: 'TV BOX' });
  expect(snapshot.partial).toBe(true);
});

describe('bounded fuzz', () => {
  const getprop = sample('getprop_rockchip-tvbox_7.1.2_full.txt');
  const dump = sample('dumpsys-package_rockchip-tvbox_7.1.2_full.txt');
  const appops = sample('dumpsys-appops_sunmi-qualcomm_11_full-trimmed.txt');

  it('cut, line-dropped and byte-flipped captures never throw', () => {
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let round = 0; round < 40; round += 1) {
      const cut = dump.slice(0, Math.floor(next() * dump.length));
      const dropped = appops
        .split('\n')
        .filter(() => next() > 0.1)
        .join('\n');
      const flipped = [...getprop]
        .map((char) => (next() < 0.01 ? String.fromCharCode(char.charCodeAt(0) ^ 0x20) : char))
        .join('');
      const snapshot = scanCaptured(
        captured({ getprop: flipped, 'dumpsys-package': cut, 'dumpsys-appops': dropped }),
      );
      expect(snapshot.partial).toBe(true);
      expect(snapshot.apps.length).toBeLessThanOrEqual(84);
    }
  });
});
