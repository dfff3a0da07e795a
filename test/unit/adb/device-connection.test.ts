import { describe, expect, it } from 'vitest';
import type { AdbCliRequest } from '../../../main/adb/adb-cli';
import { pairDevice, parseConnectReply, parsePairOutput } from '../../../main/adb/device-connection';
import { CommandFailed, UnsafeShellArgument } from '../../../main/adb/errors';
import { parseNetworkAddress } from '../../../main/adb/network-address';

describe('parseConnectReply', () => {
  it('reads adb connect texts (its exit status is always 0)', () => {
    expect(parseConnectReply('connected to 127.0.0.1:40001')).toEqual({ ok: true, already: false });
    expect(parseConnectReply('already connected to 127.0.0.1:40001')).toEqual({ ok: true, already: true });
    expect(parseConnectReply('failed to authenticate to 127.0.0.1:40001')).toMatchObject({
      ok: false,
      reason: 'unauthorized',
    });
    expect(parseConnectReply("failed to connect to '127.0.0.1:1': Connection refused")).toMatchObject({
      ok: false,
      reason: 'failed',
    });
    expect(parseConnectReply('unable to connect to 10.0.0.1:5555')).toMatchObject({ ok: false });
  });
});

describe('parsePairOutput', () => {
  it('reads success, failure and an adb without pair', () => {
    expect(parsePairOutput('Successfully paired to 192.168.1.5:37123 [guid=adb-R58M-abc]')).toEqual({
      ok: true,
      guid: 'adb-R58M-abc',
    });
    expect(parsePairOutput('Failed: Wrong password or connection was dropped.')).toMatchObject({
      ok: false,
      unsupported: false,
    });
    expect(parsePairOutput('adb: unknown command pair')).toMatchObject({ ok: false, unsupported: true });
  });

  it('validates the code and target before running adb', async () => {
    const calls: AdbCliRequest[] = [];
    const cli = async (request: AdbCliRequest) => {
      calls.push(request);
      return { stdout: 'Successfully paired to 10.0.0.5:37000 [guid=g]\n', stderr: '', exitCode: 0 };
    };
    const base = { cli, bin: 'adb', port: 5037 };
    await expect(pairDevice({ ...base, target: '10.0.0.5:37000', code: '12345;' })).rejects.toThrow(
      CommandFailed,
    );
    await expect(pairDevice({ ...base, target: '10.0.0.5:37000;id', code: '123456' })).rejects.toThrow(
      UnsafeShellArgument,
    );
    expect(calls).toHaveLength(0);
    expect(await pairDevice({ ...base, target: '10.0.0.5:37000', code: '123456' })).toEqual({
      target: '10.0.0.5:37000',
      guid: 'g',
    });
    expect(calls[0]?.args).toEqual(['pair', '10.0.0.5:37000', '123456']);
  });
});

describe('parseNetworkAddress', () => {
  it('accepts host:port, host names, IPv6 and a default port', () => {
    expect(parseNetworkAddress('192.168.1.5:5555').text).toBe('192.168.1.5:5555');
    expect(parseNetworkAddress('farm-01.example.com:15037')).toMatchObject({
      host: 'farm-01.example.com',
      port: 15037,
    });
    expect(parseNetworkAddress('[::1]:5037').text).toBe('[::1]:5037');
    expect(parseNetworkAddress('10.0.0.2', 5555).port).toBe(5555);
  });

  it.each([
    '10.0.0.2',
    '10.0.0.2:0',
    '10.0.0.2:70000',
    'a b:1',
    'x;reboot:5',
    '$(id):5555',
    'host:5555:1',
    '',
  ])('refuses %j', (value) => {
    expect(() => parseNetworkAddress(value)).toThrow(UnsafeShellArgument);
  });
});
