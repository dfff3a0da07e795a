// The parts of a zip (PKWARE APPNOTE.TXT §4.3) the label reader needs, from ranges read off the
// phone: the end-of-central-directory record in the file's tail, the central directory entries
// of the few names we want, and the local header that says where an entry's data starts.
// Pure; zip64, encrypted and multi-disk archives are refused with typed errors.
import { ApkFormatError, ApkLimitError, ApkUnsupportedError } from './apk-errors';
import { ByteView } from './byte-view';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
export const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
export const LOCAL_HEADER_SIZE = 30;
/** EOCD plus the longest comment: a tail this long always holds the record. */
export const MAX_EOCD_SEARCH = EOCD_SIZE + 0xffff;
/** A central directory beyond this is not read (a label is not worth more). */
export const MAX_CENTRAL_DIRECTORY_BYTES = 8 * 1024 * 1024;
const ENCRYPTED_FLAG = 0x1;

export const ZipCompression = { Stored: 0, Deflate: 8 } as const;
export type ZipCompression = (typeof ZipCompression)[keyof typeof ZipCompression];

export interface CentralDirectory {
  readonly offset: number;
  readonly size: number;
  readonly entryCount: number;
}

export interface ZipEntryLocation {
  readonly name: string;
  readonly compression: ZipCompression;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
  /** Name length in the central directory (the local one normally matches). */
  readonly nameLength: number;
}

/**
 * Finds the EOCD record in `tail`, the last bytes of a file of `fileSize` bytes, and returns
 * where the central directory is. Throws ApkFormatError / ApkUnsupportedError.
 */
export const readEndOfCentralDirectory = (tail: Uint8Array, fileSize: number): CentralDirectory => {
  const tailStart = fileSize - tail.length;
  if (tailStart < 0) throw new ApkFormatError('tail longer than the file');
  const view = new ByteView(tail, tailStart);
  const lowest = Math.max(0, tail.length - MAX_EOCD_SEARCH);
  for (let at = tail.length - EOCD_SIZE; at >= lowest; at -= 1) {
    if (view.u32(at) !== EOCD_SIGNATURE) continue;
    const commentLength = view.u16(at + 20);
    if (at + EOCD_SIZE + commentLength !== tail.length) continue;
    const disk = view.u16(at + 4);
    const cdDisk = view.u16(at + 6);
    const entryCount = view.u16(at + 10);
    const size = view.u32(at + 12);
    const offset = view.u32(at + 16);
    if (disk !== 0 || cdDisk !== 0 || view.u16(at + 8) !== entryCount) {
      throw new ApkUnsupportedError('multi-disk zip');
    }
    if (size === 0xffffffff || offset === 0xffffffff || entryCount === 0xffff) {
      throw new ApkUnsupportedError('zip64 archive');
    }
    if (offset + size > tailStart + at) throw new ApkFormatError('central directory overlaps its end record');
    if (size > MAX_CENTRAL_DIRECTORY_BYTES) throw new ApkLimitError(`central directory of ${size} bytes`);
    return { offset, size, entryCount };
  }
  throw new ApkFormatError('no end of central directory record: not a zip, or cut short');
};

const latin1 = new TextDecoder('latin1');

/**
 * Walks the central directory bytes and returns the entries named in `wanted` (first match
 * wins, as Android's own zip reader does for duplicates it would reject anyway).
 */
export const findCentralEntries = (
  directory: Uint8Array,
  options: { wanted: readonly string[]; entryCount: number; base: number },
): Map<string, ZipEntryLocation> => {
  const view = new ByteView(directory, options.base);
  const wanted = new Set(options.wanted);
  const found = new Map<string, ZipEntryLocation>();
  let at = 0;
  for (let index = 0; index < options.entryCount && found.size < wanted.size; index += 1) {
    if (view.u32(at, 'central entry') !== CENTRAL_SIGNATURE) {
      throw new ApkFormatError(`bad central directory signature at ${options.base + at}`);
    }
    const nameLength = view.u16(at + 28);
    const extraLength = view.u16(at + 30);
    const commentLength = view.u16(at + 32);
    const name = latin1.decode(view.slice(at + CENTRAL_SIZE, nameLength, 'entry name'));
    if (wanted.has(name) && !found.has(name)) {
      const flags = view.u16(at + 8);
      const method = view.u16(at + 10);
      if ((flags & ENCRYPTED_FLAG) !== 0) throw new ApkUnsupportedError(`${name} is encrypted`);
      if (method !== ZipCompression.Stored && method !== ZipCompression.Deflate) {
        throw new ApkUnsupportedError(`${name} uses compression method ${method}`);
      }
      const compressedSize = view.u32(at + 20);
      const size = view.u32(at + 24);
      const localHeaderOffset = view.u32(at + 42);
      if ([compressedSize, size, localHeaderOffset].includes(0xffffffff)) {
        throw new ApkUnsupportedError(`${name} is a zip64 entry`);
      }
      found.set(name, { name, compression: method, compressedSize, size, localHeaderOffset, nameLength });
    }
    at += CENTRAL_SIZE + nameLength + extraLength + commentLength;
  }
  return found;
};

/** From the 30-byte local header at the entry's offset: where its data starts. */
export const entryDataOffset = (localHeader: Uint8Array, entry: ZipEntryLocation): number => {
  const view = new ByteView(localHeader, entry.localHeaderOffset);
  if (view.u32(0, 'local header') !== LOCAL_SIGNATURE) {
    throw new ApkFormatError(`bad local header signature for ${entry.name}`);
  }
  return entry.localHeaderOffset + LOCAL_HEADER_SIZE + view.u16(26) + view.u16(28);
};
