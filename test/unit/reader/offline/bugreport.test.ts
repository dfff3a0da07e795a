import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BugreportError, readBugreport } from '../../../../main/reader/offline/bugreport';
import { ZipError, ZipFormatError } from '../../../../main/reader/offline/zip-errors';
import { parseAccessibility } from '../../../../main/reader/parsers/dumpsys-accessibility';
import { parseDevicePolicy } from '../../../../main/reader/parsers/dumpsys-device-policy';
import { deviceInfoFromProps, parseGetprop } from '../../../../main/reader/parsers/getprop';
import { parsePmListUsers } from '../../../../main/reader/parsers/pm-list-users';
import { cleanSample, makeBugreportText } from './make-bugreport';
import { makeZip } from './make-zip';
import { damageBytes, seededRandom } from '../../../support/seeded-random';

/** `dumpsys settings` rows as SettingsProvider.dumpSettingsLocked prints them. */
const SETTINGS_DUMP = [
  'CONFIG SETTINGS (user 0)',
  'version: 1',
  '_id:1 name:activity_manager/max_cached_processes pkg:com.google.android.gms value:32',
  'GLOBAL SETTINGS (user 0)',
  'version: 206',
  '_id:61 name:adb_enabled pkg:android value:1 default:1 defaultSystemSet:true',
  '_id:3 name:device_name pkg:com.android.settings value:Xiaomi Pad 6 default:Xiaomi Pad 6 defaultSystemSet:true',
  '',
  'Historical operations',
  '  update adb_enabled',
  'SECURE SETTINGS (user 0)',
  'version: 206',
  '_id:12 name:accessibility_display_inversion_enabled pkg:android value:{null}',
  '_id:94 name:enabled_accessibility_services pkg:com.android.settings value:com.celzero.bravedns/com.celzero.bravedns.util.BackgroundAccessibilityService tag:restore',
  'SYSTEM SETTINGS (user 0)',
  '_id:5 name:screen_brightness pkg:android value:102 default:102 defaultSystemSet:true',
  'SECURE SETTINGS (user 999)',
  '_id:3 name:enabled_notification_listeners pkg:com.android.settings value:com.tencent.mm/.Listener',
].join('\n');

const MAIN = 'bugreport-pipa_eea-UKQ1.240624.001-2026-05-04-10-30-00.txt';
const packages = cleanSample('dumpsys-package_samsung_10_full-trimmed.txt');
const text = makeBugreportText({
  getprop: cleanSample('getprop_xiaomi-hyperos2_14_full.txt'),
  services: {
    accessibility: cleanSample('dumpsys-accessibility_emulator_14.txt'),
    appops: cleanSample('dumpsys-appops_sunmi-qualcomm_11_full-trimmed.txt'),
    device_policy: cleanSample('dumpsys-device_policy_sunmi-qualcomm_11_device-owner.txt'),
    deviceidle: '  Whitelist user apps:\n    com.tencent.mm\n  Whitelist user app ids:\n    10234',
    notification:
      '  Notification listeners:\n    Allowed notification listeners:\n    Live notification listeners (0):',
    package: packages,
    settings: SETTINGS_DUMP,
    user: 'Users:\n  UserInfo{0:机主:c13} serialNo=0 isPrimary=true parentId=-1\n    State: RUNNING_UNLOCKED\n  UserInfo{999:XSpace:801010} serialNo=12\n',
  },
});

const zip = makeZip([
  { name: 'version.txt', data: '2.0', method: 'stored' },
  { name: 'dumpstate_log.txt', data: 'dumpstate log\n'.repeat(400) },
  { name: 'main_entry.txt', data: MAIN, method: 'stored' },
  { name: 'FS/data/anr/', data: '', method: 'stored' },
  { name: 'FS/data/anr/anr_2026-05-04-10-00-00-000', data: 'anr trace\n'.repeat(1000) },
  { name: MAIN, data: text },
]);

