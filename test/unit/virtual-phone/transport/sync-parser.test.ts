// Host→device sync messages parsed from a byte stream: any split across WRTE boundaries
// gives the same messages; malformed input fails once and stays failed.
import { describe, expect, it } from 'vitest';
import {
  SYNC_DATA_MAX,
  SyncParser,
  type SyncMessage,
} from '../../../../main/virtual-phone/transport/sync/sync-parser';
import {
  randomBytes,
  randomInt,
  randomSplit,
  seededRandom,
  type Random,
} from '../../../support/seeded-random';

const header = (id: string, value: number) => {
  const bytes = Buffer.alloc(8);
  bytes.write(id, 0, 'latin1');
  bytes.writeUInt32LE(value, 4);
  return bytes;
};

const encode = (message: SyncMessage): Buffer => {
  if (message.kind === 'done') return header('DONE', message.mtime);
  if (message.kind === 'quit') return header('QUIT', 0);
  const body = message.kind === 'data' ? Buffer.from(message.bytes) : Buffer.from(message.path, 'utf8');
  return Buffer.concat([header(message.kind === 'data' ? 'DATA' : message.op, body.length), body]);
};

const OPS = ['STAT', 'LIST', 'RECV', 'SEND'] as const;

const randomMessage = (next: Random): SyncMessage => {
  const pick = randomInt(next, 0, 5);
  if (pick === 0) return { kind: 'done', mtime: randomInt(next, 0, 0xffffffff) };
  if (pick === 1) return { kind: 'quit' };
  if (pick === 2) return { kind: 'data', bytes: Buffer.from(randomBytes(next, randomInt(next, 0, 3000))) };
  const op = OPS[randomInt(next, 0, OPS.length - 1)] ?? 'STAT';
  return {
    kind: 'request',
    op,
    path: `/sdcard/é-${randomInt(next, 0, 1e6)}${op === 'SEND' ? ',33188' : ''}`,
  };
};

const plain = (message: SyncMessage) =>
  message.kind === 'data' ? { kind: 'data', hex: Buffer.from(message.bytes).toString('hex') } : message;

describe('SyncParser', () => {
  it('parses a pull session (STAT, RECV, QUIT)', () => {
    const stream = Buffer.concat([
      encode({ kind: 'request', op: 'STAT', path: '/data/app/base.apk' }),
      encode({ kind: 'request', op: 'RECV', path: '/data/app/base.apk' }),
      encode({ kind: 'quit' }),
    ]);
    expect(new SyncParser().push(stream).messages).toEqual([
      { kind: 'request', op: 'STAT', path: '/data/app/base.apk' },
      { kind: 'request', op: 'RECV', path: '/data/app/base.apk' },
      { kind: 'quit' },
    ]);
  });

  it('gives the same messages for any split of the stream (1500 seeds)', () => {
    for (let seed = 1; seed <= 1500; seed += 1) {
      const next = seededRandom(seed);
      const messages = Array.from({ length: randomInt(next, 1, 10) }, () => randomMessage(next));
      const parser = new SyncParser();
      const parsed: SyncMessage[] = [];
      for (const piece of randomSplit(Buffer.concat(messages.map(encode)), next, 30)) {
        const result = parser.push(piece);
        expect(result.error, `seed ${seed}`).toBeUndefined();
        parsed.push(...result.messages);
      }
      expect(parsed.map(plain), `seed ${seed}`).toEqual(messages.map(plain));
    }
  });

  it('does not alias the input buffer', () => {
    const bytes = encode({ kind: 'data', bytes: Buffer.from('abc') });
    const [message] = new SyncParser().push(bytes).messages;
    bytes.fill(0);
    expect(message?.kind === 'data' && Buffer.from(message.bytes).toString()).toBe('abc');
  });

  it('fails on an unknown id, and stays failed', () => {
    const parser = new SyncParser();
    const result = parser.push(
      Buffer.concat([encode({ kind: 'quit' }), header('STA2', 4), Buffer.from('/abc')]),
    );
    expect(result.messages).toEqual([{ kind: 'quit' }]);
    expect(result.error?.name).toBe('SyncProtocolError');
    expect(result.error?.message).toContain("unknown sync request 'STA2'");
    expect(parser.push(encode({ kind: 'quit' })).messages).toEqual([]);
  });

  it('fails on oversized DATA and paths before buffering them', () => {
    expect(new SyncParser().push(header('DATA', SYNC_DATA_MAX + 1)).error?.message).toContain('exceeds');
    expect(new SyncParser().push(header('RECV', 5000)).error?.message).toContain('exceeds 1024');
  });

  it('never throws on random garbage (2000 seeds)', () => {
    for (let seed = 1; seed <= 2000; seed += 1) {
      const next = seededRandom(seed * 31);
      const parser = new SyncParser();
      for (const piece of randomSplit(randomBytes(next, randomInt(next, 0, 300)), next, 8))
        parser.push(piece);
    }
  });
});
