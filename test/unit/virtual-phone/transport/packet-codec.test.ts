// The packet codec: header layout, checksum by protocol version, round trips, and the
// decoder's behaviour on any split of a valid stream and on garbage (property tests with a
// seeded PRNG: a failure names its seed).
import { describe, expect, it } from 'vitest';
import {
  AdbCommand,
  commandName,
  encodeHeader,
  encodePacket,
  packet,
  payloadChecksum,
  type AdbPacket,
} from '../../../../main/virtual-phone/transport/packet';
import { PacketDecoder, PacketErrorReason } from '../../../../main/virtual-phone/transport/packet-decoder';
import {
  randomBytes,
  randomInt,
  randomSplit,
  seededRandom,
  type Random,
} from '../../../support/seeded-random';

const NEW = 0x01000001;
const OLD = 0x01000000;
const COMMANDS = Object.values(AdbCommand);

const randomPacket = (next: Random): AdbPacket =>
  packet(
    COMMANDS[randomInt(next, 0, COMMANDS.length - 1)] as number,
    randomInt(next, 0, 0xffffffff),
    randomInt(next, 0, 0xffffffff),
    randomBytes(next, next() < 0.2 ? 0 : randomInt(next, 1, next() < 0.1 ? 5000 : 64)),
  );

const decodeAll = (decoder: PacketDecoder, pieces: Uint8Array[]) => {
  const packets: AdbPacket[] = [];
  for (const piece of pieces) {
    const result = decoder.push(piece);
    if (result.error) throw result.error;
    packets.push(...result.packets);
  }
  return packets;
};

const plain = (adbPacket: AdbPacket) => ({
  ...adbPacket,
  payload: Buffer.from(adbPacket.payload).toString('hex'),
});

describe('packet encoding', () => {
  it('writes the 24-byte little-endian header with magic = command ^ 0xFFFFFFFF', () => {
    const bytes = encodePacket(packet(AdbCommand.WRTE, 7, 9, Uint8Array.of(1, 2, 3)), NEW);
    expect(bytes.length).toBe(27);
    expect(bytes.toString('latin1', 0, 4)).toBe('WRTE');
    expect([bytes.readUInt32LE(4), bytes.readUInt32LE(8), bytes.readUInt32LE(12)]).toEqual([7, 9, 3]);
    expect(bytes.readUInt32LE(20)).toBe((AdbCommand.WRTE ^ 0xffffffff) >>> 0);
    expect([...bytes.subarray(24)]).toEqual([1, 2, 3]);
  });

  it('sends checksum 0 from version 0x01000001 and the byte sum before', () => {
    const payload = Uint8Array.of(200, 100, 3);
    expect(encodeHeader(packet(AdbCommand.WRTE, 1, 2, payload), NEW).readUInt32LE(16)).toBe(0);
    expect(encodeHeader(packet(AdbCommand.WRTE, 1, 2, payload), OLD).readUInt32LE(16)).toBe(303);
    expect(payloadChecksum(new Uint8Array(1000).fill(255))).toBe(255_000);
  });

  it('names commands', () => {
    expect(COMMANDS.map(commandName)).toEqual([
      'SYNC',
      'CNXN',
      'AUTH',
      'OPEN',
      'OKAY',
      'CLSE',
      'WRTE',
      'STLS',
    ]);
  });

  it('keeps arguments unsigned', () => {
    const decoded = new PacketDecoder({ maxPayload: 10 }).push(
      encodePacket(packet(AdbCommand.OKAY, -1, 0x80000000), NEW),
    );
    expect(decoded.packets[0]).toMatchObject({ arg0: 0xffffffff, arg1: 0x80000000 });
  });
});

describe('packet decoder', () => {
  it('decodes any random split of a valid stream into the same packets (2000 seeds)', () => {
    const started = performance.now();
    for (let seed = 1; seed <= 2000; seed += 1) {
      const next = seededRandom(seed);
      const packets = Array.from({ length: randomInt(next, 1, 12) }, () => randomPacket(next));
      const stream = Buffer.concat(
        packets.map((adbPacket) => encodePacket(adbPacket, next() < 0.5 ? NEW : OLD)),
      );
      const decoded = decodeAll(new PacketDecoder({ maxPayload: 8192 }), randomSplit(stream, next, 40));
      expect(decoded.map(plain), `seed ${seed}`).toEqual(packets.map(plain));
    }
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('decodes a byte-at-a-time stream', () => {
    const adbPacket = packet(AdbCommand.OPEN, 3, 0, new TextEncoder().encode('shell:echo hi\0'));
    const bytes = encodePacket(adbPacket, NEW);
    const pieces = Array.from(bytes, (byte) => Uint8Array.of(byte));
    expect(decodeAll(new PacketDecoder({ maxPayload: 100 }), pieces).map(plain)).toEqual([plain(adbPacket)]);
  });

  it('never throws or loops on random garbage (3000 seeds); an error is sticky', () => {
    const started = performance.now();
    for (let seed = 1; seed <= 3000; seed += 1) {
      const next = seededRandom(seed * 7919);
      const decoder = new PacketDecoder({ maxPayload: 4096 });
      // Garbage, sometimes with valid packets spliced in so decoding gets past the first header.
      const parts = Array.from({ length: randomInt(next, 1, 4) }, () =>
        next() < 0.5 ? randomBytes(next, randomInt(next, 0, 200)) : encodePacket(randomPacket(next), NEW),
      );
      const garbage = Buffer.concat(parts);
      let error: Error | undefined;
      let count = 0;
      for (const piece of randomSplit(garbage, next, 10)) {
        const result = decoder.push(piece);
        count += result.packets.length;
        if (error && (result.error !== error || result.packets.length > 0))
          throw new Error(`seed ${seed}: not sticky`);
        error ??= result.error;
      }
      if (count > garbage.length / 24)
        throw new Error(`seed ${seed}: ${count} packets from ${garbage.length} bytes`);
    }
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('fails with bad-magic and stays failed', () => {
    const bytes = encodePacket(packet(AdbCommand.OKAY, 1, 2), NEW);
    bytes.writeUInt32LE(0x12345678, 20);
    const decoder = new PacketDecoder({ maxPayload: 10 });
    expect(decoder.push(bytes).error?.reason).toBe(PacketErrorReason.BAD_MAGIC);
    const later = decoder.push(encodePacket(packet(AdbCommand.OKAY, 1, 2), NEW));
    expect(later.packets).toEqual([]);
    expect(later.error?.name).toBe('AdbPacketError');
  });

  it('rejects a payload larger than the limit before buffering it', () => {
    const header = encodeHeader(packet(AdbCommand.WRTE, 1, 2, new Uint8Array(5000)), NEW);
    const result = new PacketDecoder({ maxPayload: 4096 }).push(header);
    expect(result.error?.reason).toBe(PacketErrorReason.TOO_LARGE);
  });

  it('returns packets decoded before an error in the same chunk', () => {
    const good = encodePacket(packet(AdbCommand.OKAY, 1, 2), NEW);
    const bad = Buffer.from(good);
    bad.writeUInt32LE(0, 20);
    const result = new PacketDecoder({ maxPayload: 10 }).push(Buffer.concat([good, bad]));
    expect(result.packets).toHaveLength(1);
    expect(result.error?.reason).toBe(PacketErrorReason.BAD_MAGIC);
  });
});
