// A zip file (APK) described as segments so a large one never has to exist in memory: headers,
// small entries' data, and a "filler" entry (classes.dex) of seeded pseudo-random bytes that
// pads the file to the size the profile asks for. Entries are STORED or DEFLATE; STORED ones
// are 4-byte aligned through the local extra field, as zipalign does for resources.arsc.
import { deflateRawSync } from 'node:zlib';
import { crc32, crc32Combine, crc32Repeated } from './crc32';

export interface ZipEntrySpec {
  readonly name: string;
  readonly data: Uint8Array;
  readonly deflate?: boolean;
}

type Segment =
  | { readonly offset: number; readonly bytes: Uint8Array }
  | { readonly offset: number; readonly length: number; readonly seed: number };

export interface ZipLayout {
  readonly size: number;
  readonly segments: readonly Segment[];
}

const CHUNK = 64 * 1024;

/** A counter-based hash of (seed, word). */
const fillerWord = (seed: number, word: number): number => {
  let t = (seed + Math.imul(word, 0x9e3779b9)) >>> 0;
  t = Math.imul(t ^ (t >>> 16), 0x85ebca6b);
  t = Math.imul(t ^ (t >>> 13), 0xc2b2ae35);
  return (t ^ (t >>> 16)) >>> 0;
};

/**
 * The filler repeats one seeded pseudo-random block, so any range is a copy out of it and the
 * CRC of megabytes of filler is a few combines (crc32Repeated) instead of hashing every byte.
 */
const FILLER_BLOCK = 16 * 1024;
const blocks = new Map<number, Uint8Array>();

const fillerBlock = (seed: number): Uint8Array => {
  const cached = blocks.get(seed);
  if (cached !== undefined) return cached;
  const block = new Uint8Array(FILLER_BLOCK);
  const view = new DataView(block.buffer);
  for (let word = 0; word < FILLER_BLOCK / 4; word += 1)
    view.setUint32(word * 4, fillerWord(seed, word), true);
  if (blocks.size >= 4096) blocks.clear();
  blocks.set(seed, block);
  return block;
};

/** Filler bytes [from, from + length) for `seed`. */
const fillerRange = (seed: number, from: number, length: number): Uint8Array => {
  const block = fillerBlock(seed);
  const out = new Uint8Array(length);
  for (let written = 0; written < length;) {
    const at = (from + written) % FILLER_BLOCK;
    const take = Math.min(FILLER_BLOCK - at, length - written);
    out.set(block.subarray(at, at + take), written);
    written += take;
  }
  return out;
};

function* fillerChunks(seed: number, length: number): Generator<Uint8Array> {
  for (let offset = 0; offset < length; offset += CHUNK) {
    yield fillerRange(seed, offset, Math.min(CHUNK, length - offset));
  }
}

/** The CRC-32 of `length` bytes of filler. */
const fillerCrc = (seed: number, length: number): number => {
  const block = fillerBlock(seed);
  const whole = Math.floor(length / FILLER_BLOCK);
  const rest = length % FILLER_BLOCK;
  return crc32Combine(crc32Repeated(block, whole), crc32(block.subarray(0, rest)), rest);
};

const writer = () => {
  const parts: number[] = [];
  const api = {
    u16: (value: number) => (parts.push(value & 0xff, (value >>> 8) & 0xff), api),
    u32: (value: number) => (api.u16(value & 0xffff), api.u16(value >>> 16)),
    text: (value: string) => (parts.push(...Buffer.from(value, 'latin1')), api),
    zeros: (count: number) => (parts.push(...new Array<number>(count).fill(0)), api),
    bytes: () => Uint8Array.from(parts),
  };
  return api;
};

interface Stored {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
  readonly offset: number;
}

/**
 * Lays out `entries`, then (when `fillTo` leaves room) a filler entry so the file is exactly
 * `fillTo` bytes long.
 */
