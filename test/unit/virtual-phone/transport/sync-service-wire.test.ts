// The sync service on the wire: requests split across WRTE packets, reply formats
// (STAT, DENT…DONE, DATA ≤ 64 KiB…DONE, FAIL, OKAY) and streamed file content.
import { describe, expect, it } from 'vitest';
import { AdbCommand, packet } from '../../../../main/virtual-phone/transport/packet';
import {
  createMemoryFileSystem,
  type VirtualFileSystem,
} from '../../../../main/virtual-phone/virtual-file-system';
import { seqBytes } from '../../../support/echo-shell';
import { handshake, openStream, readStream } from './raw-host';
import { startPhoneAndHost, useWireCleanup } from './wire-setup';

useWireCleanup();

const request = (id: string, body: Buffer | string | number): Buffer => {
  const header = Buffer.alloc(8);
  header.write(id, 0, 'latin1');
  if (typeof body === 'number') {
    header.writeUInt32LE(body, 4);
    return header;
  }
  const bytes = Buffer.from(body);
  header.writeUInt32LE(bytes.length, 4);
  return Buffer.concat([header, bytes]);
};

/** Opens `sync:`, sends `bytes` as WRTEs of `pieceSize`, reads the replies up to CLSE. */
const session = async (options: { fileSystem: VirtualFileSystem; bytes: Buffer; pieceSize?: number }) => {
  const { host, phone } = await startPhoneAndHost({ fileSystem: options.fileSystem });
  await handshake(host);
  const localId = await openStream(host, { hostId: 2, service: 'sync:' });
  const piece = options.pieceSize ?? options.bytes.length;
  for (let at = 0; at < options.bytes.length; at += piece) {
    host.send(packet(AdbCommand.WRTE, 2, localId, options.bytes.subarray(at, at + piece)));
  }
  return { phone, ...(await readStream(host, { hostId: 2, localId })) };
};

const QUIT = request('QUIT', 0);

describe('sync service on the wire', () => {
  it('answers STAT sent one byte per WRTE, and all zeros for a missing path', async () => {
    const fileSystem = createMemoryFileSystem({ files: { '/sdcard/a.txt': 'hello' } });
    const bytes = Buffer.concat([request('STAT', '/sdcard/a.txt'), request('STAT', '/nope'), QUIT]);
    const { bytes: reply, phone } = await session({ fileSystem, bytes, pieceSize: 1 });
    expect(reply.toString('latin1', 0, 4)).toBe('STAT');
    expect(reply.readUInt32LE(4)).toBe(0o100644);
    expect(reply.readUInt32LE(8)).toBe(5);
    expect(reply.readUInt32LE(12)).toBeGreaterThan(1_600_000_000);
    expect(reply.subarray(16, 32)).toEqual(Buffer.concat([Buffer.from('STAT'), Buffer.alloc(12)]));
    expect(phone.events.ofType('sync').map((event) => `${event.op} ${event.path}`)).toEqual([
      'STAT /sdcard/a.txt',
      'STAT /nope',
      'QUIT ',
    ]);
  });

  it('lists a directory as DENT entries and a 20-byte DONE', async () => {
    const fileSystem = createMemoryFileSystem({ files: { '/d/x': 'xx', '/d/sub/y': 'y' } });
    const { bytes } = await session({ fileSystem, bytes: Buffer.concat([request('LIST', '/d'), QUIT]) });
    const names: string[] = [];
    let at = 0;
    while (bytes.toString('latin1', at, at + 4) === 'DENT') {
      const length = bytes.readUInt32LE(at + 16);
      names.push(
        `${bytes.toString('utf8', at + 20, at + 20 + length)}:${(bytes.readUInt32LE(at + 4) >> 12).toString(8)}`,
      );
      at += 20 + length;
    }
    expect(names.sort()).toEqual(['sub:4', 'x:10']);
    expect(bytes.subarray(at)).toEqual(Buffer.concat([Buffer.from('DONE'), Buffer.alloc(16)]));
  });

  it('sends a file as DATA chunks of at most 64 KiB then DONE, from a streaming read', async () => {
    const content = seqBytes(150_000);
    const base = createMemoryFileSystem();
    const fileSystem: VirtualFileSystem = {
      ...base,
      stat: (path) =>
        path === '/big.apk' ? { mode: 0o100644, size: content.length, mtimeSeconds: 1 } : base.stat(path),
      read: (path) =>
        path === '/big.apk'
          ? (async function* () {
              for (let at = 0; at < content.length; at += 50_000) yield content.subarray(at, at + 50_000);
            })()
          : base.read(path),
    };
    const { bytes } = await session({
      fileSystem,
      bytes: Buffer.concat([request('RECV', '/big.apk'), QUIT]),
    });
    const chunks: Buffer[] = [];
    let at = 0;
    while (bytes.toString('latin1', at, at + 4) === 'DATA') {
      const length = bytes.readUInt32LE(at + 4);
      expect(length).toBeLessThanOrEqual(65536);
      chunks.push(bytes.subarray(at + 8, at + 8 + length));
      at += 8 + length;
    }
    expect(Buffer.concat(chunks).equals(content)).toBe(true);
    expect(bytes.subarray(at)).toEqual(request('DONE', 0));
  });

  it('fails RECV of a missing file and of a directory', async () => {
    const fileSystem = createMemoryFileSystem();
    const bytes = Buffer.concat([request('RECV', '/missing'), request('RECV', '/sdcard'), QUIT]);
    const { bytes: reply } = await session({ fileSystem, bytes });
    expect(reply).toEqual(
      Buffer.concat([request('FAIL', 'No such file or directory'), request('FAIL', 'Is a directory')]),
    );
  });

  it('stores a SEND split across WRTEs and answers OKAY', async () => {
    const fileSystem = createMemoryFileSystem();
    const content = seqBytes(70_000);
    const bytes = Buffer.concat([
      request('SEND', '/data/local/tmp/up.bin,33261'),
      request('DATA', content.subarray(0, 65536)),
      request('DATA', content.subarray(65536)),
      request('DONE', 1_700_000_000),
      QUIT,
    ]);
    const { bytes: reply } = await session({ fileSystem, bytes, pieceSize: 7000 });
    expect(reply).toEqual(request('OKAY', 0));
    expect(Buffer.from(fileSystem.read('/data/local/tmp/up.bin') as Uint8Array).equals(content)).toBe(true);
    expect(fileSystem.stat('/data/local/tmp/up.bin')?.mode).toBe(0o100755);
  });

  it('answers FAIL when the file system refuses a write', async () => {
    const fileSystem: VirtualFileSystem = {
      ...createMemoryFileSystem(),
      write: () => {
        throw new Error('Read-only file system');
      },
    };
    const bytes = Buffer.concat([request('SEND', '/system/x,33188'), request('DONE', 0), QUIT]);
    expect((await session({ fileSystem, bytes })).bytes).toEqual(request('FAIL', 'Read-only file system'));
  });

  it('answers an unknown request (STA2, never advertised) with FAIL and closes', async () => {
    const { bytes } = await session({ fileSystem: createMemoryFileSystem(), bytes: request('STA2', '/x') });
    expect(bytes.toString('latin1', 0, 4)).toBe('FAIL');
    expect(bytes.toString('utf8', 8)).toContain("unknown sync request 'STA2'");
  });
});