const expectCaptures = (captures: Awaited<ReturnType<typeof readBugreport>>) => {
  expect(captures.missing).toEqual(['dumpsys-usagestats']);
  expect(captures.partial).toBe(false);
  expect(captures.warnings.map((warning) => warning.message)).toEqual([
    'not in the bugreport: dumpsys-usagestats',
  ]);
  expect(captures.outputs['settings-global']).toBe('adb_enabled=1\ndevice_name=Xiaomi Pad 6\n');
  expect(captures.outputs['settings-secure']).toBe(
    'accessibility_display_inversion_enabled=null\nenabled_accessibility_services=com.celzero.bravedns/com.celzero.bravedns.util.BackgroundAccessibilityService\n',
  );
  const { outputs } = captures;
  expect(deviceInfoFromProps(parseGetprop(outputs.getprop ?? '').value)).toMatchObject({
    model: '23043RP34G',
    sdk: 34,
    rom: 'HyperOS OS2.0',
  });
  expect(parseDevicePolicy(outputs['dumpsys-device_policy'] ?? '').value.deviceOwner?.packageName).toBe(
    'com.example.android.deviceowner',
  );
  expect(parseAccessibility(outputs['dumpsys-accessibility'] ?? '').value[0]?.enabled).toEqual([
    'com.malware.accessibility/com.malware.service.malwareservice',
  ]);
  expect(parsePmListUsers(outputs['pm-list-users'] ?? '').value).toEqual([
    { id: 0, name: '机主', flags: 0xc13, type: 'android.os.usertype.full.SYSTEM' },
    { id: 999, name: 'XSpace', flags: 0x801010 },
  ]);
  expect(outputs['dumpsys-package']).toBe(packages.replace(/\n$/, ''));
  expect(outputs['dumpsys-appops']?.startsWith('Current AppOps Service state:')).toBe(true);
  expect(outputs['deviceidle-whitelist']).toContain('com.tencent.mm');
};

describe('readBugreport', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'privacyscope-bugreport-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the main entry named by main_entry.txt from a zip (bytes)', async () => {
    expectCaptures(await readBugreport(zip));
  });

  it('reads a zip and a plain .txt from disk', async () => {
    const zipPath = join(dir, 'bugreport.zip');
    const txtPath = join(dir, 'bugreport.txt');
    await writeFile(zipPath, zip);
    await writeFile(txtPath, text);
    expectCaptures(await readBugreport(zipPath));
    expectCaptures(await readBugreport(txtPath));
  });

  it('without main_entry.txt picks the largest top-level bugreport*.txt', async () => {
    const bare = makeZip([
      { name: 'bugreport-tiny.txt', data: 'x' },
      { name: MAIN, data: text },
      { name: 'FS/big.txt', data: 'y'.repeat(200_000) },
    ]);
    expectCaptures(await readBugreport(bare));
  });

  it('reports a cut bugreport as partial; refuses zips without text and corrupt zips', async () => {
    const cut = makeBugreportText({ services: { package: packages }, cut: true });
    const captures = await readBugreport(Buffer.from(cut));
    expect(captures.partial).toBe(true);
    expect(captures.outputs['dumpsys-package']).toBeDefined();
    await expect(readBugreport(makeZip([{ name: 'proto/x.proto', data: 'x' }]))).rejects.toThrow(
      BugreportError,
    );
    const corrupt = Buffer.from(zip.subarray(0, zip.length - 10));
    await expect(readBugreport(corrupt)).rejects.toThrow(ZipFormatError);
    await expect(readBugreport(dir)).rejects.toThrow(BugreportError);
  });

  it('fuzz: damaged zips only ever reject with typed errors', async () => {
    const small = makeZip([
      { name: 'main_entry.txt', data: 'bugreport-x.txt', method: 'stored' },
      { name: 'bugreport-x.txt', data: text.slice(0, 6000) },
    ]);
    const next = seededRandom(77);
    for (let round = 0; round < 150; round += 1) {
      const input = damageBytes(small, next, 3);
      try {
        const captures = await readBugreport(input);
        expect(Array.isArray(captures.missing)).toBe(true);
      } catch (error) {
        expect(error instanceof ZipError || error instanceof BugreportError).toBe(true);
      }
    }
  });

  it('decodes a UTF-16LE bugreport text', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expectCaptures(await readBugreport(utf16));
  });
});
