// CaptureParsers: the zone from getprop, the clock for relative appops times (phone clock
// moved on by host time when live, fixed offline), failed sections dropped as missing.
import { describe, expect, it } from 'vitest';
import { CaptureParsers } from '../../../../main/reader/assemble/capture-parsers';
import { parsePhoneClock, parseShellUid, sectionFailure } from '../../../../main/reader/assemble/shell-facts';

const LEGACY_APPOPS = [
  'Current AppOps Service state:',
  '  Uid u0a63:',
  '    Package com.tencent.mm:',
  '      CAMERA: mode=0; time=+5m0s0ms ago; duration=+3s0ms',
  '',
].join('\n');
const GETPROP = '[persist.sys.timezone]: [Asia/Shanghai]\n[ro.build.version.sdk]: [25]\n';

const cameraOf = (parsers: CaptureParsers) =>
  parsers.result().appOps?.packages[0]?.ops.find((op) => op.op === 'CAMERA');

describe('CaptureParsers', () => {
  it('takes the zone from getprop for later inputs', () => {
    const parsers = new CaptureParsers({ mode: 'offline' });
    parsers.push('getprop', GETPROP);
    parsers.end('getprop');
    expect(parsers.result().timeZone).toBe('Asia/Shanghai');
  });

  it('dates relative appops times against date.txt offline', () => {
    const parsers = new CaptureParsers({ mode: 'offline', hostClock: () => 5 });
    parsers.push('date', '1700000000000\n');
    parsers.end('date');
    for (const chunk of LEGACY_APPOPS.match(/[\s\S]{1,7}/g) ?? []) parsers.push('dumpsys-appops', chunk);
    parsers.end('dumpsys-appops');
    expect(cameraOf(parsers)).toMatchObject({
      mode: 'allow',
      lastAccessMs: 1700000000000 - 300_000,
      durationMs: 3000,
    });
    expect(parsers.result()).toMatchObject({ clockSource: 'phone', nowMs: 1700000000000, partial: false });
  });

  it('moves the phone clock on by the host time elapsed when live', () => {
    let host = 1_000;
    const parsers = new CaptureParsers({ mode: 'live', hostClock: () => host });
    parsers.push('date', '1700000000000');
    parsers.end('date');
    host = 4_000;
    parsers.push('dumpsys-appops', LEGACY_APPOPS);
    expect(cameraOf(parsers)?.lastAccessMs).toBe(1700000003000 - 300_000);
  });

  it('falls back to the host clock live and says the phone clock was unknown', () => {
    const parsers = new CaptureParsers({ mode: 'live', hostClock: () => 1_800_000_000_000 });
    parsers.push('date', '/system/bin/sh: date: inaccessible or not found\n');
    parsers.end('date');
    parsers.push('dumpsys-appops', LEGACY_APPOPS);
    const result = parsers.result();
    expect(result).toMatchObject({ clockSource: 'host', nowMs: 1_800_000_000_000, partial: false });
    expect(result.warnings.map((w) => w.message)).toContain(
      'date: the device answered: /system/bin/sh: date: inaccessible or not found',
    );
  });

  it('drops a section the device refused, and marks the result partial', () => {
    const parsers = new CaptureParsers({ mode: 'live' });
    parsers.push('dumpsys-usagestats', "Can't find service: usagestats\n");
    parsers.end('dumpsys-usagestats');
    parsers.push('dumpsys-package', '');
    parsers.end('dumpsys-package');
    const result = parsers.result(['getprop']);
    expect(result.usageStats).toBeUndefined();
    expect(result.missing).toEqual(['dumpsys-usagestats', 'dumpsys-package', 'getprop']);
    expect(result.partial).toBe(true);
  });

  it('keeps an empty deviceidle whitelist (nothing exempted) as a real answer', () => {
    const parsers = new CaptureParsers({ mode: 'live' });
    parsers.end('deviceidle-whitelist');
    expect(parsers.result()).toMatchObject({ deviceIdle: { user: [] }, partial: false, missing: [] });
  });
});

describe('shell facts', () => {
  it('reads the shell uid from `id -u` and from a full `id` line', () => {
    expect(parseShellUid('2000\n')).toBe(2000);
    expect(parseShellUid('uid=0(root) gid=0(root) groups=0(root)')).toBe(0);
    expect(parseShellUid('id: unknown option')).toBeUndefined();
  });

  it('reads the phone clock with and without %N support', () => {
    expect(parsePhoneClock('1732835000123\n')).toBe(1732835000123);
    expect(parsePhoneClock('1732835000%3N\n')).toBe(1732835000000);
    expect(parsePhoneClock('date: not found')).toBeUndefined();
  });

  it('tells device errors from output', () => {
    expect(sectionFailure("\nPermission Denial: can't dump appops")).toMatch(/^Permission Denial/);
    expect(sectionFailure('Current AppOps Service state:\n')).toBeUndefined();
  });
});
