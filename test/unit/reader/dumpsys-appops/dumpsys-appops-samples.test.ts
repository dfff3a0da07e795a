import { describe, expect, it } from 'vitest';
import { parseDumpsysAppOps } from '../../../../main/reader/parsers/dumpsys-appops';
import type { AppOpsPackage, AppOpUse, DumpsysAppOps } from '../../../../main/reader/parsers/dumpsys-appops';
import { APPOPS_SAMPLES, diffAfter, readSample } from './samples';

// The Xiaomi Pad was on a fixed UTC-5 zone: its usagestats prints epoch 0 as
// 1969-12-31 19:00:00 and every printed wall-clock time matches the relative time against
// a dump taken at 2026-05-04 18:30:01.737 local, including January records (no DST shift).
const HYPER_OS = { timeZone: 'America/Bogota' } as const;
const HYPER_OS_NOW = Date.UTC(2026, 4, 4, 23, 30, 1, 737);
const bogota = (month: number, day: number, time: readonly [number, number, number, number]): number =>
  Date.UTC(2026, month - 1, day, time[0] + 5, time[1], time[2], time[3]);

const packageOf = (dump: DumpsysAppOps, name: string, uid?: number): AppOpsPackage => {
  const found = dump.packages.find(
    (entry) => entry.packageName === name && (uid === undefined || entry.uid === uid),
  );
  if (found === undefined) throw new Error(`no package ${name}`);
  return found;
};

const opOf = (entry: AppOpsPackage, op: string, uidMode = false): AppOpUse => {
  const found = entry.ops.find(
    (candidate) => candidate.op === op && (candidate.uidMode === true) === uidMode,
  );
  if (found === undefined) throw new Error(`no op ${op} in ${entry.packageName}`);
  return found;
};

