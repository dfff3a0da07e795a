// The virtual phone's files as `sync:` (adb pull/push) and the shell (`cat`, `>`, `dd`,
// `tail -c`, `stat`) see them: every installed package's APKs at codePath/<apk>, apkSizeBytes
// long — the base APK a real zip with a compiled manifest and resource table holding the app's
// label (apk/package-apk.ts), splits a ZIP magic then seeded pseudo-random bytes — the profile's extra files
// (state.files), and writable scratch places (/data/local/tmp, /sdcard) that store into state.files.
import type { PackageState, PhoneState } from './android/phone-state';
import { apkFileNames } from './apk/apk-file-names';
import { packageApkLayout } from './apk/package-apk';
import { readZipRange, zipChunks, zipBytes } from './apk/zip-layout';
import type { RangeFiles } from './shell/file-tools';
import type { VirtualFileStat, VirtualFileSystem } from './virtual-file-system';
import { FileType, VirtualFileSystemError } from './virtual-file-system';

const WRITABLE_ROOTS = ['/data/local/tmp', '/sdcard', '/storage/emulated/0'];
const READ_ONLY_ROOTS = ['/system', '/vendor', '/product', '/apex', '/system_ext'];
const BASE_DIRECTORIES = ['/data/local/tmp', '/sdcard', '/storage/emulated/0', '/system/bin'];
const CHUNK_BYTES = 64 * 1024;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

const normalise = (path: string): string =>
  `/${path
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .join('/')}`;
const parentOf = (path: string): string => normalise(path.slice(0, path.lastIndexOf('/')));
const isUnder = (path: string, roots: readonly string[]): boolean =>
  roots.some((root) => path === root || path.startsWith(`${root}/`));

/** FNV-1a of the path seeds an xorshift32 stream, so the same APK always has the same bytes. */
const seedOf = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash === 0 ? 1 : hash;
};

function* apkChunks(path: string, size: number): Generator<Uint8Array> {
  let seed = seedOf(path);
  for (let offset = 0; offset < size; offset += CHUNK_BYTES) {
    const chunk = new Uint8Array(Math.min(CHUNK_BYTES, size - offset));
    for (let index = 0; index < chunk.length; index += 1) {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      seed >>>= 0;
      chunk[index] = offset + index < ZIP_MAGIC.length ? (ZIP_MAGIC[offset + index] ?? 0) : seed & 0xff;
    }
    yield chunk;
  }
}

/** The bytes of a simulated APK (whole; for `cat` and tests). */
export const apkContent = (path: string, size: number): Uint8Array => {
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const chunk of apkChunks(path, size)) {
    whole.set(chunk, offset);
    offset += chunk.length;
  }
  return whole;
};

interface ApkFile {
  readonly size: number;
  readonly mtimeSeconds: number;
  /** The package the file belongs to. */
  readonly owner: PackageState;
  /** The package, for its base APK (a built zip); splits have none. */
  readonly base?: PackageState;
}

/** Splits are a tenth of the base APK (at least 1 KiB) — they only need to exist. */
const isInstalled = (pkg: PackageState): boolean => Object.values(pkg.users).some((user) => user.installed);

const apkFilesOf = (pkg: PackageState): [string, ApkFile][] => {
  const names = apkFileNames(pkg);
  const mtimeSeconds = Math.floor(pkg.lastUpdateTime / 1000);
  return names.map((name, index) => [
    normalise(`${pkg.codePath}/${name}`),
    {
      size: index === 0 ? pkg.apkSizeBytes : Math.max(1024, Math.floor(pkg.apkSizeBytes / 10)),
      mtimeSeconds,
      owner: pkg,
      ...(index === 0 ? { base: pkg } : {}),
    },
  ]);
};

export class PhoneFileSystem implements VirtualFileSystem, RangeFiles {
  readonly #state: PhoneState;
  readonly #runAs: 'shell' | 'root';
  readonly #modes = new Map<string, number>();
  readonly #bootSeconds = Math.floor(Date.now() / 1000);

  constructor(options: { state: PhoneState; runAs?: 'shell' | 'root' }) {
    this.#state = options.state;
    this.#runAs = options.runAs ?? 'shell';
  }

