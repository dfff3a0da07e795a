// Resolves one resource id (0xPPTTEEEE) to its string in each plain locale of resources.arsc
// (AOSP ResourceTypes.h: ResTable_header, ResTable_package, ResTable_type, ResTable_entry,
// Res_value) while reading as little of the table as possible: chunk headers are walked and
// skipped, only type chunks of the wanted type and locales are opened, and only the one entry,
// its pool slot and its string are read. Every read goes through an ArscSource; when a range
// is missing the lookup answers MISSING (the range is recorded) and is simply run again after
// the next round trip. Types are assumed in id order (aapt/aapt2 write them so): the walk stops
// at the first type spec past the wanted type. Pure.
import { ApkFormatError } from './apk-errors';
import type { ArscSource } from './arsc-source';
import type { ByteView } from './byte-view';
import { isWantedLocale, localeKeyOf } from './resource-config';
import {
  decodePoolString,
  readStringPoolHeader,
  RES_STRING_POOL_TYPE,
  stringPosition,
  stringSlotPosition,
  stringSpan,
  type StringPoolHeader,
} from './string-pool';

export const MISSING = Symbol('missing bytes');
export type Missing = typeof MISSING;

const RES_TABLE_TYPE = 0x0002;
const RES_TABLE_PACKAGE_TYPE = 0x0200;
const RES_TABLE_TYPE_TYPE = 0x0201;
const RES_TABLE_TYPE_SPEC_TYPE = 0x0202;
const TYPE_REFERENCE = 0x01;
const TYPE_STRING = 0x03;
const FLAG_SPARSE = 0x01;
const FLAG_OFFSET16 = 0x02;
const ENTRY_COMPLEX = 0x0001;
const ENTRY_COMPACT = 0x0008;
const NO_ENTRY = 0xffffffff;
const CHUNK_HEADER = 8;
const POOL_HEADER = 28;
/** How far ahead a chunk walk reads when it must fetch (chunk headers often sit close together). */
export const WALK_PREFETCH = 16 * 1024;
const STRING_PREFETCH = 256;
const MAX_SPARSE_BYTES = 256 * 1024;
const MAX_REFERENCE_DEPTH = 3;
const MAX_CHUNKS = 100_000;

interface Table {
  readonly pool: StringPoolHeader;
  /** Packages by id: [start, headerSize, size]. */
  readonly packages: Map<number, { start: number; headerSize: number; size: number }>;
}

const chunkAt = (source: ArscSource, at: number, prefetch = WALK_PREFETCH) => {
  const view = source.at(at, CHUNK_HEADER, { prefetch });
  if (view === undefined) return MISSING;
  const chunk = { type: view.u16(0), headerSize: view.u16(2), size: view.u32(4) };
  if (chunk.size < CHUNK_HEADER || chunk.headerSize < CHUNK_HEADER || chunk.headerSize > chunk.size) {
    throw new ApkFormatError(`bad resource chunk at ${at}`);
  }
  return chunk;
};

const readTable = (source: ArscSource): Table | Missing => {
  const header = source.at(0, 12, { prefetch: 4096 });
  if (header === undefined) return MISSING;
  if (header.u16(0) !== RES_TABLE_TYPE) throw new ApkFormatError('not a resource table');
  const end = Math.min(header.u32(4), source.size);
  let pool: StringPoolHeader | undefined;
  const packages: Table['packages'] = new Map();
  let at = header.u16(2);
  for (let count = 0; at + CHUNK_HEADER <= end && count < MAX_CHUNKS; count += 1) {
    const chunk = chunkAt(source, at);
    if (chunk === MISSING) return MISSING;
    if (chunk.type === RES_STRING_POOL_TYPE && pool === undefined) {
      const view = source.at(at, POOL_HEADER);
      if (view === undefined) return MISSING;
      pool = readStringPoolHeader(view, 0);
    } else if (chunk.type === RES_TABLE_PACKAGE_TYPE) {
      const view = source.at(at, 12);
      if (view === undefined) return MISSING;
      packages.set(view.u32(8), { start: at, headerSize: chunk.headerSize, size: chunk.size });
    }
    at += chunk.size;
  }
  if (pool === undefined) throw new ApkFormatError('resource table without a string pool');
  return { pool, packages };
};

interface TypeChunk {
  readonly start: number;
  readonly headerSize: number;
  readonly flags: number;
  readonly entryCount: number;
  readonly entriesStart: number;
}

interface Value {
  readonly dataType: number;
  readonly data: number;
}