describe('dumpsys appops, Xiaomi Pad 6 HyperOS 2 (Android 14)', () => {
  const result = parseDumpsysAppOps(readSample(APPOPS_SAMPLES.hyperOs14), HYPER_OS);
  const dump = result.value;

  it('reads every uid block and package without warnings', () => {
    expect(result.warnings).toEqual([]);
    expect(result.partial).toBe(false);
    expect(dump.uids).toHaveLength(286);
    expect(dump.packages).toHaveLength(335);
    expect(new Set(dump.packages.map((entry) => entry.packageName)).size).toBe(333);
    expect(dump.uids.reduce((count, uid) => count + uid.uidModes.length, 0)).toBe(595);
    const packageOps = dump.packages.flatMap((entry) => entry.ops.filter((op) => op.uidMode !== true));
    // 1628 op headers minus the 3 of the native pseudo-packages audioserver and cameraserver.
    expect(packageOps).toHaveLength(1625);
    expect(packageOps.filter((op) => op.mode === 'ask')).toHaveLength(7);
    expect(packageOps.filter((op) => op.vendorOpCode !== undefined)).toHaveLength(253);
    expect(packageOps.filter((op) => op.running === true)).toHaveLength(19);
  });

  it('decodes UserHandle.formatUid forms and uid states', () => {
    const uids = dump.uids.map((entry) => entry.uid);
    expect(uids.slice(0, 3)).toEqual([0, 1000, 1001]);
    expect(uids).toContain(10_174);
    expect(uids.slice(-4)).toEqual([90_000, 90_001, 99_000, 99_001]);
    const states = dump.uids.map((entry) => entry.uidState);
    expect(states.filter((state) => state === 'cch')).toHaveLength(240);
    expect(states.filter((state) => state === 'top')).toHaveLength(3);
    expect(dump.uids[1]?.uidState).toBe('pers');
  });

  it('keeps uid-level modes and skips the foregroundOps watcher list', () => {
    const uid1001 = dump.uids.find((entry) => entry.uid === 1001);
    expect(uid1001?.uidModes.map((op) => `${op.op}=${op.mode}`)).toEqual([
      'COARSE_LOCATION=foreground',
      'FINE_LOCATION=foreground',
      'WRITE_SMS=allow',
      'RECORD_AUDIO=foreground',
      'LEGACY_STORAGE=ignore',
    ]);
    expect(uid1001?.packageNames).toEqual([
      'com.miui.vsimcore',
      'com.xiaomi.entitlement.o2',
      'com.android.phone',
    ]);
    const gmail = packageOf(dump, 'com.google.android.gm');
    expect(gmail.uid).toBe(10_174);
    expect(opOf(gmail, 'CAMERA', true)).toEqual({ op: 'CAMERA', mode: 'ignore', uidMode: true });
    expect(gmail.ops.filter((op) => op.uidMode === true)).toHaveLength(13);
  });

  it('splits Gmail READ_CONTACTS into foreground and background by uid state', () => {
    const readContacts = opOf(packageOf(dump, 'com.google.android.gm'), 'READ_CONTACTS');
    expect(readContacts).toEqual({
      op: 'READ_CONTACTS',
      mode: 'allow',
      lastAccessForegroundMs: bogota(5, 4, [10, 28, 10, 682]), // [fg-up]
      lastAccessBackgroundMs: bogota(5, 3, [8, 38, 2, 824]), // [bg-up], later than the January [cch-up]
      lastAccessMs: bogota(5, 4, [10, 28, 10, 682]),
    });
  });

  it('takes the duration of the latest access and the latest reject', () => {
    const gmail = packageOf(dump, 'com.google.android.gm');
    const wakeLock = opOf(gmail, 'WAKE_LOCK');
    expect(wakeLock.lastAccessForegroundMs).toBe(bogota(5, 4, [10, 28, 10, 679]));
    expect(wakeLock.lastAccessBackgroundMs).toBe(bogota(5, 4, [13, 35, 59, 50]));
    expect(wakeLock.durationMs).toBe(8);
    expect(opOf(gmail, 'SYSTEM_ALERT_WINDOW')).toEqual({
      op: 'SYSTEM_ALERT_WINDOW',
      mode: 'default',
      lastRejectMs: bogota(5, 4, [13, 36, 1, 425]),
    });
  });

  it('records proxied access and MIUI vendor ops', () => {
    const gmail = packageOf(dump, 'com.google.android.gm');
    const accounts = opOf(gmail, 'GET_ACCOUNTS');
    expect(accounts.proxyPackages).toEqual(['com.google.android.gms']);
    expect(accounts.lastAccessForegroundMs).toBe(bogota(5, 2, [18, 52, 31, 75])); // [top-tpd]
    expect(accounts.lastAccessBackgroundMs).toBe(bogota(4, 27, [20, 49, 17, 819])); // [cch-tpd]
    const autoStart = opOf(gmail, 'MIUIOP(10008)');
    expect(autoStart.vendorOpCode).toBe(10_008);
    expect(autoStart.mode).toBe('allow');
    expect(gmail.ops.at(-1)?.op).toBe('MIUIOP(10044)');
  });

  it('reads attribution tags, switch ops and running ops of the android package', () => {
    const android = packageOf(dump, 'android');
    expect(android.uid).toBe(1000);
    const fine = opOf(android, 'FINE_LOCATION');
    expect(fine.attributionTags).toEqual(['SensorNotificationService', 'CountryDetector']);
    expect(fine.lastAccessForegroundMs).toBe(bogota(5, 4, [16, 13, 55, 868]));
    expect(fine.lastAccessBackgroundMs).toBeUndefined();
    const monitor = opOf(android, 'MONITOR_LOCATION');
    expect(monitor.switchOp).toBe('COARSE_LOCATION');
    expect(monitor.attributionTags).toEqual([
      'LocationService',
      'SensorNotificationService',
      'CountryDetector',
    ]);
    expect(monitor.lastAccessMs).toBe(Date.UTC(2026, 0, 22, 4, 49, 0, 556)); // 2026-01-21 23:49:00.556
    expect(monitor.durationMs).toBe(9);
    expect(monitor.lastRejectMs).toBe(bogota(5, 4, [15, 57, 56, 753]));
    const overlay = opOf(android, 'SYSTEM_ALERT_WINDOW');
    expect(overlay).toMatchObject({ mode: 'default', running: true, durationMs: 2773 });
    expect(overlay.lastAccessMs).toBe(bogota(5, 4, [18, 29, 58, 968]));
  });

  it('reads a long-running foreground service of rikka.appops', () => {
    const start = opOf(packageOf(dump, 'rikka.appops'), 'START_FOREGROUND');
    expect(start).toMatchObject({ mode: 'allow', running: true, durationMs: 9_121_796 });
  });

  it('dates records the same way from the wall clock plus zone as from now plus the relative time', () => {
    const relative = parseDumpsysAppOps(readSample(APPOPS_SAMPLES.hyperOs14), { now: HYPER_OS_NOW });
    expect(relative.value).toEqual(dump);
  });

  it('leaves times out (with one warning) when neither now nor a zone is given', () => {
    const bare = parseDumpsysAppOps(readSample(APPOPS_SAMPLES.hyperOs14));
    expect(bare.warnings.map((warning) => warning.message)).toEqual([
      'times left out: neither now nor a time zone was given',
    ]);
    const readContacts = opOf(packageOf(bare.value, 'com.google.android.gm'), 'READ_CONTACTS');
    expect(readContacts).toEqual({ op: 'READ_CONTACTS', mode: 'allow' });
    expect(opOf(packageOf(bare.value, 'com.google.android.gm'), 'WAKE_LOCK').durationMs).toBe(8);
  });
});

