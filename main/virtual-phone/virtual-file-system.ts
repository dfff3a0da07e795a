// The files a virtual phone serves over `sync:` (adb pull/push, adbkit stat/readdir/pull).
// Paths are absolute POSIX paths; modes include the type bits like stat(2).

export interface VirtualFileStat {
  /** Including type bits: 0o100644 for a file, 0o040755 for a directory. */
  readonly mode: number;
  readonly size: number;
  readonly mtimeSeconds: number;
}

export interface VirtualFileSystem {
  stat(path: string): VirtualFileStat | undefined;
  /** Whole content, or a stream of chunks for big files (APKs); undefined when missing. */
  read(path: string): Uint8Array | AsyncIterable<Uint8Array> | undefined;
  /** Directory entries (without `.`/`..`); undefined when not a directory. */
  list(path: string): { name: string; stat: VirtualFileStat }[] | undefined;
  /** Creates or replaces a file; throws an Error whose message the host shows on failure. */
  write(path: string, data: Uint8Array, mode: number): void;
}

export const FileType = { FILE: 0o100000, DIRECTORY: 0o040000, MASK: 0o170000 } as const;

export const isDirectory = (stat: VirtualFileStat): boolean =>
  (stat.mode & FileType.MASK) === FileType.DIRECTORY;

export class VirtualFileSystemError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VirtualFileSystemError';
  }
}

interface MemoryEntry {
  mode: number;
  mtimeSeconds: number;
  data?: Uint8Array;
}

const normalise = (path: string): string => {
  const parts = path.split('/').filter((part) => part !== '' && part !== '.');
  return `/${parts.join('/')}`;
};

const parentOf = (path: string): string => normalise(path.slice(0, path.lastIndexOf('/')));

/**
 * A small in-memory file system (the default for a phone without one): `files` maps paths
 * to contents; parent directories are created as needed.
 */
export const createMemoryFileSystem = (
  options: { files?: Readonly<Record<string, Uint8Array | string>>; directories?: readonly string[] } = {},
): VirtualFileSystem => {
  const entries = new Map<string, MemoryEntry>();
  const now = () => Math.floor(Date.now() / 1000);
  const mkdirs = (path: string) => {
    for (let dir = normalise(path); !entries.has(dir); dir = parentOf(dir)) {
      entries.set(dir, { mode: FileType.DIRECTORY | 0o755, mtimeSeconds: now() });
      if (dir === '/') break;
    }
  };
  const put = (path: string, data: Uint8Array, mode: number) => {
    const at = normalise(path);
    const existing = entries.get(at);
    if (existing && existing.data === undefined) throw new VirtualFileSystemError('Is a directory');
    mkdirs(parentOf(at));
    entries.set(at, { mode: FileType.FILE | (mode & 0o7777), mtimeSeconds: now(), data });
  };
  mkdirs('/');
  for (const dir of options.directories ?? ['/sdcard', '/data/local/tmp']) mkdirs(dir);
  for (const [path, content] of Object.entries(options.files ?? {})) {
    put(path, typeof content === 'string' ? new TextEncoder().encode(content) : content, 0o644);
  }
  const statOf = (entry: MemoryEntry): VirtualFileStat => ({
    mode: entry.mode,
    size: entry.data?.length ?? 4096,
    mtimeSeconds: entry.mtimeSeconds,
  });
  return {
    stat: (path) => {
      const entry = entries.get(normalise(path));
      return entry && statOf(entry);
    },
    read: (path) => entries.get(normalise(path))?.data,
    list: (path) => {
      const dir = normalise(path);
      const entry = entries.get(dir);
      if (!entry || entry.data !== undefined) return undefined;
      const prefix = dir === '/' ? '/' : `${dir}/`;
      return [...entries]
        .filter(
          ([child]) => child !== dir && child.startsWith(prefix) && !child.slice(prefix.length).includes('/'),
        )
        .map(([child, childEntry]) => ({ name: child.slice(prefix.length), stat: statOf(childEntry) }));
    },
    write: (path, data, mode) => put(path, data, mode),
  };
};
