import { describe, expect, test } from 'vitest';
import { packageApkLayout } from '../../../../main/virtual-phone/apk/package-apk';
import { zipBytes } from '../../../../main/virtual-phone/apk/zip-layout';
import type { PhoneState } from '../../../../main/virtual-phone/android/phone-state';
import { createPhoneFileSystem } from '../../../../main/virtual-phone/phone-file-system';
import { createAndroidShell } from '../../../../main/virtual-phone/shell/android-shell';
import { isDirectory } from '../../../../main/virtual-phone/virtual-file-system';
import { ADMIN, MAPS, createPhone, run } from './phone-fixture';

/** The base APK the phone serves: a built zip (manifest + table) padded to apkSizeBytes. */
const baseApk = (state: PhoneState, name: string, path: string): Uint8Array => {
  const pkg = state.packages.get(name)!;
  return zipBytes(packageApkLayout(pkg, { path, size: pkg.apkSizeBytes }));
};

const collect = async (content: Uint8Array | AsyncIterable<Uint8Array> | undefined): Promise<Uint8Array> => {
  if (content === undefined) throw new Error('missing');
  if (content instanceof Uint8Array) return content;
  const chunks: Uint8Array[] = [];
  for await (const chunk of content) chunks.push(chunk);
  return Buffer.concat(chunks);
};

describe('PhoneFileSystem', () => {
  test('serves every installed APK at codePath: a real zip of apkSizeBytes, the same every time', async () => {
    const state = createPhone({ sdk: 34 });
    state.packages.get(MAPS)!.apkSizeBytes = 200_000;
    const files = createPhoneFileSystem({ state });
    const path = `${state.packages.get(MAPS)!.codePath}/base.apk`;
    expect(files.stat(path)).toMatchObject({ mode: 0o100644, size: 200_000 });
    const bytes = await collect(files.read(path));
    expect(bytes.length).toBe(200_000);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(Buffer.compare(bytes, baseApk(state, MAPS, path))).toBe(0);
    expect(Buffer.from(bytes).includes('AndroidManifest.xml')).toBe(true);
    expect(Buffer.compare(bytes, await collect(createPhoneFileSystem({ state }).read(path)))).toBe(0);
    const splits = files.list(state.packages.get(ADMIN)!.codePath)?.map((entry) => entry.name);
    expect(splits).toEqual(['base.apk', 'split_config.arm64_v8a.apk']);
    expect((await run(state, `pm path ${MAPS}`)).stdout).toBe(`package:${path}\n`);
  });

  test('directories exist for parents; uninstalled packages have no files', async () => {
    const state = createPhone({ sdk: 34 });
    const files = createPhoneFileSystem({ state });
    expect(isDirectory(files.stat('/data/local/tmp')!)).toBe(true);
    expect(files.list('/')?.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(['data', 'sdcard', 'system']),
    );
    for (const user of Object.values(state.packages.get(MAPS)!.users)) user.installed = false;
    expect(files.stat(`${state.packages.get(MAPS)!.codePath}/base.apk`)).toBeUndefined();
  });

  test('/data/local/tmp and /sdcard are writable into state.files; /system is read-only', () => {
    const state = createPhone({ sdk: 34 });
    const files = createPhoneFileSystem({ state });
    files.write('/data/local/tmp/x.txt', new TextEncoder().encode('hi'), 0o600);
    expect(files.stat('/data/local/tmp/x.txt')).toMatchObject({ mode: 0o100600, size: 2 });
    expect(state.files.get('/data/local/tmp/x.txt')).toEqual(new TextEncoder().encode('hi'));
    expect(files.list('/data/local/tmp')?.map((entry) => entry.name)).toEqual(['x.txt']);
    expect(() => files.write('/system/x', new Uint8Array(1), 0o644)).toThrow('Read-only file system');
    expect(() => files.write('/data/system/x', new Uint8Array(1), 0o644)).toThrow('Permission denied');
    expect(() =>
      createPhoneFileSystem({ state, runAs: 'root' }).write('/data/system/x', new Uint8Array(1), 0o644),
    ).not.toThrow();
  });

  test('cat of an APK is binary-safe through the shell, pipes and redirections', async () => {
    const state = createPhone({ sdk: 34 });
    state.packages.get(MAPS)!.apkSizeBytes = 70_000;
    const path = `${state.packages.get(MAPS)!.codePath}/base.apk`;
    const chunks: Uint8Array[] = [];
    const shell = createAndroidShell({ state });
    await shell.execute(`cat ${path}`, {
      stdout: (chunk) => chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk),
      stderr: () => undefined,
      signal: new AbortController().signal,
      pty: false,
    });
    expect(Buffer.compare(Buffer.concat(chunks), baseApk(state, MAPS, path))).toBe(0);
    expect((await run(state, `cat ${path} | wc -c`)).stdout).toBe('70000\n');
    await run(state, `cat ${path} > /data/local/tmp/copy.apk`);
    expect(
      Buffer.compare(Buffer.from(state.files.get('/data/local/tmp/copy.apk')!), baseApk(state, MAPS, path)),
    ).toBe(0);
  });

  test('profile files are readable by sync and by cat', async () => {
    const state = createPhone({ sdk: 34 });
    state.files.set('/sdcard/notes.txt', new TextEncoder().encode('note\n'));
    expect((await run(state, 'cat /sdcard/notes.txt')).stdout).toBe('note\n');
    expect(await run(state, 'cat /nope')).toEqual({
      status: 1,
      stdout: '',
      stderr: 'cat: /nope: No such file or directory\n',
    });
  });
});
