import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, crc32Combine, crc32Repeated } from '../../../../main/virtual-phone/apk/crc32';
import { layoutZip, readZipRange, zipBytes, zipChunks } from '../../../../main/virtual-phone/apk/zip-layout';
import { seededRandom } from '../../../support/seeded-random';

const bytesOf = (length: number, seed: number): Uint8Array => {
  const random = seededRandom(seed);
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
};

const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** The entries of a zip read back from its central directory, checked like `unzip -t` would. */
const entriesOf = (zip: Uint8Array) => {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: { name: string; data: Uint8Array; crc: number }[] = [];
  for (let index = 0; index < count; index += 1) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = Buffer.from(zip.subarray(at + 46, at + 46 + nameLength)).toString('latin1');
    const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = zip.subarray(dataAt, dataAt + compressed);
    entries.push({ name, crc, data: method === 8 ? new Uint8Array(inflateRawSync(raw)) : raw });
    at += 46 + nameLength;
  }
  return entries;
};

describe('crc32Combine / crc32Repeated', () => {
  it('equal the CRC of the joined bytes for any split and length', () => {
    for (const [first, second] of [
      [0, 0],
      [0, 7],
      [13, 0],
      [1, 1],
      [1000, 4097],
      [65_536, 3],
    ] as const) {
      const a = bytesOf(first, first + 1);
      const b = bytesOf(second, second + 2);
      expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(concat([a, b])));
    }
  });

  it('give the CRC of a block repeated n times', () => {
    const block = bytesOf(257, 9);
    for (const count of [0, 1, 2, 3, 5, 8, 13, 100]) {
      expect(crc32Repeated(block, count)).toBe(crc32(concat(Array.from({ length: count }, () => block))));
    }
  });
});

describe('layoutZip', () => {
  const manifest = new TextEncoder().encode('<manifest/>'.repeat(50));
  const table = bytesOf(3000, 4);

  it('pads to the exact size with a filler entry whose recorded CRC matches its bytes', () => {
    for (const fillTo of [70_000, 16_384 * 3 + 4000, 1_000_003]) {
      const layout = layoutZip(
        [
          { name: 'AndroidManifest.xml', data: manifest, deflate: true },
          { name: 'resources.arsc', data: table },
        ],
        { fillTo, seed: 77 },
      );
      const zip = zipBytes(layout);
      expect(zip.length).toBe(fillTo);
      const entries = entriesOf(zip);
      expect(entries.map((entry) => entry.name)).toEqual([
        'AndroidManifest.xml',
        'resources.arsc',
        'classes.dex',
      ]);
      for (const entry of entries) expect(crc32(entry.data)).toBe(entry.crc);
      expect(entries[0]?.data).toEqual(manifest);
      expect(entries[1]?.data).toEqual(table);
    }
  });

  it('serves the same bytes by range and as a stream', () => {
    const layout = layoutZip([{ name: 'a', data: table }], { fillTo: 200_000, seed: 5 });
    const whole = zipBytes(layout);
    expect(concat([...zipChunks(layout)])).toEqual(whole);
    for (const [start, length] of [
      [0, 10],
      [3100, 70_000],
      [199_990, 100],
    ] as const) {
      expect(readZipRange(layout, start, length)).toEqual(whole.subarray(start, start + length));
    }
  });
});
