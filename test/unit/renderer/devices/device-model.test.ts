import { describe, expect, it } from 'vitest';
import type { DeviceSummary } from '../../../../preload/contract';
import { installOptions, killServerCommand } from '../../../../renderer/src/views/devices/adb-install';
import {
  deviceName,
  isPairingCode,
  parseHostPort,
  sameDevice,
  sortDevices,
} from '../../../../renderer/src/views/devices/device-model';

const device = (serial: string, state: DeviceSummary['state'], server = '127.0.0.1:5037'): DeviceSummary => ({
  serial,
  state,
  server,
});

describe('sortDevices', () => {
  it('puts ready phones first, then those waiting for the user, then by server and serial', () => {
    const sorted = sortDevices([
      device('z', 'offline'),
      device('b', 'device', '10.0.0.2:5037'),
      device('c', 'unauthorized'),
      device('a', 'device', '10.0.0.2:5037'),
      device('d', 'device'),
    ]);
    expect(sorted.map((entry) => entry.serial)).toEqual(['a', 'b', 'd', 'c', 'z']);
  });
});

describe('deviceName', () => {
  it('joins maker and model unless the model already names the maker', () => {
    expect(deviceName({ manufacturer: 'Xiaomi', model: '23127PN0CC' })).toBe('Xiaomi 23127PN0CC');
    expect(deviceName({ manufacturer: 'Google', model: 'Google_Pixel_8' })).toBe('Google Pixel 8');
    expect(deviceName({ model: 'Pixel_8' })).toBe('Pixel 8');
    expect(deviceName({ manufacturer: 'OPPO' })).toBe('OPPO');
    expect(deviceName({})).toBeUndefined();
  });
});

describe('sameDevice', () => {
  it('compares serial and server, a missing server being the default', () => {
    expect(sameDevice({ serial: 'a' }, { serial: 'a', server: '' })).toBe(true);
    expect(sameDevice({ serial: 'a', server: 'x:1' }, { serial: 'a', server: 'y:1' })).toBe(false);
    expect(sameDevice(undefined, { serial: 'a' })).toBe(false);
  });
});

describe('parseHostPort', () => {
  it('accepts host:port, names and bracketed IPv6, trimmed', () => {
    expect(parseHostPort(' 192.168.1.20:5555 ')).toBe('192.168.1.20:5555');
    expect(parseHostPort('phone.local:37123')).toBe('phone.local:37123');
    expect(parseHostPort('[fe80::1]:5555')).toBe('[fe80::1]:5555');
    expect(parseHostPort('host:05555')).toBe('host:5555');
  });

  it('rejects anything else', () => {
    for (const text of [
      '',
      '192.168.1.20',
      ':5555',
      'host:0',
      'host:65536',
      'host:port',
      'a b:5555',
      'host:-1',
      'x;rm:1',
    ])
      expect(parseHostPort(text), text).toBeUndefined();
  });
});

describe('isPairingCode', () => {
  it('wants six digits', () => {
    expect(isPairingCode('123456')).toBe(true);
    expect(isPairingCode(' 123456 ')).toBe(true);
    expect(isPairingCode('12345')).toBe(false);
    expect(isPairingCode('12345a')).toBe(false);
  });
});

describe('installOptions', () => {
  it('lists every system, the current one first', () => {
    expect(installOptions('linux').map((option) => [option.os, option.current])).toEqual([
      ['debian', true],
      ['fedora', true],
      ['windows', false],
      ['windowsZip', false],
      ['macos', false],
    ]);
    expect(installOptions('darwin')[0]).toMatchObject({
      os: 'macos',
      commands: ['brew install --cask android-platform-tools'],
    });
    expect(installOptions('win32')[0]?.commands).toEqual(['winget install Google.PlatformTools']);
    expect(installOptions(undefined).every((option) => !option.current)).toBe(true);
  });

  it('stops a mismatched server on the configured port', () => {
    expect(killServerCommand(5037)).toBe('adb kill-server');
    expect(killServerCommand(15037)).toBe('adb -P 15037 kill-server');
  });
});
