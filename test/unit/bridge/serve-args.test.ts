// Argument parsing of `privacyscope serve` and its place in the CLI table.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_COMMANDS } from '../../../main/cli/commands';
import { runCli } from '../../../main/cli/run-cli';
import { DEFAULT_SERVE_PORT, parseServeArgs } from '../../../main/cli/serve-command';
import { defaultDataDir } from '../../../main/bridge';
import { recordCliIo } from '../../support/cli-io';

describe('parseServeArgs', () => {
  it('defaults to 127.0.0.1:7580, no remote access, the platform data folder', () => {
    expect(parseServeArgs([])).toEqual({
      host: '127.0.0.1',
      port: DEFAULT_SERVE_PORT,
      allowRemote: false,
      publicHosts: [],
      dataDir: defaultDataDir(),
      rendererDir: undefined,
      adbPort: undefined,
    });
    expect(DEFAULT_SERVE_PORT).toBe(7580);
  });

  it('reads every option and resolves folders', () => {
    const parsed = parseServeArgs([
      '--host=::1',
      '--port',
      '0',
      '--allow-remote',
      '--public-host',
      'farm-7.lab',
      '--public-host=10.0.0.7',
      '--data-dir',
      'rel/data',
      '--renderer-dir',
      '/srv/renderer',
      '--adb-port',
      '5099',
    ]);
    expect(parsed).toEqual({
      host: '::1',
      port: 0,
      allowRemote: true,
      publicHosts: ['farm-7.lab', '10.0.0.7'],
      dataDir: resolve('rel/data'),
      rendererDir: join('/srv/renderer'),
      adbPort: 5099,
    });
  });

  it.each([
    ['--port', '-1'],
    ['--port', '65536'],
    ['--port', 'abc'],
    ['--port', '80.5'],
    ['--adb-port', '80'],
    ['--adb-port', '70000'],
    ['--adb-port', '5037x'],
    ['--host', ' '],
    ['--bogus'],
    ['extra'],
  ])('rejects %s %s', (...args) => {
    expect(() => parseServeArgs(args)).toThrow();
  });
});

describe('serve in the CLI', () => {
  it('is listed in --help and explains its options', async () => {
    const help = recordCliIo();
    expect(await runCli(['--help'], { commands: CLI_COMMANDS, io: help.io })).toBe(0);
    expect(help.out.join()).toMatch(/serve\s+serve the app to a browser/);
    const usage = recordCliIo();
    expect(await runCli(['serve', '--help'], { commands: CLI_COMMANDS, io: usage.io })).toBe(0);
    expect(usage.out.join()).toContain('--allow-remote');
  });

  it('exits 2 with the usage for a bad port or a non-loopback host', async () => {
    const badPort = recordCliIo();
    expect(await runCli(['serve', '--port', 'x'], { commands: CLI_COMMANDS, io: badPort.io })).toBe(2);
    expect(badPort.err.join()).toContain('--port must be a number');
    const remote = recordCliIo();
    expect(await runCli(['serve', '--host', '192.168.1.20'], { commands: CLI_COMMANDS, io: remote.io })).toBe(
      2,
    );
    expect(remote.err.join()).toContain("non-loopback host '192.168.1.20'");
    expect(remote.out).toEqual([]);
  });
});
