// One APK's label, worked out from the bytes read so far (ApkBytes): end-of-central-directory
// → the AndroidManifest.xml and resources.arsc entries → <application android:label> →
// (for a resource reference) the string in the default, Chinese and English configs. Each
// `step()` runs as far as the bytes allow; when it stops it has recorded the ranges it needs
// (manifest and table are asked for together), and the caller fetches them for every app in
// one round trip. Results that cost work (the directory, the inflated manifest) are kept
// between steps. Pure: no I/O; every malformed input ends as a typed ApkLabelError.
import { inflateRawSync } from 'node:zlib';
import { ApkFormatError, ApkLimitError } from './apk-errors';
import type { ApkBytes } from './apk-bytes';
import { lookupStrings, MISSING, type Missing } from './arsc-lookup';
import { memoryArsc, storedArsc, type ArscSource } from './arsc-source';
import { readManifestLabel, type ManifestLabel } from './manifest-label';
import { pickLabels, type LocaleLabels } from './resource-config';
import {
  entryDataOffset,
  findCentralEntries,
  LOCAL_HEADER_SIZE,
  MAX_EOCD_SEARCH,
  readEndOfCentralDirectory,
  ZipCompression,
  type CentralDirectory,
  type ZipEntryLocation,
} from './zip-directory';

const MANIFEST = 'AndroidManifest.xml';
const ARSC = 'resources.arsc';
/** Room for a local header's extra field (zipalign padding) read together with the header. */
const LOCAL_EXTRA_ROOM = 256;
const MAX_COMPRESSED_BYTES = 4 * 1024 * 1024;
const MAX_INFLATED_BYTES = 16 * 1024 * 1024;
/** The first read of every APK: its last bytes (`tail -c`), which hold the end record and,
 * for most apps, the whole central directory. */
export const APK_TAIL_BYTES = 32 * 1024;

export type LabelOutcome =
  | { readonly status: 'found'; readonly label: LocaleLabels }
  /** The APK was read and names no label (or only an empty one). */
  | { readonly status: 'none' };

const inflateEntry = (entry: ZipEntryLocation, data: Uint8Array): Uint8Array => {
  if (entry.compression === ZipCompression.Stored) return data;
  if (entry.size > MAX_INFLATED_BYTES)
    throw new ApkLimitError(`${entry.name} inflates to ${entry.size} bytes`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
  } catch (error) {
    throw new ApkFormatError(`${entry.name} does not inflate`, { cause: error });
  }
};

export class ApkLabelResolver {
  readonly #apk: ApkBytes;
  #entries: Map<string, ZipEntryLocation> | undefined;
  #manifest: ManifestLabel | undefined;
  #inflatedArsc: Uint8Array | undefined;

  constructor(apk: ApkBytes) {
    this.#apk = apk;
  }

  /** The outcome, or MISSING after recording the ranges still needed. Throws ApkLabelError. */
  step(): LabelOutcome | Missing {
    const entries = this.#centralEntries();
    if (entries === MISSING) return MISSING;
    const manifestEntry = entries.get(MANIFEST);
    if (manifestEntry === undefined) throw new ApkFormatError('no AndroidManifest.xml');
    const arscEntry = entries.get(ARSC);
    const manifest = this.#manifestLabel(manifestEntry);
    const arsc = arscEntry === undefined ? undefined : this.#arscSource(arscEntry);
    if (manifest === MISSING) {
      if (arsc !== undefined && arsc !== MISSING) arsc.at(0, 12, { prefetch: 4096 }); // ask for it alongside
      return MISSING;
    }
    if (manifest.kind === 'none') return { status: 'none' };
    if (manifest.kind === 'literal') return { status: 'found', label: { default: manifest.value } };
    if (arsc === undefined) return { status: 'none' };
    if (arsc === MISSING) return MISSING;
    const values = lookupStrings(arsc, manifest.id);
    if (values === MISSING) return MISSING;
    const label = pickLabels(values);
    return label === undefined ? { status: 'none' } : { status: 'found', label };
  }

  #centralEntries(): Map<string, ZipEntryLocation> | Missing {
    if (this.#entries !== undefined) return this.#entries;
    const directory = this.#endRecord();
    if (directory === MISSING) return MISSING;
    const bytes = this.#apk.at(directory.offset, directory.size);
    if (bytes === undefined) return MISSING;
    this.#entries = findCentralEntries(bytes.bytes, {
      wanted: [MANIFEST, ARSC],
      entryCount: directory.entryCount,
      base: directory.offset,
    });
    return this.#entries;
  }

  /** The EOCD from the usual tail; only a long zip comment needs the longest possible tail. */
  #endRecord(): CentralDirectory | Missing {
    const { size } = this.#apk;
    const usual = Math.min(size, APK_TAIL_BYTES);
    const tail = this.#apk.at(size - usual, usual);
    if (tail === undefined) return MISSING;
    try {
      return readEndOfCentralDirectory(tail.bytes, size);
    } catch (error) {
      const longest = Math.min(size, MAX_EOCD_SEARCH);
      if (!(error instanceof ApkFormatError) || longest <= usual) throw error;
      const longTail = this.#apk.at(size - longest, longest);
      return longTail === undefined ? MISSING : readEndOfCentralDirectory(longTail.bytes, size);
    }
  }

  /** The entry's (still compressed) data, reading its local header first. */
  #entryData(entry: ZipEntryLocation, options: { prefetch: number }): Uint8Array | Missing {
    const header = this.#apk.at(entry.localHeaderOffset, LOCAL_HEADER_SIZE, {
      prefetch: LOCAL_HEADER_SIZE + entry.nameLength + LOCAL_EXTRA_ROOM + options.prefetch,
    });
    if (header === undefined) return MISSING;
    const data = this.#apk.at(entryDataOffset(header.bytes, entry), options.prefetch);
    return data === undefined ? MISSING : data.bytes;
  }

  #manifestLabel(entry: ZipEntryLocation): ManifestLabel | Missing {
    if (this.#manifest !== undefined) return this.#manifest;
    if (entry.compressedSize > MAX_COMPRESSED_BYTES)
      throw new ApkLimitError(`manifest of ${entry.compressedSize} bytes`);
    const data = this.#entryData(entry, { prefetch: entry.compressedSize });
    if (data === MISSING) return MISSING;
    this.#manifest = readManifestLabel(inflateEntry(entry, data));
    return this.#manifest;
  }

  #arscSource(entry: ZipEntryLocation): ArscSource | Missing {
    if (entry.compression === ZipCompression.Stored) {
      if (entry.compressedSize !== entry.size)
        throw new ApkFormatError('stored resources.arsc with two sizes');
      const header = this.#apk.at(entry.localHeaderOffset, LOCAL_HEADER_SIZE, {
        prefetch: LOCAL_HEADER_SIZE + entry.nameLength + LOCAL_EXTRA_ROOM + 4096,
      });
      if (header === undefined) return MISSING;
      const dataStart = entryDataOffset(header.bytes, entry);
      if (dataStart + entry.size > this.#apk.size) throw new ApkFormatError('resources.arsc past the end');
      return storedArsc(this.#apk, { dataStart, size: entry.size });
    }
    if (this.#inflatedArsc === undefined) {
      if (entry.compressedSize > MAX_COMPRESSED_BYTES) {
        throw new ApkLimitError(`compressed resources.arsc of ${entry.compressedSize} bytes`);
      }
      const data = this.#entryData(entry, { prefetch: entry.compressedSize });
      if (data === MISSING) return MISSING;
      this.#inflatedArsc = inflateEntry(entry, data);
    }
    return memoryArsc(this.#inflatedArsc);
  }
}
