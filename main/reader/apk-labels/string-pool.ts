// ResStringPool (AOSP libs/androidfw ResourceTypes.h) as both binary XML and resources.arsc
// use it: the header, an offset table, then UTF-8 or UTF-16 strings with length prefixes.
// Strings are decoded from a view that may hold only part of the pool: `stringSpan` says how
// many bytes one string needs, so the arsc reader can fetch just that range.
import { ApkFormatError, ApkLimitError } from './apk-errors';
import type { ByteView } from './byte-view';

export const RES_STRING_POOL_TYPE = 0x0001;
const UTF8_FLAG = 1 << 8;
/** Labels are short; a longer "string" is a corrupt or hostile pool. */
export const MAX_STRING_BYTES = 16 * 1024;

export interface StringPoolHeader {
  /** Absolute position of the chunk. */
  readonly start: number;
  readonly headerSize: number;
  readonly size: number;
  readonly stringCount: number;
  readonly utf8: boolean;
  /** Absolute position of the string data. */
  readonly stringsStart: number;
}

/** Reads the pool header of the chunk at `at` (relative to `view`). */
export const readStringPoolHeader = (view: ByteView, at: number): StringPoolHeader => {
  if (view.u16(at, 'string pool type') !== RES_STRING_POOL_TYPE) {
    throw new ApkFormatError(`no string pool at ${view.base + at}`);
  }
  const headerSize = view.u16(at + 2);
  const size = view.u32(at + 4);
  const stringCount = view.u32(at + 8);
  const flags = view.u32(at + 16);
  const stringsStart = view.u32(at + 20);
  if (headerSize < 28 || headerSize > size || stringsStart > size) {
    throw new ApkFormatError(`string pool header out of range at ${view.base + at}`);
  }
  if (headerSize + stringCount * 4 > size) throw new ApkFormatError('string pool offsets overflow the pool');
  return {
    start: view.base + at,
    headerSize,
    size,
    stringCount,
    utf8: (flags & UTF8_FLAG) !== 0,
    stringsStart: view.base + at + stringsStart,
  };
};

/** Absolute position of the offset slot of string `index`. */
export const stringSlotPosition = (pool: StringPoolHeader, index: number): number => {
  if (!Number.isInteger(index) || index < 0 || index >= pool.stringCount) {
    throw new ApkFormatError(`string index ${index} outside a pool of ${pool.stringCount}`);
  }
  return pool.start + pool.headerSize + index * 4;
};

/** Absolute position of a string from its slot value; checked against the pool's end. */
export const stringPosition = (pool: StringPoolHeader, slotValue: number): number => {
  const at = pool.stringsStart + slotValue;
  if (at >= pool.start + pool.size) throw new ApkFormatError('string offset past the pool');
  return at;
};

interface Prefix {
  readonly headerBytes: number;
  readonly dataBytes: number;
}

const utf8Length = (view: ByteView, at: number): { value: number; bytes: number } => {
  const first = view.u8(at, 'string length');
  if ((first & 0x80) === 0) return { value: first, bytes: 1 };
  return { value: ((first & 0x7f) << 8) | view.u8(at + 1, 'string length'), bytes: 2 };
};

const prefixOf = (view: ByteView, at: number, utf8: boolean): Prefix => {
  if (utf8) {
    const chars = utf8Length(view, at);
    const bytes = utf8Length(view, at + chars.bytes);
    return { headerBytes: chars.bytes + bytes.bytes, dataBytes: bytes.value };
  }
  const first = view.u16(at, 'string length');
  if ((first & 0x8000) === 0) return { headerBytes: 2, dataBytes: first * 2 };
  const count = ((first & 0x7fff) << 16) | view.u16(at + 2, 'string length');
  return { headerBytes: 4, dataBytes: count * 2 };
};

/**
 * Bytes the string at `at` occupies (prefix + data), or undefined while its 4-byte prefix is
 * not in the view. Throws ApkLimitError over MAX_STRING_BYTES.
 */
export const stringSpan = (view: ByteView, at: number, utf8: boolean): number | undefined => {
  if (!view.has(at, 4)) return undefined;
  const prefix = prefixOf(view, at, utf8);
  if (prefix.dataBytes > MAX_STRING_BYTES) throw new ApkLimitError(`a string of ${prefix.dataBytes} bytes`);
  return prefix.headerBytes + prefix.dataBytes;
};

const utf8Decoder = new TextDecoder('utf-8');
const utf16Decoder = new TextDecoder('utf-16le');

/** Decodes the string at `at` (relative to `view`); throws when it does not fit. */
export const decodePoolString = (view: ByteView, at: number, utf8: boolean): string => {
  const prefix = prefixOf(view, at, utf8);
  if (prefix.dataBytes > MAX_STRING_BYTES) throw new ApkLimitError(`a string of ${prefix.dataBytes} bytes`);
  const data = view.slice(at + prefix.headerBytes, prefix.dataBytes, 'string data');
  return (utf8 ? utf8Decoder : utf16Decoder).decode(data);
};
