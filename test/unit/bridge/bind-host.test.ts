// Which hosts the bridge may bind and which names may reach it.
import { describe, expect, it } from 'vitest';
import {
  allowedHostNames,
  assertBindHostAllowed,
  BridgeHostRefusedError,
  isLoopbackHost,
  isWildcardHost,
  urlHost,
} from '../../../main/bridge/bind-host';

describe('isLoopbackHost', () => {
  it.each([
    '127.0.0.1',
    '127.1.2.3',
    'localhost',
    'LOCALHOST',
    '::1',
    '[::1]',
    '0:0:0:0:0:0:0:1',
    '::ffff:127.0.0.1',
  ])('%s is loopback', (host) => expect(isLoopbackHost(host)).toBe(true));
  it.each([
    '0.0.0.0',
    '::',
    '192.168.1.2',
    '10.0.0.1',
    '128.0.0.1',
    'localhost.evil.example',
    'example.org',
    '::ffff:10.0.0.1',
    '::2',
  ])('%s is not loopback', (host) => expect(isLoopbackHost(host)).toBe(false));
});

describe('assertBindHostAllowed', () => {
  it('refuses a non-loopback host unless remote access is allowed', () => {
    expect(() => assertBindHostAllowed({ host: '0.0.0.0', allowRemote: false })).toThrow(
      BridgeHostRefusedError,
    );
    expect(() => assertBindHostAllowed({ host: '10.1.2.3', allowRemote: false })).toThrow(/--allow-remote/);
    expect(() => assertBindHostAllowed({ host: '10.1.2.3', allowRemote: true })).not.toThrow();
    expect(() => assertBindHostAllowed({ host: '::1', allowRemote: false })).not.toThrow();
  });

  it('names the error for callers that catch it', () => {
    const error = new BridgeHostRefusedError('h');
    expect(error.name).toBe('BridgeHostRefusedError');
    expect(error.host).toBe('h');
  });
});

describe('allowedHostNames', () => {
  it('gives a loopback bind its loopback aliases only', () => {
    expect([...allowedHostNames({ host: '127.0.0.1' })].sort()).toEqual(['127.0.0.1', '[::1]', 'localhost']);
    expect(allowedHostNames({ host: '::1' }).has('[::1]')).toBe(true);
  });

  it('gives a specific remote address only itself and the extra public names', () => {
    expect([...allowedHostNames({ host: '10.0.0.7', extraHosts: ['Farm-7.lab'] })]).toEqual([
      '10.0.0.7',
      'farm-7.lab',
    ]);
  });

  it('gives a wildcard bind the loopback aliases and local addresses but never the wildcard itself', () => {
    const names = allowedHostNames({ host: '0.0.0.0' });
    expect(names.has('127.0.0.1')).toBe(true);
    expect(names.has('0.0.0.0')).toBe(false);
    expect(isWildcardHost('::')).toBe(true);
    expect(urlHost('::1')).toBe('[::1]');
    expect(urlHost('Example.ORG')).toBe('example.org');
  });
});
