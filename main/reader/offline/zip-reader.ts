// A small zip reader for `adb bugreport` archives (PKWARE APPNOTE.TXT §4.3: local headers,
// central directory, end of central directory record). Reads the central directory, then
// inflates one entry on demand. Supports stored (0) and deflate (8); refuses zip64,
// encryption, multi-disk archives and other methods with typed errors. Bounded: entries over
// `maxEntryBytes` (512 MiB) and entries expanding more than `maxRatio` times are refused, and
// inflation never produces more than the declared size.
import { crc32, inflateRawSync } from 'node:zlib';
import { ZipFormatError, ZipLimitError, ZipUnsupportedError } from './zip-errors';

export const ZIP_MAX_ENTRY_BYTES = 512 * 1024 * 1024;
/** Text compresses ~10×; bugreports up to ~30×. A higher ratio on a large entry smells of a bomb. */
export const ZIP_MAX_RATIO = 200;
const RATIO_APPLIES_ABOVE = 1024 * 1024;
const MAX_ENTRIES = 65_535;

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;

export const ZipMethod = { Stored: 'stored', Deflate: 'deflate', Unsupported: 'unsupported' } as const;
export type ZipMethod = (typeof ZipMethod)[keyof typeof ZipMethod];

export interface ZipLimits {
  readonly maxEntryBytes?: number;
  readonly maxRatio?: number;
}

export interface ZipEntry {
  readonly name: string;
  /** Uncompressed size as declared by the central directory. */
  readonly size: number;
  readonly compressedSize: number;
  readonly method: ZipMethod;
  readonly isDirectory: boolean;
  /** Decompresses (or copies) the entry, checking size limits and the CRC-32; throws a ZipError. */
  read(): Buffer;
}

const findEndOfCentralDirectory = (view: DataView): number => {
  const lowest = Math.max(0, view.byteLength - EOCD_SIZE - 0xffff);
  for (let offset = view.byteLength - EOCD_SIZE; offset >= lowest; offset -= 1) {
    if (view.getUint32(offset, true) !== EOCD_SIGNATURE) continue;
    const commentLength = view.getUint16(offset + 20, true);
    if (offset + EOCD_SIZE + commentLength <= view.byteLength) return offset;
  }
  throw new ZipFormatError('no end of central directory record: not a zip, or truncated');
};

const methodOf = (code: number): ZipMethod =>
  code === 0 ? ZipMethod.Stored : code === 8 ? ZipMethod.Deflate : ZipMethod.Unsupported;

interface RawEntry {
  name: string;
  flags: number;
  methodCode: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const checkLimits = (entry: RawEntry, limits: Required<ZipLimits>): void => {
  if (entry.size > limits.maxEntryBytes) {
    throw new ZipLimitError(
      `entry ${entry.name} is ${entry.size} bytes uncompressed (limit ${limits.maxEntryBytes})`,
    );
  }
  if (entry.size > RATIO_APPLIES_ABOVE && entry.size > entry.compressedSize * limits.maxRatio) {
    throw new ZipLimitError(
      `entry ${entry.name} expands ${Math.round(entry.size / Math.max(1, entry.compressedSize))}× (limit ${limits.maxRatio}×)`,
    );
  }
};

const readEntryData = (bytes: Uint8Array, entry: RawEntry, limits: Required<ZipLimits>): Buffer => {
  if ((entry.flags & 0x1) !== 0) throw new ZipUnsupportedError(`entry ${entry.name} is encrypted`);
  checkLimits(entry, limits);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + LOCAL_SIZE > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) {
    throw new ZipFormatError(`entry ${entry.name}: bad local header at ${local}`);
  }
  const start = local + LOCAL_SIZE + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length)
    throw new ZipFormatError(`entry ${entry.name}: data runs past the end of the archive`);
  const compressed = bytes.subarray(start, end);
  const method = methodOf(entry.methodCode);
  if (method === ZipMethod.Unsupported) {
    throw new ZipUnsupportedError(
      `entry ${entry.name} uses compression method ${entry.methodCode} (only stored and deflate are supported)`,
    );
  }
  let data: Buffer;
  if (method === ZipMethod.Stored) {
    if (entry.compressedSize !== entry.size)
      throw new ZipFormatError(`stored entry ${entry.name} has mismatched sizes`);
    data = Buffer.from(compressed);
  } else {
    try {
      data = inflateRawSync(compressed, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      throw new ZipFormatError(`entry ${entry.name}: deflate data is corrupt or larger than declared`, {
        cause: error,
      });
    }
  }
  if (data.length !== entry.size) {
    throw new ZipFormatError(`entry ${entry.name}: ${data.length} bytes inflated, ${entry.size} declared`);
  }
  if (crc32(data) >>> 0 !== entry.crc) throw new ZipFormatError(`entry ${entry.name}: CRC-32 mismatch`);
  return data;
};

