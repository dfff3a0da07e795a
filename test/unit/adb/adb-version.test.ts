import { describe, expect, it } from 'vitest';
import { buildAdbStatus } from '../../../main/adb/adb-status';
import { parseAdbVersionOutput } from '../../../main/adb/adb-version';
import { CommandFailed } from '../../../main/adb/errors';

const DEBIAN = `Android Debug Bridge version 1.0.41
Version 29.0.6-debian
Installed as /usr/lib/android-sdk/platform-tools/adb
`;

describe('parseAdbVersionOutput', () => {
  it('reads client version, protocol number, revision and location', () => {
    expect(parseAdbVersionOutput(DEBIAN)).toEqual({
      clientVersion: '1.0.41',
      protocolVersion: 41,
      revision: '29.0.6-debian',
      installedAs: '/usr/lib/android-sdk/platform-tools/adb',
    });
  });

  it('accepts old binaries without a Version line', () => {
    expect(
      parseAdbVersionOutput('Android Debug Bridge version 1.0.36\nRevision 0e9850346394-android\n'),
    ).toEqual({
      clientVersion: '1.0.36',
      protocolVersion: 36,
    });
  });

  it('rejects output that is not adb', () => {
    expect(() => parseAdbVersionOutput('Usage: something else')).toThrow(CommandFailed);
  });
});

describe('buildAdbStatus', () => {
  const client = parseAdbVersionOutput(DEBIAN);

  it('reports a healthy setup without a problem', () => {
    expect(
      buildAdbStatus({
        port: 5037,
        platform: 'linux',
        binaryPath: '/usr/bin/adb',
        client,
        server: { running: true, version: 41 },
      }),
    ).toEqual({
      found: true,
      binaryPath: '/usr/bin/adb',
      clientVersion: '1.0.41',
      serverRunning: true,
      serverVersion: 41,
      serverPort: 5037,
    });
  });

  it('explains "not found" with install instructions for the OS', () => {
    const status = buildAdbStatus({ port: 5037, platform: 'darwin', server: { running: false } });
    expect(status.found).toBe(false);
    expect(status.problem?.code).toBe('adb-unavailable');
    expect(status.problem?.message).toContain('brew install');
    const windows = buildAdbStatus({ port: 5037, platform: 'win32', server: { running: false } });
    expect(windows.problem?.message).toContain('winget');
  });

  it('detects a server of another version', () => {
    const status = buildAdbStatus({
      port: 5037,
      platform: 'linux',
      binaryPath: '/usr/bin/adb',
      client,
      server: { running: true, version: 39 },
    });
    expect(status.problem?.code).toBe('adb-version-mismatch');
    expect(status.problem?.message).toContain("adb server version (39) doesn't match this client (41)");
  });

  it('says when the server is not running, or the binary is broken', () => {
    const base = { port: 5999, platform: 'linux' as const, binaryPath: '/usr/bin/adb' };
    expect(buildAdbStatus({ ...base, client, server: { running: false } }).problem?.code).toBe(
      'adb-server-not-running',
    );
    expect(
      buildAdbStatus({ ...base, client: new Error('EACCES'), server: { running: false } }).problem?.code,
    ).toBe('adb-binary-broken');
  });
});
