// Line forms across releases that the real captures here do not cover whole. The Android 10
// record lines are quoted from the Samsung capture in FORMATS.md; the ≤ 8 form follows
// AppOpsService.dump of that era (`mode=<n>; time=+… ago; rejectTime=…; duration=…`).
import { describe, expect, it } from 'vitest';
import {
  parseDumpsysAppOps,
  parseFormattedUid,
  readAccessRecord,
} from '../../../../main/reader/parsers/dumpsys-appops';

const NOW = Date.UTC(2022, 2, 29, 15, 27, 53, 87);

describe('readAccessRecord', () => {
  it('reads the Android 10 forms (space after `]` for Access, none for Reject)', () => {
    const access = readAccessRecord(
      'access',
      'Access: [bg-s] 2022-03-29 23:03:03.763 (-24m50s324ms) duration=+33ms',
      7,
    );
    expect(access).toMatchObject({
      uidState: 'bg',
      relativeMs: -1_490_324,
      durationMs: 33,
      proxyPackage: undefined,
    });
    const reject = readAccessRecord('reject', 'Reject: [fg-s]2021-05-19 22:02:52.054 (-314d1h25m2s33ms)', 7);
    expect(reject).toMatchObject({
      uidState: 'fg',
      relativeMs: -(((314 * 24 + 1) * 60 + 25) * 60_000 + 2033),
    });
  });

  it('reads proxies, several flags and the Android 9 padded form', () => {
    const proxied = readAccessRecord(
      'access',
      '[fg-upd] 2026-05-04 10:28:10.682 (-8h1m51s55ms) proxy[uid=10174, pkg=com.google.android.gm, attributionTag=null]',
    );
    expect(proxied).toMatchObject({ uidState: 'fg', proxyPackage: 'com.google.android.gm' });
    expect(readAccessRecord('access', '[top-s|tp] 2026-05-04 10:28:10.682 (-1s0ms)')?.uidState).toBe('top');
    expect(readAccessRecord('access', 'fgsvc = 2026-08-03 14:26:28.449 (-2h26m18s546ms)')?.uidState).toBe(
      'fgsvc',
    );
  });

  it.each([
    '[fg-s 2021-01-11 16:01:05.086 (-1h)',
    '[f-s] 2021-01-11 16:01:05.086 (-1h)',
    '[fg-s] 2021-01-11 16:01 (-1h)',
    '[fg-s] 2021-01-11 16:01:05.086 (-1x)',
    '[fg-s] 2021-01-11 16:01:05.086 (-1h',
    'pers 2026-08-03 14:26:28.449',
    '',
  ])('rejects %j', (text) => {
    expect(readAccessRecord('access', text)).toBeUndefined();
  });
});

describe('parseFormattedUid (UserHandle.formatUid)', () => {
  it.each([
    ['1000', 1000],
    ['u0a119', 10_119],
    ['u10a5', 1_010_005],
    ['u0i1', 99_001],
    ['u0ai9000', 99_000],
    ['u0ai0', 90_000],
    ['u150s1000', 15_001_000],
  ])('%s → %d', (text, uid) => {
    expect(parseFormattedUid(text)).toBe(uid);
  });

  it.each(['u0a', 'ua5', 'u0x5', 'u0a99999', '-1', 'u0a1 '])('rejects %j', (text) => {
    expect(parseFormattedUid(text)).toBeUndefined();
  });
});

