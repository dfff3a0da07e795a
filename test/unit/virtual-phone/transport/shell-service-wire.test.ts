// shell v1 / v2 / exec framing as a host sees it on the wire.
import { describe, expect, it } from 'vitest';
import { AdbCommand, packet } from '../../../../main/virtual-phone/transport/packet';
import type { ShellExecutor } from '../../../../main/virtual-phone/shell-executor';
import { handshake, openStream, readStream } from './raw-host';
import { startPhoneAndHost, useWireCleanup } from './wire-setup';

useWireCleanup();

interface Frame {
  readonly id: number;
  readonly data: string;
}

const parseFrames = (bytes: Buffer): Frame[] => {
  const frames: Frame[] = [];
  for (let at = 0; at < bytes.length;) {
    const length = bytes.readUInt32LE(at + 1);
    frames.push({ id: bytes[at] ?? -1, data: bytes.toString('latin1', at + 5, at + 5 + length) });
    at += 5 + length;
  }
  return frames;
};

const run = async (options: { service: string; executor?: ShellExecutor }) => {
  const { host } = await startPhoneAndHost(options.executor ? { executor: options.executor } : {});
  await handshake(host);
  const localId = await openStream(host, { hostId: 1, service: options.service });
  return (await readStream(host, { hostId: 1, localId })).bytes;
};

describe('shell services on the wire', () => {
  it('v2: stdout frame 1, stderr frame 2, then exit frame 3', async () => {
    const bytes = await run({ service: 'shell,v2,raw:echo out; err bad; exit 42' });
    expect(parseFrames(bytes)).toEqual([
      { id: 1, data: 'out\n' },
      { id: 2, data: 'bad\n' },
      { id: 3, data: '*' },
    ]);
  });

  it('v2: splits big output into frames of at most 64 KiB', async () => {
    const frames = parseFrames(await run({ service: 'shell,v2,raw:seq-bytes 200000' }));
    expect(frames.filter((frame) => frame.id === 1).map((frame) => frame.data.length)).toEqual([
      65536, 65536, 65536, 3392,
    ]);
    expect(frames.at(-1)).toEqual({ id: 3, data: '\0' });
  });

  it('v1 and exec: raw bytes with stderr merged, no exit status', async () => {
    expect((await run({ service: 'shell:echo out; err bad; exit 3' })).toString()).toBe('out\nbad\n');
    expect((await run({ service: "exec:echo 'x'; err y" })).toString()).toBe('x\ny\n');
  });

  it('pty: bare LF becomes CRLF, an existing CRLF stays', async () => {
    const executor: ShellExecutor = {
      execute: async (_command, io) => {
        io.stdout('a\nb\r\nc\r');
        io.stdout('\nd\n');
        return 0;
      },
    };
    const stdout = (bytes: Buffer) =>
      parseFrames(bytes)
        .filter((frame) => frame.id === 1)
        .map((frame) => frame.data)
        .join('');
    expect(stdout(await run({ service: 'shell,v2,pty:x', executor }))).toBe('a\r\nb\r\nc\r\nd\r\n');
    expect(stdout(await run({ service: 'shell,v2,raw:x', executor }))).toBe('a\nb\r\nc\r\nd\n');
  });

  it('reports a failing executor on stderr with status 255', async () => {
    const executor: ShellExecutor = {
      execute: async () => {
        throw new Error('boom');
      },
    };
    expect(parseFrames(await run({ service: 'shell,v2,raw:x', executor }))).toEqual([
      { id: 2, data: 'boom\n' },
      { id: 3, data: '\xff' },
    ]);
  });

  it('passes the command line, pty flag and a live signal to the executor', async () => {
    const seen: { command: string; pty: boolean; aborted: boolean }[] = [];
    const executor: ShellExecutor = {
      execute: async (command, io) => {
        seen.push({ command, pty: io.pty, aborted: io.signal.aborted });
        return 0;
      },
    };
    await run({ service: 'shell,v2,TERM=xterm,pty:pm list packages 2>/dev/null', executor });
    expect(seen).toEqual([{ command: 'pm list packages 2>/dev/null', pty: true, aborted: false }]);
  });

  it('acknowledges the close-stdin frame the adb client sends', async () => {
    const { host } = await startPhoneAndHost();
    await handshake(host);
    const localId = await openStream(host, { hostId: 4, service: 'shell,v2,raw:sleep 50; echo done' });
    host.send(packet(AdbCommand.WRTE, 4, localId, Uint8Array.of(4, 0, 0, 0, 0)));
    await host.next((reply) => reply.command === AdbCommand.OKAY && reply.arg1 === 4);
    expect(parseFrames((await readStream(host, { hostId: 4, localId })).bytes)[0]).toEqual({
      id: 1,
      data: 'done\n',
    });
  });
});
