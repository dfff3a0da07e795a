// No real capture of the whitelist is in the samples; the shapes follow AOSP
// DeviceIdleController (shell `whitelist` listing and the dump's "Whitelist … apps:" blocks).
import { describe, expect, it } from 'vitest';
import { parseDeviceIdleWhitelist } from '../../../main/reader/parsers/deviceidle-whitelist';
import { fuzz } from './offline/sample-support';

const SHELL = [
  'system-excidle,com.android.providers.downloads,10034',
  'system-excidle,com.android.vending,10061',
  'system,com.google.android.gms,10070',
  'system,com.android.vending,10061',
  'user,com.tencent.mm,10234',
  'user,com.eg.android.AlipayGphone,10240',
].join('\n');

describe('parseDeviceIdleWhitelist', () => {
  it('splits the shell listing into user, system and system-excidle', () => {
    const result = parseDeviceIdleWhitelist(`${SHELL}\n`);
    expect(result.warnings).toEqual([]);
    expect(result.value).toEqual({
      user: ['com.tencent.mm', 'com.eg.android.AlipayGphone'],
      system: ['com.google.android.gms', 'com.android.vending'],
      systemExceptIdle: ['com.android.providers.downloads', 'com.android.vending'],
    });
  });

  it('reads the Whitelist blocks of a full `dumpsys deviceidle` (bugreport)', () => {
    const text = [
      '  Settings:',
      '    light_after_inactive_to=+3m0s0ms',
      '  Whitelist (except idle) system apps:',
      '    com.android.providers.downloads',
      '  Whitelist system apps:',
      '    com.google.android.gms',
      '  Whitelist user apps:',
      '    com.tencent.mm',
      '  Whitelist (except idle) all app ids:',
      '    1000',
      '  mLightEnabled=true  mDeepEnabled=true',
    ].join('\n');
    expect(parseDeviceIdleWhitelist(text).value).toEqual({
      user: ['com.tencent.mm'],
      system: ['com.google.android.gms'],
      systemExceptIdle: ['com.android.providers.downloads'],
    });
  });

  it('warns about errors and bad names', () => {
    const result = parseDeviceIdleWhitelist("user,$(id),10001\nCan't find service: deviceidle\n");
    expect(result.value.user).toEqual([]);
    expect(result.warnings.map((warning) => warning.line)).toEqual([1, 2]);
  });

  it('never throws on mutated listings', () => {
    expect(fuzz([SHELL], { seed: 2, rounds: 200, parse: parseDeviceIdleWhitelist })).toBe(200);
  });
});
