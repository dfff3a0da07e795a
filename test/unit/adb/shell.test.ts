import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { AdbkitDevice } from '../../../main/adb/adbkit-client';
import {
  Cancelled,
  CommandFailed,
  CommandTimeout,
  OutputTooLarge,
  OutputTruncated,
  UnsafeShellArgument,
} from '../../../main/adb/errors';
import { expectSuccess, runShell, streamShell } from '../../../main/adb/shell';
import type { ShellCommand } from '../../../main/adb/shell-arguments';
import { arg, shellCommand } from '../../../main/adb/shell-arguments';

type Script = (io: { stream: PassThrough; token: string; command: string }) => void;

/** A device whose shell streams are scripted; records what it received and what it destroyed. */
const fakeDevice = (script: Script) => {
  const streams: PassThrough[] = [];
  const device: AdbkitDevice = {
    serial: 'fake-1',
    shell: async (command) => {
      const stream = new PassThrough();
      streams.push(stream);
      const token = /echo (__PS_EXIT_[0-9a-f]+):\$\?$/.exec(command)?.[1] ?? 'none';
      setImmediate(() => script({ stream, token, command }));
      return stream;
    },
    getProperties: async () => ({}),
    pull: async () => {
      throw new Error('unused');
    },
    push: async () => undefined,
  };
  return { device, streams };
};

const reply =
  (output: string | Buffer, code: number): Script =>
  ({ stream, token }) => {
    stream.write(output);
    stream.end(`${token}:${code}\n`);
  };

const command = shellCommand('pm', 'list', 'packages');

describe('runShell', () => {
  it('returns output and exit status, and sends the quoted command with a marker', async () => {
    let sent = '';
    const { device } = fakeDevice((io) => {
      sent = io.command;
      reply('package:com.a.b\n', 0)(io);
    });
    expect(await runShell({ device, command })).toEqual({ stdout: 'package:com.a.b\n', exitCode: 0 });
    expect(sent).toMatch(/^pm 'list' 'packages'; echo __PS_EXIT_[0-9a-f]{24}:\$\?$/);
  });

  it.each([1, 42, 127, 255])('recovers exit status %i', async (code) => {
    const { device } = fakeDevice(reply('x', code));
    expect((await runShell({ device, command })).exitCode).toBe(code);
  });

  it('ignores fake markers printed by the command', async () => {
    const { device } = fakeDevice(({ stream, token }) => {
      stream.write('__PS_EXIT_000000000000000000000000:0\n');
      stream.write(`${token}:$?\n`);
      stream.end(`${token}:3\n`);
    });
    const result = await runShell({ device, command });
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toContain('__PS_EXIT_000000000000000000000000:0');
  });

  it('throws OutputTruncated when the stream ends without the marker', async () => {
    const { device } = fakeDevice(({ stream }) => stream.end('half of the out'));
    await expect(runShell({ device, command })).rejects.toBeInstanceOf(OutputTruncated);
  });

  it('times out a hanging command and destroys its stream', async () => {
    const { device, streams } = fakeDevice(({ stream }) => stream.write('started\n'));
    const failure = await runShell({ device, command, timeoutMs: 50 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CommandTimeout);
    expect(streams[0]?.destroyed).toBe(true);
  });

  it('cancels through an AbortSignal', async () => {
    const { device, streams } = fakeDevice(() => undefined);
    const controller = new AbortController();
    const running = runShell({ device, command, signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(running).rejects.toBeInstanceOf(Cancelled);
    expect(streams[0]?.destroyed).toBe(true);
    await expect(runShell({ device, command, signal: controller.signal })).rejects.toBeInstanceOf(Cancelled);
    expect(streams).toHaveLength(1);
  });

  it('caps the output', async () => {
    const { device, streams } = fakeDevice(({ stream }) => {
      stream.write(Buffer.alloc(64 * 1024, 0x61));
      stream.write(Buffer.alloc(64 * 1024, 0x61));
    });
    const failure = await runShell({ device, command, maxOutputBytes: 100_000 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OutputTooLarge);
    expect(failure).toBeInstanceOf(CommandFailed);
    expect(streams[0]?.destroyed).toBe(true);
  });

  it('maps a stream error to a typed error', async () => {
    const { device } = fakeDevice(({ stream }) =>
      stream.destroy(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })),
    );
    await expect(runShell({ device, command })).rejects.toBeInstanceOf(CommandFailed);
  });

  it('refuses commands not built with shellCommand()', async () => {
    const { device, streams } = fakeDevice(reply('', 0));
    const forged = { argv: ['reboot'], text: 'reboot' } as unknown as ShellCommand;
    await expect(runShell({ device, command: forged })).rejects.toBeInstanceOf(UnsafeShellArgument);
    expect(streams).toHaveLength(0);
  });
});

describe('streamShell', () => {
  it('yields chunks with progress and resolves the exit status', async () => {
    const { device } = fakeDevice(({ stream, token }) => {
      for (let i = 0; i < 10; i += 1) stream.write(Buffer.alloc(10_000, 0x62));
      stream.end(`${token}:0\n`);
    });
    const progress: number[] = [];
    const stream = streamShell({ device, command, onProgress: (bytes) => progress.push(bytes) });
    let total = 0;
    for await (const chunk of stream) total += chunk.length;
    expect(total).toBe(100_000);
    expect(await stream.exit).toBe(0);
    expect(progress.at(-1)).toBe(100_000);
  });

  it('closes the device stream when the consumer stops early', async () => {
    const { device, streams } = fakeDevice(({ stream }) => stream.write(Buffer.alloc(100_000, 0x63)));
    const stream = streamShell({ device, command });
    for await (const chunk of stream) {
      expect(chunk.length).toBeGreaterThan(0);
      break;
    }
    await expect(stream.exit).rejects.toBeInstanceOf(Cancelled);
    expect(streams[0]?.destroyed).toBe(true);
  });
});

describe('expectSuccess', () => {
  it('throws CommandFailed with the device message and exit code', () => {
    const revoke = shellCommand(
      'pm',
      'revoke',
      arg.package('com.a.b'),
      arg.permission('android.permission.CAMERA'),
    );
    const failure = (() => {
      try {
        expectSuccess(
          {
            stdout: "Exception occurred while executing 'revoke':\njava.lang.SecurityException: x\n",
            exitCode: 255,
          },
          revoke,
        );
      } catch (error) {
        return error;
      }
      return undefined;
    })() as CommandFailed;
    expect(failure).toBeInstanceOf(CommandFailed);
    expect(failure.exitCode).toBe(255);
    expect(failure.deviceMessage).toContain('SecurityException');
    expect(failure.details).toEqual([failure.deviceMessage]);
    expect(expectSuccess({ stdout: 'ok', exitCode: 0 }, revoke).stdout).toBe('ok');
  });
});
