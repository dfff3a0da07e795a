import { describe, expect, it } from 'vitest';
import {
  ZipError,
  ZipFormatError,
  ZipLimitError,
  ZipUnsupportedError,
} from '../../../../main/reader/offline/zip-errors';
import { readZipEntries, ZIP_MAX_ENTRY_BYTES } from '../../../../main/reader/offline/zip-reader';
import { makeZip } from './make-zip';
import { damageBytes, seededRandom } from '../../../support/seeded-random';
import { readSample } from './sample-support';

const text = readSample('getprop_rockchip-tvbox_7.1.2_full.txt');

describe('readZipEntries', () => {
  it('lists stored and deflated entries and reads them back byte for byte', () => {
    const binary = Uint8Array.from({ length: 300 }, (_, index) => (index * 7) % 256);
    const zip = makeZip(
      [
        { name: 'version.txt', data: '2.0', method: 'stored' },
        { name: 'bugreport-rk322x_box-NHG47K-2019-10-08-07-14-35.txt', data: text },
        { name: 'FS/', data: '', method: 'stored' },
        { name: 'proto/活动.proto', data: binary, method: 'stored' },
      ],
      { comment: 'made by a test' },
    );
    const entries = readZipEntries(zip);
    expect(entries.map((entry) => [entry.name, entry.method, entry.size, entry.isDirectory])).toEqual([
      ['version.txt', 'stored', 3, false],
      ['bugreport-rk322x_box-NHG47K-2019-10-08-07-14-35.txt', 'deflate', Buffer.byteLength(text), false],
      ['FS/', 'stored', 0, true],
      ['proto/活动.proto', 'stored', 300, false],
    ]);
    expect(entries[1]?.compressedSize).toBeLessThan(entries[1]?.size ?? 0);
    expect(entries[0]?.read().toString()).toBe('2.0');
    expect(entries[1]?.read().toString('utf8')).toBe(text);
    expect(Uint8Array.from(entries[3]?.read() ?? [])).toEqual(binary);
  });

  it('refuses what is not a zip, truncated archives and a broken central directory', () => {
    expect(() => readZipEntries(Buffer.from('[ro.a]: [b]\n'.repeat(10)))).toThrow(ZipFormatError);
    expect(() => readZipEntries(new Uint8Array(3))).toThrow(ZipFormatError);
    const zip = makeZip([{ name: 'a.txt', data: text }]);
    expect(() => readZipEntries(zip.subarray(0, zip.length - 30))).toThrow(ZipFormatError);
    const broken = Buffer.from(zip);
    broken.writeUInt32LE(0x12345678, zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
    expect(() => readZipEntries(broken)).toThrow(/bad central directory entry 0/);
  });

  it('detects corrupt deflate data or a CRC mismatch when reading', () => {
    const zip = Buffer.from(makeZip([{ name: 'a.txt', data: text }]));
    zip[60] = (zip[60] ?? 0) ^ 0xff;
    const [entry] = readZipEntries(zip);
    expect(() => entry?.read()).toThrow(ZipFormatError);
  });

  it('refuses entries larger than 512 MiB and suspicious expansion ratios (zip bomb guard)', () => {
    const huge = makeZip([
      { name: 'bomb.txt', data: 'x', method: 'stored', declaredSize: ZIP_MAX_ENTRY_BYTES + 1 },
    ]);
    const [entry] = readZipEntries(huge);
    expect(entry?.size).toBe(ZIP_MAX_ENTRY_BYTES + 1);
    expect(() => entry?.read()).toThrow(ZipLimitError);

    const zeros = makeZip([{ name: 'zeros.txt', data: new Uint8Array(4 * 1024 * 1024) }]);
    const [bomb] = readZipEntries(zeros);
    expect((bomb?.size ?? 0) / (bomb?.compressedSize ?? 1)).toBeGreaterThan(200);
    expect(() => bomb?.read()).toThrow(/expands \d+×/);
    expect(readZipEntries(zeros, { maxRatio: 10_000 })[0]?.read().length).toBe(4 * 1024 * 1024);
    expect(() => readZipEntries(zeros, { maxEntryBytes: 1024 })[0]?.read()).toThrow(ZipLimitError);
  });

  it('never inflates past the declared size', () => {
    const lying = makeZip([{ name: 'lie.txt', data: text, declaredSize: 100 }]);
    expect(() => readZipEntries(lying)[0]?.read()).toThrow(ZipFormatError);
    const short = makeZip([{ name: 'short.txt', data: 'abc', declaredSize: 10 }]);
    expect(() => readZipEntries(short)[0]?.read()).toThrow(/3 bytes inflated, 10 declared/);
  });

  it('refuses zip64, encryption and unknown methods cleanly', () => {
    const zip = Buffer.from(makeZip([{ name: 'a.txt', data: 'abc' }]));
    const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const zip64 = Buffer.from(zip);
    zip64.writeUInt32LE(0xffffffff, eocd + 16);
    expect(() => readZipEntries(zip64)).toThrow(ZipUnsupportedError);
    const encrypted = makeZip([{ name: 'secret.txt', data: 'abc', flags: 1 }]);
    expect(() => readZipEntries(encrypted)[0]?.read()).toThrow(/encrypted/);
    const bzip2 = makeZip([{ name: 'b.txt', data: 'abc', method: 'stored', methodCode: 12 }]);
    const [entry] = readZipEntries(bzip2);
    expect(entry?.method).toBe('unsupported');
    expect(() => entry?.read()).toThrow(ZipUnsupportedError);
  });

  it('typed errors carry their name', () => {
    try {
      readZipEntries(Buffer.from('nope nope nope nope nope nope'));
    } catch (error) {
      expect(error).toBeInstanceOf(ZipError);
      expect((error as Error).name).toBe('ZipFormatError');
    }
  });

  it('fuzz: flipped bytes and cuts only ever raise ZipError', () => {
    const zip = makeZip([
      { name: 'main_entry.txt', data: 'bugreport.txt', method: 'stored' },
      { name: 'bugreport.txt', data: text.slice(0, 3000) },
    ]);
    const next = seededRandom(99);
    for (let round = 0; round < 400; round += 1) {
      const input = damageBytes(zip, next, 1 + Math.floor(next() * 4));
      try {
        for (const entry of readZipEntries(input)) entry.read();
      } catch (error) {
        expect(error).toBeInstanceOf(ZipError);
      }
    }
  });
});