/** Lists a zip's entries from its central directory; `read()` extracts one. */
export const readZipEntries = (bytes: Uint8Array, limits: ZipLimits = {}): ZipEntry[] => {
  const bounds: Required<ZipLimits> = {
    maxEntryBytes: limits.maxEntryBytes ?? ZIP_MAX_ENTRY_BYTES,
    maxRatio: limits.maxRatio ?? ZIP_MAX_RATIO,
  };
  if (bytes.length < EOCD_SIZE) throw new ZipFormatError('too short to be a zip');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIGNATURE) {
    throw new ZipUnsupportedError('zip64 archives are not supported');
  }
  const disk = view.getUint16(eocd + 4, true);
  const centralDisk = view.getUint16(eocd + 6, true);
  const count = view.getUint16(eocd + 10, true);
  const centralSize = view.getUint32(eocd + 12, true);
  const centralOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || centralSize === 0xffffffff || centralOffset === 0xffffffff) {
    throw new ZipUnsupportedError('zip64 archives are not supported');
  }
  if (disk !== 0 || centralDisk !== 0) throw new ZipUnsupportedError('multi-disk archives are not supported');
  if (count > MAX_ENTRIES) throw new ZipLimitError(`${count} entries`);
  if (centralOffset + centralSize > eocd)
    throw new ZipFormatError('central directory lies outside the archive');

  const entries: ZipEntry[] = [];
  let offset = centralOffset;
  for (let index = 0; index < count; index += 1) {
    if (offset + CENTRAL_SIZE > eocd || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) {
      throw new ZipFormatError(`bad central directory entry ${index} at ${offset}`);
    }
    const flags = view.getUint16(offset + 8, true);
    const nameLength = view.getUint16(offset + 28, true);
    const nextOffset =
      offset +
      CENTRAL_SIZE +
      nameLength +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
    if (nextOffset > eocd) throw new ZipFormatError(`central directory entry ${index} runs past its end`);
    const nameBytes = bytes.subarray(offset + CENTRAL_SIZE, offset + CENTRAL_SIZE + nameLength);
    const name = Buffer.from(nameBytes).toString((flags & 0x800) !== 0 ? 'utf8' : 'latin1');
    const raw: RawEntry = {
      name,
      flags,
      methodCode: view.getUint16(offset + 10, true),
      crc: view.getUint32(offset + 16, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true),
    };
    if (raw.size === 0xffffffff || raw.compressedSize === 0xffffffff || raw.localOffset === 0xffffffff) {
      throw new ZipUnsupportedError(`entry ${name} needs zip64`);
    }
    const method = methodOf(raw.methodCode);
    entries.push({
      name,
      size: raw.size,
      compressedSize: raw.compressedSize,
      method,
      isDirectory: name.endsWith('/'),
      read: () => readEntryData(bytes, raw, bounds),
    });
    offset = nextOffset;
  }
  return entries;
};