export const layoutZip = (
  entries: readonly ZipEntrySpec[],
  options: { fillTo?: number; seed?: number } = {},
): ZipLayout => {
  const segments: Segment[] = [];
  const stored: Stored[] = [];
  let offset = 0;
  const local = (entry: { name: string; method: number; crc: number; compressed: number; size: number }) => {
    const unaligned = offset + 30 + entry.name.length;
    const pad = entry.method === 0 ? (4 - (unaligned % 4)) % 4 : 0;
    const header = writer()
      .u32(0x04034b50)
      .u16(20)
      .u16(0)
      .u16(entry.method)
      .u32(0)
      .u32(entry.crc)
      .u32(entry.compressed)
      .u32(entry.size)
      .u16(entry.name.length)
      .u16(pad)
      .text(entry.name)
      .zeros(pad)
      .bytes();
    stored.push({ ...entry, offset });
    segments.push({ offset, bytes: header });
    offset += header.length;
  };
  for (const entry of entries) {
    const data = entry.deflate === true ? deflateRawSync(entry.data) : entry.data;
    const method = entry.deflate === true ? 8 : 0;
    local({
      name: entry.name,
      method,
      crc: crc32(entry.data),
      compressed: data.length,
      size: entry.data.length,
    });
    segments.push({ offset, bytes: data });
    offset += data.length;
  }
  const central = (extra: number) =>
    22 +
    [...stored.map((e) => e.name), ...(extra > 0 ? ['classes.dex'] : [])].reduce(
      (total, name) => total + 46 + name.length,
      0,
    );
  const fillerHeader = 30 + 'classes.dex'.length + 3;
  const room = (options.fillTo ?? 0) - offset - central(1) - fillerHeader;
  if (room > 0) {
    const seed = options.seed ?? 1;
    const crc = fillerCrc(seed, room);
    local({ name: 'classes.dex', method: 0, crc, compressed: room, size: room });
    segments.push({ offset, length: room, seed });
    offset += room;
  }
  const directoryStart = offset;
  for (const entry of stored) {
    const record = writer()
      .u32(0x02014b50)
      .u16(20)
      .u16(20)
      .u16(0)
      .u16(entry.method)
      .u32(0)
      .u32(entry.crc)
      .u32(entry.compressed)
      .u32(entry.size)
      .u16(entry.name.length)
      .u16(0)
      .u16(0)
      .u16(0)
      .u16(0)
      .u32(0)
      .u32(entry.offset)
      .text(entry.name)
      .bytes();
    segments.push({ offset, bytes: record });
    offset += record.length;
  }
  const end = writer()
    .u32(0x06054b50)
    .u16(0)
    .u16(0)
    .u16(stored.length)
    .u16(stored.length)
    .u32(offset - directoryStart)
    .u32(directoryStart)
    .u16(0)
    .bytes();
  segments.push({ offset, bytes: end });
  return { size: offset + end.length, segments };
};

/** Bytes [start, start + length) of the laid-out file (clipped to its end). */
export const readZipRange = (layout: ZipLayout, start: number, length: number): Uint8Array => {
  const end = Math.min(layout.size, start + length);
  const out = new Uint8Array(Math.max(0, end - start));
  for (const segment of layout.segments) {
    const segmentLength = 'bytes' in segment ? segment.bytes.length : segment.length;
    const from = Math.max(start, segment.offset);
    const to = Math.min(end, segment.offset + segmentLength);
    if (from >= to) continue;
    if ('bytes' in segment) {
      out.set(segment.bytes.subarray(from - segment.offset, to - segment.offset), from - start);
      continue;
    }
    out.set(fillerRange(segment.seed, from - segment.offset, to - from), from - start);
  }
  return out;
};

/** The file as a stream of chunks (the filler generated once, front to back). */
export function* zipChunks(layout: ZipLayout): Generator<Uint8Array> {
  for (const segment of layout.segments) {
    if ('bytes' in segment) yield segment.bytes;
    else yield* fillerChunks(segment.seed, segment.length);
  }
}

/** The whole file in memory (tests, small APKs). */
export const zipBytes = (layout: ZipLayout): Uint8Array => readZipRange(layout, 0, layout.size);
