// Service strings as the adb CLI and adbkit send them.
import { describe, expect, it } from 'vitest';
import { parseService, parseServiceName } from '../../../../main/virtual-phone/transport/service-name';

describe('parseService', () => {
  it.each([
    ['shell:echo hi', { kind: 'shell', protocol: 'v1', pty: false, command: 'echo hi' }],
    [
      'shell,v2,TERM=xterm-256color,raw:ls -l',
      { kind: 'shell', protocol: 'v2', pty: false, command: 'ls -l' },
    ],
    ['shell,v2,TERM=xterm,pty:top', { kind: 'shell', protocol: 'v2', pty: true, command: 'top' }],
    ['shell,v2,raw:echo a:b', { kind: 'shell', protocol: 'v2', pty: false, command: 'echo a:b' }],
    ['shell:', { kind: 'shell', protocol: 'v1', pty: true, command: '' }],
    ['shell,raw:', { kind: 'shell', protocol: 'v1', pty: false, command: '' }],
    ["exec:getprop 'ro.build.version.sdk'", { kind: 'exec', command: "getprop 'ro.build.version.sdk'" }],
    ['sync:', { kind: 'sync' }],
    ['root:', { kind: 'unknown', name: 'root:' }],
    ['shellfish:x', { kind: 'unknown', name: 'shellfish:x' }],
  ])('%s', (name, expected) => {
    expect(parseService(name)).toEqual(expected);
  });

  it('keeps newlines inside the command', () => {
    expect(parseService('shell:echo a\necho b')).toMatchObject({ command: 'echo a\necho b' });
  });
});

describe('parseServiceName', () => {
  it('strips the terminating NUL', () => {
    expect(parseServiceName(new TextEncoder().encode('shell:true\0'))).toBe('shell:true');
    expect(parseServiceName(new TextEncoder().encode('sync:'))).toBe('sync:');
  });
});
