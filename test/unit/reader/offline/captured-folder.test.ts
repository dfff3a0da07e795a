import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CapturedFolderError, readCapturedFolder } from '../../../../main/reader/offline/captured-folder';
import { CAPTURE_NAMES } from '../../../../main/reader/offline/captured-outputs';
import { parseGetprop } from '../../../../main/reader/parsers/getprop';
import { parseSettingsList } from '../../../../main/reader/parsers/settings';
import { readSample } from './sample-support';

describe('readCapturedFolder', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'privacyscope-folder-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the files present (UTF-16LE with BOM, UTF-8 with BOM, plain), reports the rest missing', async () => {
    const getprop = readSample('getprop_humane-aipin-qualcomm_12L_full.txt');
    const secure = readSample('settings-list-secure_xiaomi-hyperos2_14.txt');
    const policy = readSample('dumpsys-device_policy_sunmi-qualcomm_11_device-owner.txt');
    await writeFile(
      join(dir, 'getprop.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(getprop, 'utf16le')]),
    );
    await writeFile(
      join(dir, 'settings-secure.txt'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(secure)]),
    );
    await writeFile(join(dir, 'dumpsys-device_policy.txt'), policy);
    await mkdir(join(dir, 'dumpsys-package.txt'));
    const captures = await readCapturedFolder(dir);
    expect(Object.keys(captures.outputs).sort()).toEqual([
      'dumpsys-device_policy',
      'getprop',
      'settings-secure',
    ]);
    expect(captures.outputs.getprop).toBe(getprop);
    expect(parseGetprop(captures.outputs.getprop ?? '').value['ro.product.model']).toBe('Ai Pin');
    expect(parseSettingsList(captures.outputs['settings-secure'] ?? '').value.size).toBe(347);
    expect(captures.outputs['dumpsys-device_policy']).toBe(policy);
    expect(captures.missing).toEqual(
      CAPTURE_NAMES.filter((name) => !['getprop', 'settings-secure', 'dumpsys-device_policy'].includes(name)),
    );
    expect(captures.missing).toContain('dumpsys-package');
    expect(captures.partial).toBe(false);
    expect(captures.warnings).toHaveLength(1);
    expect(captures.warnings[0]?.message).toMatch(
      /^not in the folder: dumpsys-package\.txt, dumpsys-appops\.txt, pm-list-users\.txt/,
    );
  });

  it('warns about bad bytes per file', async () => {
    const other = await mkdtemp(join(tmpdir(), 'privacyscope-folder-'));
    await writeFile(
      join(other, 'pm-list-users.txt'),
      Buffer.concat([
        Buffer.from('Users:\n\tUserInfo{0:Own'),
        Buffer.from([0xff]),
        Buffer.from('er:c13} running\n'),
      ]),
    );
    const captures = await readCapturedFolder(other);
    expect(captures.warnings[0]).toEqual({
      source: 'pm-list-users.txt',
      message: '1 invalid utf-8 sequence(s) replaced with U+FFFD',
    });
    expect(captures.outputs['pm-list-users']).toBe('Users:\n\tUserInfo{0:Own\uFFFDer:c13} running\n');
    await rm(other, { recursive: true, force: true });
  });

  it('refuses a path that is not a folder', async () => {
    await expect(readCapturedFolder(join(dir, 'getprop.txt'))).rejects.toThrow(CapturedFolderError);
    await expect(readCapturedFolder(join(dir, 'nope'))).rejects.toThrow(CapturedFolderError);
  });
});
