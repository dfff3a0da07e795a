import { describe, expect, it } from 'vitest';
import type { FindAdbOptions } from '../../../main/adb/adb-binary';
import { adbCandidates, findAdbBinary } from '../../../main/adb/adb-binary';

const machine = (
  platform: NodeJS.Platform,
  env: Record<string, string>,
  files: readonly string[],
  explicitPath?: string,
): FindAdbOptions => ({
  platform,
  env,
  homeDir: platform === 'win32' ? 'C:\\Users\\li' : platform === 'darwin' ? '/Users/li' : '/home/li',
  exists: async (path) => files.includes(path),
  ...(explicitPath === undefined ? {} : { explicitPath }),
});

describe('findAdbBinary', () => {
  it('prefers the explicit setting over PATH', async () => {
    const found = await findAdbBinary(
      machine('linux', { PATH: '/usr/bin' }, ['/opt/tools/adb', '/usr/bin/adb'], '/opt/tools/adb'),
    );
    expect(found).toEqual({ path: '/opt/tools/adb', source: 'setting' });
  });

  it('uses only the configured file: a missing one is not replaced by another adb', async () => {
    const options = machine('linux', { PATH: '/a:/usr/bin' }, ['/usr/bin/adb'], '/gone/adb');
    expect(adbCandidates(options)).toEqual([{ path: '/gone/adb', source: 'setting' }]);
    expect(await findAdbBinary(options)).toBeUndefined();
  });

  it('uses ANDROID_HOME, then ANDROID_SDK_ROOT platform-tools', async () => {
    const env = { PATH: '/bin', ANDROID_HOME: '/sdk/home', ANDROID_SDK_ROOT: '/sdk/root' };
    expect(await findAdbBinary(machine('linux', env, ['/sdk/root/platform-tools/adb']))).toEqual({
      path: '/sdk/root/platform-tools/adb',
      source: 'android-sdk-root',
    });
    expect(
      await findAdbBinary(
        machine('linux', env, ['/sdk/root/platform-tools/adb', '/sdk/home/platform-tools/adb']),
      ),
    ).toEqual({ path: '/sdk/home/platform-tools/adb', source: 'android-home' });
  });

  it('finds the Windows SDK under %LOCALAPPDATA% with a case-insensitive Path', async () => {
    const options = machine(
      'win32',
      { Path: 'C:\\Windows;C:\\Windows\\System32', LOCALAPPDATA: 'C:\\Users\\li\\AppData\\Local' },
      ['C:\\Users\\li\\AppData\\Local\\Android\\Sdk\\platform-tools\\adb.exe'],
    );
    const candidates = adbCandidates(options).map((c) => c.path);
    expect(candidates.slice(0, 2)).toEqual(['C:\\Windows\\adb.exe', 'C:\\Windows\\System32\\adb.exe']);
    expect(await findAdbBinary(options)).toEqual({
      path: 'C:\\Users\\li\\AppData\\Local\\Android\\Sdk\\platform-tools\\adb.exe',
      source: 'usual-folder',
    });
  });

  it('finds Android Studio and Homebrew installs on macOS', async () => {
    const studio = '/Users/li/Library/Android/sdk/platform-tools/adb';
    expect((await findAdbBinary(machine('darwin', { PATH: '/usr/bin' }, [studio])))?.path).toBe(studio);
    expect((await findAdbBinary(machine('darwin', {}, ['/opt/homebrew/bin/adb'])))?.path).toBe(
      '/opt/homebrew/bin/adb',
    );
  });

  it('knows the usual Linux folders, in order', async () => {
    const paths = adbCandidates(machine('linux', {}, [])).map((c) => c.path);
    expect(paths).toEqual([
      '/home/li/Android/Sdk/platform-tools/adb',
      '/usr/bin/adb',
      '/usr/lib/android-sdk/platform-tools/adb',
      '/opt/android-sdk/platform-tools/adb',
      '/usr/local/bin/adb',
    ]);
    expect(await findAdbBinary(machine('linux', {}, ['/usr/lib/android-sdk/platform-tools/adb']))).toEqual({
      path: '/usr/lib/android-sdk/platform-tools/adb',
      source: 'usual-folder',
    });
  });

  it('returns undefined when nothing exists, and never lists a path twice', async () => {
    const options = machine('linux', { PATH: '/usr/bin:/usr/bin:' }, []);
    expect(await findAdbBinary(options)).toBeUndefined();
    const paths = adbCandidates(options).map((c) => c.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