describe('parseDumpsysAppOps line forms', () => {
  it('reads Android 10 records directly under the op (no attribution blocks)', () => {
    const text = [
      'Current AppOps Service state:',
      '  Uid u0a45:',
      '    state=cch',
      '    Package com.samsung.android.app.spage:',
      '      WAKE_LOCK (allow):',
      '          Access: [bg-s] 2022-03-29 23:03:03.763 (-24m50s324ms) duration=+33ms',
      '          Reject: [fg-s]2021-05-19 22:02:52.054 (-314d1h25m2s33ms)',
    ].join('\n');
    const { value, warnings, partial } = parseDumpsysAppOps(text, { now: NOW });
    expect(warnings).toEqual([]);
    expect(partial).toBe(false);
    expect(value.packages).toEqual([
      {
        uid: 10_045,
        packageName: 'com.samsung.android.app.spage',
        ops: [
          {
            op: 'WAKE_LOCK',
            mode: 'allow',
            lastAccessBackgroundMs: NOW - 1_490_324,
            lastAccessMs: NOW - 1_490_324,
            lastRejectMs: NOW - (((314 * 24 + 1) * 60 + 25) * 60_000 + 2033),
            durationMs: 33,
          },
        ],
      },
    ]);
  });

  it('reads the Android ≤ 8 one-line ops with numeric modes', () => {
    const text = [
      '  Uid u0a103:',
      '      COARSE_LOCATION: mode=1',
      '    Package com.example.app:',
      '      CAMERA: mode=0; time=+5m0s0ms ago; rejectTime=+1h0m0s0ms ago; duration=+3s0ms',
      '      RECORD_AUDIO: mode=4; time=+2s0ms ago (running)',
      '      READ_SMS: mode=3',
    ].join('\n');
    const { value, warnings } = parseDumpsysAppOps(text, { now: NOW });
    expect(warnings).toEqual([]);
    expect(value.packages[0]?.ops).toEqual([
      { op: 'COARSE_LOCATION', mode: 'ignore', uidMode: true },
      {
        op: 'CAMERA',
        mode: 'allow',
        lastAccessMs: NOW - 300_000,
        lastRejectMs: NOW - 3_600_000,
        durationMs: 3000,
      },
      { op: 'RECORD_AUDIO', mode: 'foreground', lastAccessMs: NOW - 2000, running: true },
      { op: 'READ_SMS', mode: 'default' },
    ]);
  });

  it('reads Android 9 continuation lines and op-level duration', () => {
    const text = [
      '  Uid u0a50:',
      '    Package com.example.nine:',
      '      CAMERA (allow): ',
      '          Access: top   = 2019-03-01 10:00:00.000 (-1h0m0s0ms)',
      '                  bg    = 2019-03-01 10:30:00.000 (-30m0s0ms)',
      '          duration=+12s0ms',
    ].join('\n');
    const op = parseDumpsysAppOps(text, { timeZone: 'UTC' }).value.packages[0]?.ops[0];
    expect(op).toEqual({
      op: 'CAMERA',
      mode: 'allow',
      lastAccessForegroundMs: Date.UTC(2019, 2, 1, 10),
      lastAccessBackgroundMs: Date.UTC(2019, 2, 1, 10, 30),
      lastAccessMs: Date.UTC(2019, 2, 1, 10, 30),
      durationMs: 12_000,
    });
  });

  it('keeps unknown modes as mode=<n> and rejects untrusted names with a warning', () => {
    const text = [
      '  Uid u0a60:',
      '    Package com.example.odd:',
      '      CAMERA (mode=7): ',
      '      camera; rm -rf (allow): ',
      "    Package com.evil'$(reboot):",
      '      CAMERA (allow): ',
      '          Access: [fg-s] 2021-01-11 16:01:05.086 (-1h0m0s0ms)',
      '    Package com.example.ok:',
      '      CAMERA (allow): ',
      '        bad tag with spaces=[',
      '          Access: [fg-s] 2021-01-11 16:01:05.086 (-1h0m0s0ms)',
      '        ]',
    ].join('\n');
    const { value, warnings } = parseDumpsysAppOps(text, { now: NOW });
    expect(value.packages.map((entry) => entry.packageName)).toEqual(['com.example.odd', 'com.example.ok']);
    expect(value.packages[0]?.ops).toEqual([{ op: 'CAMERA', mode: 'mode=7' }]);
    expect(value.packages[1]?.ops).toEqual([
      { op: 'CAMERA', mode: 'allow', lastAccessForegroundMs: NOW - 3_600_000, lastAccessMs: NOW - 3_600_000 },
    ]);
    expect(warnings.map((warning) => warning.line)).toEqual([4, 5, 10]);
  });

  it('marks a dump cut inside an attribution block as partial', () => {
    const text = [
      '  Uid u0a60:',
      '    Package com.example.cut:',
      '      CAMERA (allow): ',
      '        null=[',
      '          Access: [fg-s] 2021-01-11 16:01:05.086 (-1h0m0s0ms)',
    ].join('\n');
    const result = parseDumpsysAppOps(text, { now: NOW });
    expect(result.partial).toBe(true);
    expect(result.value.packages[0]?.ops[0]?.lastAccessMs).toBe(NOW - 3_600_000);
    expect(parseDumpsysAppOps(`${text}\n        ]\n`, { now: NOW }).partial).toBe(false);
    expect(
      parseDumpsysAppOps(`${text}\n        ]\n          Access: [fg-s] 2021-01-1`, { now: NOW }).partial,
    ).toBe(true);
  });

  it('warns about an unknown zone and falls back to relative times', () => {
    const text =
      '  Uid 1000:\n    Package android:\n      X (allow):\n          Access: [top-s] 2021-01-11 16:01:05.086 (-1s0ms)\n';
    const result = parseDumpsysAppOps(text, { now: NOW, timeZone: 'Mars/Olympus' });
    expect(result.warnings[0]?.message).toContain('unknown time zone');
    expect(result.value.packages[0]?.ops[0]?.lastAccessForegroundMs).toBe(NOW - 1000);
  });

  it('skips unknown sections with one warning each', () => {
    const text = '  Some new section:\n    whatever: 1\n      deeper\n  Uid 1000:\n    Package android:\n';
    const result = parseDumpsysAppOps(text);
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      'skipped section "Some new section:"',
    ]);
    expect(result.value.packages).toEqual([{ uid: 1000, packageName: 'android', ops: [] }]);
  });
});