  /** Every installed package's APK files, by path: rebuilt on each call (lists, writes). */
  #apks(): Map<string, ApkFile> {
    const apks = new Map<string, ApkFile>();
    for (const pkg of this.#state.packages.values()) {
      if (!isInstalled(pkg)) continue;
      for (const [path, file] of apkFilesOf(pkg)) apks.set(path, file);
    }
    return apks;
  }

  /**
   * One APK by path, through an index kept between calls (a scan stats and reads hundreds of
   * APKs; rebuilding the whole map per file made that quadratic). A hit is checked against the
   * package's current state; a miss or a stale hit rebuilds the index once.
   */
  #apk(path: string): ApkFile | undefined {
    const hit = this.#apkIndex?.get(path);
    if (hit === undefined || !this.#stillCurrent(path, hit)) {
      this.#apkIndex = this.#apks();
      return this.#apkIndex.get(path);
    }
    return hit;
  }

  #apkIndex: Map<string, ApkFile> | undefined;

  #stillCurrent(path: string, file: ApkFile): boolean {
    const pkg = file.owner;
    if (this.#state.packages.get(pkg.name) !== pkg || !isInstalled(pkg)) return false;
    const current = apkFilesOf(pkg).find(([each]) => each === path)?.[1];
    return current !== undefined && current.size === file.size && current.mtimeSeconds === file.mtimeSeconds;
  }

  #directories(apks: ReadonlyMap<string, ApkFile>): Set<string> {
    const directories = new Set<string>(['/']);
    const add = (file: string): void => {
      for (let dir = parentOf(file); !directories.has(dir); dir = parentOf(dir)) directories.add(dir);
    };
    for (const dir of BASE_DIRECTORIES) add(`${dir}/x`);
    for (const path of apks.keys()) add(path);
    for (const path of this.#state.files.keys()) add(normalise(path));
    return directories;
  }

  stat(path: string): VirtualFileStat | undefined {
    const at = normalise(path);
    const file = this.#state.files.get(at);
    if (file !== undefined)
      return {
        mode: FileType.FILE | (this.#modes.get(at) ?? 0o644),
        size: file.length,
        mtimeSeconds: this.#bootSeconds,
      };
    const apk = this.#apk(at);
    if (apk !== undefined)
      return {
        mode: FileType.FILE | 0o644,
        size: this.#layout(at, apk)?.size ?? apk.size,
        mtimeSeconds: apk.mtimeSeconds,
      };
    if (this.#directories(this.#apks()).has(at))
      return { mode: FileType.DIRECTORY | 0o755, size: 4096, mtimeSeconds: this.#bootSeconds };
    return undefined;
  }

  read(path: string): Uint8Array | AsyncIterable<Uint8Array> | undefined {
    const at = normalise(path);
    const file = this.#state.files.get(at);
    if (file !== undefined) return file;
    const apk = this.#apk(at);
    if (apk === undefined) return undefined;
    const layout = this.#layout(at, apk);
    const chunks = layout === undefined ? apkChunks(at, apk.size) : zipChunks(layout);
    return {
      async *[Symbol.asyncIterator]() {
        for (const chunk of chunks) yield chunk;
      },
    };
  }

  list(path: string): { name: string; stat: VirtualFileStat }[] | undefined {
    const at = normalise(path);
    const apks = this.#apks();
    const directories = this.#directories(apks);
    if (!directories.has(at)) return undefined;
    const prefix = at === '/' ? '/' : `${at}/`;
    const children = new Set<string>();
    for (const candidate of [
      ...directories,
      ...apks.keys(),
      ...[...this.#state.files.keys()].map(normalise),
    ]) {
      if (candidate !== at && candidate.startsWith(prefix) && !candidate.slice(prefix.length).includes('/'))
        children.add(candidate);
    }
    return [...children].sort().flatMap((child) => {
      const stat = this.stat(child);
      return stat === undefined ? [] : [{ name: child.slice(prefix.length), stat }];
    });
  }

  /** Why a write to `path` fails, or undefined when it may be written. */
  #writeError(path: string): string | undefined {
    if (isUnder(path, READ_ONLY_ROOTS)) return 'Read-only file system';
    if (this.#apks().has(path) || this.#directories(this.#apks()).has(path)) return 'Permission denied';
    if (this.#runAs === 'root' || isUnder(path, WRITABLE_ROOTS)) return undefined;
    return 'Permission denied';
  }

  write(path: string, data: Uint8Array, mode: number): void {
    const at = normalise(path);
    const error = this.#writeError(at);
    if (error !== undefined) throw new VirtualFileSystemError(error);
    this.#state.files.set(at, data);
    this.#modes.set(at, mode & 0o7777);
  }

  fileType(path: string): 'file' | 'directory' | undefined {
    const stat = this.stat(path);
    if (stat === undefined) return undefined;
    return (stat.mode & FileType.MASK) === FileType.DIRECTORY ? 'directory' : 'file';
  }

  readFile(path: string): Uint8Array | undefined {
    const at = normalise(path);
    const file = this.#state.files.get(at);
    if (file !== undefined) return file;
    const apk = this.#apk(at);
    if (apk === undefined) return undefined;
    const layout = this.#layout(at, apk);
    return layout === undefined ? apkContent(at, apk.size) : zipBytes(layout);
  }

  #layout(path: string, apk: ApkFile) {
    return apk.base === undefined ? undefined : packageApkLayout(apk.base, { path, size: apk.size });
  }

  sizeOf(path: string): number | undefined {
    const stat = this.stat(path);
    return stat === undefined || (stat.mode & FileType.MASK) !== FileType.FILE ? undefined : stat.size;
  }

  /** Bytes [offset, offset + length) of a file, clipped to its end (dd, tail -c). */
  readRange(path: string, offset: number, length: number): Uint8Array | undefined {
    const at = normalise(path);
    const file = this.#state.files.get(at);
    if (file !== undefined) return file.subarray(offset, offset + length);
    const apk = this.#apk(at);
    if (apk === undefined) return undefined;
    const layout = this.#layout(at, apk);
    if (layout !== undefined) return readZipRange(layout, offset, length);
    return apkContent(at, apk.size).subarray(offset, offset + length);
  }

  writeFile(path: string, data: Uint8Array, options: { append: boolean }): string | undefined {
    const at = normalise(path);
    const error = this.#writeError(at);
    if (error !== undefined) return error;
    const existing = options.append ? this.#state.files.get(at) : undefined;
    if (existing === undefined || existing.length === 0) {
      this.#state.files.set(at, data);
    } else {
      const joined = new Uint8Array(existing.length + data.length);
      joined.set(existing);
      joined.set(data, existing.length);
      this.#state.files.set(at, joined);
    }
    return undefined;
  }
}

export const createPhoneFileSystem = (options: {
  state: PhoneState;
  runAs?: 'shell' | 'root';
}): PhoneFileSystem => new PhoneFileSystem(options);
