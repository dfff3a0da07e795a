// The default in-memory file system behind `sync:`.
import { describe, expect, it } from 'vitest';
import { createMemoryFileSystem, isDirectory } from '../../../../main/virtual-phone/virtual-file-system';

describe('createMemoryFileSystem', () => {
  it('creates parents, stats files and directories with type bits', () => {
    const fs = createMemoryFileSystem({ files: { '/data/app/x/base.apk': 'apk' } });
    expect(fs.stat('/data/app/x/base.apk')).toMatchObject({ mode: 0o100644, size: 3 });
    expect(fs.stat('/data/app')?.mode).toBe(0o040755);
    expect(isDirectory(fs.stat('/sdcard') ?? { mode: 0, size: 0, mtimeSeconds: 0 })).toBe(true);
    expect(fs.stat('/nope')).toBeUndefined();
  });

  it('lists direct children only, and nothing for a file', () => {
    const fs = createMemoryFileSystem({ files: { '/d/a': '1', '/d/e/b': '2' }, directories: [] });
    expect(
      fs
        .list('/d')
        ?.map((entry) => entry.name)
        .sort(),
    ).toEqual(['a', 'e']);
    expect(fs.list('/')?.map((entry) => entry.name)).toEqual(['d']);
    expect(fs.list('/d/a')).toBeUndefined();
  });

  it('writes files with the permission bits given, and refuses to overwrite a directory', () => {
    const fs = createMemoryFileSystem();
    fs.write('/sdcard/new/f.txt', new TextEncoder().encode('hi'), 0o100600);
    expect(fs.stat('/sdcard/new/f.txt')?.mode).toBe(0o100600);
    expect(new TextDecoder().decode(fs.read('/sdcard/new/f.txt') as Uint8Array)).toBe('hi');
    expect(() => fs.write('/sdcard', new Uint8Array(), 0o644)).toThrow('Is a directory');
  });
});
