import { describe, expect, it } from 'vitest';
import { mapAdbError } from '../../../main/adb/error-mapping';
import {
  AdbUnavailable,
  CommandFailed,
  DeviceNotFound,
  DeviceOffline,
  DeviceUnauthorized,
} from '../../../main/adb/errors';
import { PrivacyScopeError } from '../../../main/errors';

const failure = (text: string) => new Error(`Failure: '${text}'`);

describe('mapAdbError', () => {
  it('maps adb server failure texts to device errors', () => {
    const offline = mapAdbError(failure('device offline'), { serial: '127.0.0.1:40001' });
    expect(offline).toBeInstanceOf(DeviceOffline);
    expect(offline).toMatchObject({
      code: 'device-offline',
      serial: '127.0.0.1:40001',
      name: 'DeviceOffline',
    });

    const unauthorized = mapAdbError(
      failure("device unauthorized.\nThis adb server's $ADB_VENDOR_KEYS is not set\n"),
      { serial: 'X' },
    );
    expect(unauthorized).toBeInstanceOf(DeviceUnauthorized);
    expect(unauthorized.code).toBe('device-unauthorized');

    const missing = mapAdbError(failure("device '127.0.0.1:9' not found"));
    expect(missing).toBeInstanceOf(DeviceNotFound);
    expect((missing as DeviceNotFound).serial).toBe('127.0.0.1:9');
  });

  it('maps CLI error lines too', () => {
    expect(mapAdbError(new Error('error: device offline'), { serial: 's' })).toBeInstanceOf(DeviceOffline);
    expect(mapAdbError(new Error('error: no devices/emulators found'), { serial: 's' })).toBeInstanceOf(
      DeviceNotFound,
    );
  });

  it('maps ECONNREFUSED and ENOENT to AdbUnavailable', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5037'), { code: 'ECONNREFUSED' });
    const down = mapAdbError(refused, { server: '127.0.0.1:5037' });
    expect(down).toBeInstanceOf(AdbUnavailable);
    expect(down.message).toContain('not running at 127.0.0.1:5037');

    const missing = Object.assign(new Error('spawn adb ENOENT'), { code: 'ENOENT', syscall: 'spawn adb' });
    const notFound = mapAdbError(missing, { platform: 'linux' });
    expect(notFound).toBeInstanceOf(AdbUnavailable);
    expect(notFound.message).toContain('apt install adb');
    const file = Object.assign(new Error("ENOENT: no such file or directory, '/x'"), { code: 'ENOENT' });
    expect(mapAdbError(file)).toBeInstanceOf(CommandFailed);
  });

  it('maps dropped connections and anything else to CommandFailed with the text', () => {
    const eof = mapAdbError(new Error('Premature end of stream, needed 4 more bytes'), { what: 'shell' });
    expect(eof).toBeInstanceOf(CommandFailed);
    const other = mapAdbError(failure('closed'), { what: 'shell' }) as CommandFailed;
    expect(other).toBeInstanceOf(CommandFailed);
    expect(other.deviceMessage).toBe('closed');
    expect(other.code).toBe('command-failed');
  });

  it('passes our own errors through unchanged', () => {
    const own = new DeviceOffline('x');
    expect(mapAdbError(own)).toBe(own);
    expect(mapAdbError('plain string')).toBeInstanceOf(PrivacyScopeError);
  });
});
