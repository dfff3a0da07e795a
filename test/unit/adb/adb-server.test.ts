import { describe, expect, it } from 'vitest';
import type { AdbCliRequest, AdbCliResult } from '../../../main/adb/adb-cli';
import { createAdbServerControl, parseStartServerOutput } from '../../../main/adb/adb-server';
import { CommandFailed } from '../../../main/adb/errors';

describe('parseStartServerOutput', () => {
  it('recognises a fresh start', () => {
    expect(
      parseStartServerOutput(
        '* daemon not running; starting now at tcp:5037\n* daemon started successfully\n',
      ),
    ).toEqual({ started: true });
  });

  it('models the version mismatch the CLI resolves by killing the old server', () => {
    const text =
      "adb server version (39) doesn't match this client (41); killing...\n* daemon started successfully\n";
    expect(parseStartServerOutput(text)).toEqual({
      started: true,
      replacedMismatch: { serverVersion: 39, clientVersion: 41 },
    });
  });

  it('reports a failed start', () => {
    const output = parseStartServerOutput(
      '* daemon not running; starting now at tcp:5037\n* failed to start daemon\nerror: cannot connect to daemon\n',
    );
    expect(output.failure).toBe('* failed to start daemon');
  });
});

describe('createAdbServerControl', () => {
  const fakeCli = (reply: Partial<AdbCliResult>) => {
    const calls: AdbCliRequest[] = [];
    const cli = async (request: AdbCliRequest): Promise<AdbCliResult> => {
      calls.push(request);
      return { stdout: '', stderr: '', exitCode: 0, ...reply };
    };
    return { calls, cli };
  };

  it('starts on the configured port', async () => {
    const { calls, cli } = fakeCli({ stderr: '* daemon started successfully\n' });
    const control = createAdbServerControl({ bin: '/usr/bin/adb', port: 5099, cli });
    expect(await control.start()).toEqual({ started: true });
    expect(calls[0]).toMatchObject({ bin: '/usr/bin/adb', port: 5099, args: ['start-server'] });
  });

  it('throws CommandFailed with the CLI text when start fails', async () => {
    const { cli } = fakeCli({ stderr: '* failed to start daemon\n', exitCode: 1 });
    const control = createAdbServerControl({ bin: 'adb', port: 5099, cli });
    const failure = await control.start().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CommandFailed);
    expect((failure as CommandFailed).deviceMessage).toContain('failed to start daemon');
  });

  it('restart = kill-server then start-server', async () => {
    const { calls, cli } = fakeCli({});
    await createAdbServerControl({ bin: 'adb', port: 5100, cli }).restart();
    expect(calls.map((c) => c.args[0])).toEqual(['kill-server', 'start-server']);
  });
});
