// `dumpsys appops` of the virtual phone against the real captures (Android 9 Fire OS diff,
// 11 Sunmi, 14 HyperOS), and the ≤ 8 / 10 formats FORMATS.md §4.2 describes.
import { describe, expect, it } from 'vitest';
import { formatAppOpsDump } from '../../../../main/virtual-phone/appops/dump-appops';
import { loadProfile } from '../../../../main/virtual-phone/profiles/load-profile';
import { missingShapes, shapesOf, sliceBlock } from '../../../support/line-shapes';
import { contextOf, phone, readSample, SAMPLE_NOW } from '../dumpsys/sample-phones';

const uidBlocks = (text: string): Set<string> =>
  shapesOf(sliceBlock(text, { start: /^ {2}Uid /, end: /^\S/ }));

/** Real structures the virtual phone does not model (watchers, proxies, pending states). */
const notModelled = (shape: string): boolean =>
  /proxy\[|foregroundOps|WATCHER|OP: OP|pending|hasForegroundWatchers|policy|#9: |\(ask\)|OP\(<HEX>\)|Uid 9i|Uid u0i|Uid u0ai|Package [a-z]+:$/.test(
    shape,
  ) ||
  /^ {8}[\w.]+=\[$/.test(shape) ||
  / \/ switch (ACTIVITY_RECOGNITION|FINE_LOCATION)=/.test(shape);

describe('dumpsys appops — Android 14 (HyperOS sample) from the cn-flagship-14 profile', async () => {
  const state = await loadProfile('cn-flagship-14', { now: SAMPLE_NOW });
  const virtual = formatAppOpsDump(contextOf(state), []);
  const real = readSample('dumpsys-appops_xiaomi-hyperos2_14_full.txt');

  it('starts like the real dump', () => {
    expect(virtual.split('\n').slice(0, 5)).toEqual(real.split('\n').slice(0, 5));
  });

  it('prints uid blocks whose every line shape occurs in the real dump', () => {
    const v = uidBlocks(virtual);
    const r = uidBlocks(real);
    expect(missingShapes(v, r).filter((shape) => shape !== '  AppOps policy not set.')).toEqual([]);
    expect(missingShapes(r, v).filter((shape) => !notModelled(shape))).toEqual([]);
  });

  it('keeps the trailing space of op headers and the `Reject:` spacing', () => {
    expect(virtual).toMatch(/^ {6}FINE_LOCATION \(allow \/ switch COARSE_LOCATION=allow\): $/m);
    expect(virtual).toMatch(/^ {10}Reject: \[bg-s\]\d{4}-/m);
    expect(virtual).toMatch(/^ {10}Access: \[top-s\] \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} \(-[\dhdms]+\)/m);
  });
});

describe('dumpsys appops — Android 11 (Sunmi sample)', () => {
  const state = phone(30, {
    packages: [
      {
        name: 'com.sunmi.baseservice',
        appOps: {
          LEGACY_STORAGE: { mode: 'ignore', uidMode: true },
          COARSE_LOCATION: 'allow',
          FINE_LOCATION: {
            access: [{ at: '-1h5m27s', state: 'fg' }],
            reject: [
              { at: '-5h52m', state: 'fg' },
              { at: '-2h4m', state: 'cch' },
            ],
          },
          GPS: {
            access: [
              { at: '-1h7m', state: 'fg', duration: '1m37s899ms' },
              { at: '-2h5m', state: 'bg', duration: 304 },
            ],
          },
        },
      },
    ],
  });
  const virtual = formatAppOpsDump(contextOf(state), []);
  const real = readSample('dumpsys-appops_sunmi-qualcomm_11_full-trimmed.txt');

  it('prints the uid block with exactly the real line shapes', () => {
    const v = uidBlocks(virtual);
    const r = uidBlocks(real);
    expect(missingShapes(v, r).filter((shape) => shape !== '  AppOps policy not set.')).toEqual([]);
    expect(missingShapes(r, v)).toEqual([]);
  });

  it('uses the 3-letter capability of Android 11 and the attribution block', () => {
    expect(virtual).toContain('    capability=---\n');
    expect(virtual).toContain('      LEGACY_STORAGE: mode=ignore\n');
    expect(virtual).toMatch(/ {8}null=\[\n {10}Access: \[fg-s\] 2026-05-04 09:24:33\.000 \(-1h5m27s0ms\)\n/);
  });

  it('--package limits the dump to that package', () => {
    const only = formatAppOpsDump(contextOf(state), ['--package', 'com.sunmi.baseservice']);
    expect(only).toContain('    Package com.sunmi.baseservice:');
    expect(formatAppOpsDump(contextOf(state), ['--package', 'com.other'])).toBe(
      'Current AppOps Service state:\n',
    );
  });
});

describe('dumpsys appops — Android 9 (Fire OS diff sample)', () => {
  const state = phone(28, {
    packages: [
      {
        name: 'com.amazon.platform.fdrw',
        system: true,
        appOps: { RECORD_AUDIO: { access: [{ at: '-2h26m', state: 'pers' }] } },
      },
      {
        name: 'amazon.fireos',
        system: true,
        appOps: {
          RECORD_AUDIO: { access: [{ at: '-7h32m', state: 'pers' }] },
          GET_USAGE_STATS: { mode: 'default', reject: [{ at: '-129d17h', state: 'pers' }] },
        },
      },
    ],
  });
  const virtual = formatAppOpsDump(contextOf(state), []);
  const real = readSample('dumpsys-appops-diff_amazon-fireos7_9_excerpt.txt')
    .split('\n')
    .filter((line) => /^[ +-] {4}/.test(line))
    .map((line) => line.slice(1))
    .join('\n');

  it('prints package blocks with the real line shapes (`Access: pers  = <date> (<rel>)`)', () => {
    const packageLines = virtual.split('\n').filter((line) => /^ {4}(Package | )/.test(line));
    const v = shapesOf(packageLines.join('\n'));
    expect(missingShapes(v, shapesOf(real))).toEqual([]);
    expect(missingShapes(shapesOf(real), v)).toEqual([]);
    expect(virtual).toContain('      GET_USAGE_STATS (default): \n          Reject: pers  = ');
  });
});

describe('dumpsys appops — Android 10 and ≤ 8 formats (FORMATS.md §4.2)', () => {
  const packages = [
    {
      name: 'com.example.maps',
      appOps: {
        WAKE_LOCK: { access: [{ at: '-24m50s', state: 'bg', duration: 33 }] },
        CAMERA: { mode: 'ignore', reject: [{ at: '-1d', state: 'fg' }] },
      },
    },
  ];

  it('10: `[bg-s] <date> (-…) duration=+33ms` and `Reject: [fg-s]<date>`', () => {
    const virtual = formatAppOpsDump(contextOf(phone(29, { packages })), []);
    expect(virtual).toMatch(
      /^ {6}WAKE_LOCK \(allow\): \n {10}Access: \[bg-s\] \S+ \S+ \(-24m50s0ms\) duration=\+33ms$/m,
    );
    expect(virtual).toMatch(/^ {10}Reject: \[fg-s\]2026-05-03 10:30:00\.000 \(-1d0h0m0s0ms\)$/m);
    expect(virtual).not.toContain('null=[');
  });

  it('≤ 8: one line per op with numeric modes and relative times', () => {
    const virtual = formatAppOpsDump(contextOf(phone(26, { packages })), []);
    expect(virtual).toContain('      WAKE_LOCK: mode=0; time=+24m50s0ms ago; duration=+33ms\n');
    expect(virtual).toContain('      CAMERA: mode=1; rejectTime=+1d0h0m0s0ms ago\n');
  });
});