describe('dumpsys appops, Sunmi (Android 11, trimmed after one uid)', () => {
  const result = parseDumpsysAppOps(readSample(APPOPS_SAMPLES.sunmi11), { timeZone: 'Asia/Shanghai' });
  const shanghai = (time: readonly [number, number, number, number]): number =>
    Date.UTC(2021, 0, 11, time[0] - 8, time[1], time[2], time[3]);

  it('skips the prompt (one warning) and the watcher sections', () => {
    expect(result.warnings).toEqual([
      { source: 'dumpsys appops', line: 1, message: 'unrecognised line "qssi:/ $ dumpsys appops"' },
    ]);
    expect(result.partial).toBe(false);
    expect(result.value.uids).toEqual([
      {
        uid: 10_119,
        uidState: 'bg',
        uidModes: [{ op: 'LEGACY_STORAGE', mode: 'ignore', uidMode: true }],
        packageNames: ['com.sunmi.baseservice'],
      },
    ]);
  });

  it('reads GPS with fg/bg/cch records and the duration of the latest one', () => {
    const ops = result.value.packages[0]?.ops ?? [];
    expect(ops.map((op) => op.op)).toEqual([
      ...['LEGACY_STORAGE', 'COARSE_LOCATION', 'FINE_LOCATION', 'GPS', 'WIFI_SCAN'],
      ...['MONITOR_LOCATION', 'MONITOR_HIGH_POWER_LOCATION', 'CHANGE_WIFI_STATE'],
    ]);
    expect(ops.find((op) => op.op === 'GPS')).toEqual({
      op: 'GPS',
      mode: 'allow',
      switchOp: 'COARSE_LOCATION',
      lastAccessForegroundMs: shanghai([15, 59, 27, 223]),
      lastAccessBackgroundMs: shanghai([15, 1, 5, 251]), // [cch-s] is later than [bg-s]
      lastAccessMs: shanghai([15, 59, 27, 223]),
      durationMs: 97_899,
    });
    expect(ops.find((op) => op.op === 'FINE_LOCATION')).toMatchObject({
      lastAccessForegroundMs: shanghai([16, 1, 5, 86]),
      lastRejectMs: shanghai([15, 2, 12, 835]), // [cch-s]2021-01-11 15:02:12.835, no space after ]
    });
    expect(ops.find((op) => op.op === 'COARSE_LOCATION')).toEqual({ op: 'COARSE_LOCATION', mode: 'allow' });
  });
});

describe('dumpsys appops, Amazon Fire OS 7 (Android 9, diff excerpt)', () => {
  const text = diffAfter(readSample(APPOPS_SAMPLES.fireOs9Diff));
  const result = parseDumpsysAppOps(text, { timeZone: 'UTC' });

  it('reads the padded `pers  =` records of packages outside a Uid block', () => {
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      'package outside a Uid block (excerpt?)',
    ]);
    expect(result.value.uids).toEqual([
      {
        uidModes: [],
        packageNames: ['com.amazon.platform.fdrw', 'amazon.fireos', 'com.amazon.device.logmanager'],
      },
    ]);
    const fireOs = result.value.packages[1];
    expect(fireOs).toEqual({
      packageName: 'amazon.fireos',
      ops: [
        {
          op: 'RECORD_AUDIO',
          mode: 'allow',
          lastAccessForegroundMs: Date.UTC(2026, 7, 3, 9, 20, 46, 628),
          lastAccessMs: Date.UTC(2026, 7, 3, 9, 20, 46, 628),
        },
        { op: 'GET_USAGE_STATS', mode: 'default', lastRejectMs: Date.UTC(2026, 2, 26, 23, 43, 10, 17) },
      ],
    });
  });

  it('agrees between the two snapshots of the diff (same absolute times)', () => {
    const before = readSample(APPOPS_SAMPLES.fireOs9Diff)
      .split('\n')
      .filter((line) => (line.startsWith(' ') || line.startsWith('-')) && !line.startsWith('---'))
      .map((line) => line.slice(1))
      .join('\n');
    expect(parseDumpsysAppOps(before, { timeZone: 'UTC' }).value).toEqual(result.value);
  });
});
