import { describe, expect, test } from 'vitest';
import { parseVirtualPhoneArgs } from '../../../../main/cli/virtual-phone-command';

describe('privacyscope virtual-phone options', () => {
  test('defaults and values', () => {
    expect(parseVirtualPhoneArgs(['--profile', 'pixel-14'])).toEqual({
      profile: 'pixel-14',
      port: 0,
      connect: false,
      adbPort: 5037,
      adb: 'adb',
    });
    expect(
      parseVirtualPhoneArgs(['--profile', 'x.json', '--port', '6000', '--connect', '--adb-port', '5038']),
    ).toMatchObject({
      port: 6000,
      connect: true,
      adbPort: 5038,
    });
  });

  test('usage errors', () => {
    expect(() => parseVirtualPhoneArgs([])).toThrow('--profile is required');
    expect(() => parseVirtualPhoneArgs(['--profile', 'a', '--port', '70000'])).toThrow(
      '--port must be a number',
    );
    expect(() => parseVirtualPhoneArgs(['--profile', 'a', '--bogus'])).toThrow();
  });
});