/** The offset of entry `index` inside the chunk's entries, undefined when it has none. */
const entryOffset = (source: ArscSource, type: TypeChunk, index: number): number | undefined | Missing => {
  const table = type.start + type.headerSize;
  if ((type.flags & FLAG_SPARSE) !== 0) {
    const bytes = type.entryCount * 4;
    if (bytes > MAX_SPARSE_BYTES) throw new ApkFormatError('sparse entry table too large');
    const view = source.at(table, bytes);
    if (view === undefined) return MISSING;
    let low = 0;
    let high = type.entryCount - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const key = view.u16(middle * 4);
      if (key === index) return view.u16(middle * 4 + 2) * 4;
      if (key < index) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }
  if (index >= type.entryCount) return undefined;
  if ((type.flags & FLAG_OFFSET16) !== 0) {
    const view = source.at(table + index * 2, 2);
    if (view === undefined) return MISSING;
    const slot = view.u16(0);
    return slot === 0xffff ? undefined : slot * 4;
  }
  const view = source.at(table + index * 4, 4);
  if (view === undefined) return MISSING;
  const slot = view.u32(0);
  return slot === NO_ENTRY ? undefined : slot;
};

const entryValue = (source: ArscSource, type: TypeChunk, index: number): Value | undefined | Missing => {
  const offset = entryOffset(source, type, index);
  if (offset === undefined || offset === MISSING) return offset;
  const at = type.start + type.entriesStart + offset;
  const entry = source.at(at, 8, { prefetch: 16 });
  if (entry === undefined) return MISSING;
  const size = entry.u16(0);
  const flags = entry.u16(2);
  if ((flags & ENTRY_COMPACT) !== 0) return { dataType: flags >> 8, data: entry.u32(4) };
  if ((flags & ENTRY_COMPLEX) !== 0 || size < 8) return undefined;
  const value = source.at(at + size, 8);
  if (value === undefined) return MISSING;
  return { dataType: value.u8(3), data: value.u32(4) };
};

const poolString = (source: ArscSource, pool: StringPoolHeader, index: number): string | Missing => {
  const slot = source.at(stringSlotPosition(pool, index), 4);
  if (slot === undefined) return MISSING;
  const at = stringPosition(pool, slot.u32(0));
  const prefix = source.at(at, Math.min(4, source.size - at), { prefetch: STRING_PREFETCH });
  if (prefix === undefined) return MISSING;
  const span = stringSpan(prefix, 0, pool.utf8);
  if (span === undefined) throw new ApkFormatError('string cut short at the end of the table');
  const whole = source.at(at, span);
  if (whole === undefined) return MISSING;
  return decodePoolString(whole, 0, pool.utf8);
};

const readTypeChunk = (view: ByteView, start: number, headerSize: number): TypeChunk => ({
  start,
  headerSize,
  flags: view.u8(9),
  entryCount: view.u32(12),
  entriesStart: view.u32(16),
});

/** Values of `id` per plain locale key ('' = default), following references. */
export const lookupStrings = (source: ArscSource, id: number, depth = 0): Map<string, string> | Missing => {
  const table = readTable(source);
  if (table === MISSING) return MISSING;
  const pkg = table.packages.get(id >>> 24);
  if (pkg === undefined) return new Map();
  const typeId = (id >>> 16) & 0xff;
  const index = id & 0xffff;
  const values = new Map<string, string>();
  let missing = false;
  const end = pkg.start + pkg.size;
  let at = pkg.start + pkg.headerSize;
  for (let count = 0; at + CHUNK_HEADER <= end && count < MAX_CHUNKS; count += 1) {
    const chunk = chunkAt(source, at);
    if (chunk === MISSING) return MISSING;
    if (chunk.type === RES_TABLE_TYPE_SPEC_TYPE || chunk.type === RES_TABLE_TYPE_TYPE) {
      const head = source.at(at, Math.max(chunk.headerSize, 12), { prefetch: WALK_PREFETCH });
      if (head === undefined) return MISSING;
      const chunkType = head.u8(8);
      if (chunk.type === RES_TABLE_TYPE_SPEC_TYPE && chunkType > typeId) break;
      if (chunk.type === RES_TABLE_TYPE_TYPE && chunkType === typeId && chunk.headerSize >= 20 + 12) {
        const key = localeKeyOf(head, 20);
        if (key !== undefined && isWantedLocale(key) && !values.has(key)) {
          const value = entryValue(source, readTypeChunk(head, at, chunk.headerSize), index);
          if (value === MISSING) missing = true;
          else if (value !== undefined) {
            const text = valueText(source, { table, value, depth, key });
            if (text === MISSING) missing = true;
            else if (text !== undefined) values.set(key, text);
          }
        }
      }
    }
    at += chunk.size;
  }
  return missing ? MISSING : values;
};

const valueText = (
  source: ArscSource,
  context: { table: Table; value: Value; depth: number; key: string },
): string | undefined | Missing => {
  const { value } = context;
  if (value.dataType === TYPE_STRING) return poolString(source, context.table.pool, value.data);
  if (value.dataType !== TYPE_REFERENCE || value.data === 0 || context.depth >= MAX_REFERENCE_DEPTH)
    return undefined;
  const target = lookupStrings(source, value.data, context.depth + 1);
  if (target === MISSING) return MISSING;
  return target.get(context.key) ?? target.get('');
};
