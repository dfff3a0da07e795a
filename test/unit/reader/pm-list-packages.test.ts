import { describe, expect, it } from 'vitest';
import { parsePmListPackages, readListedPackageLine } from '../../../main/reader/parsers/pm-list-packages';
import { isListedPackageName } from '../../../main/reader/parsers/dumpsys-package';
import { readSample } from '../../support/adb-samples';
import { randomChunks, seededRandom } from '../../support/seeded-random';

const names = (text: string): string[] => parsePmListPackages(text).value.packages.map((p) => p.packageName);

describe('pm list packages — real captures', () => {
  it('reads the plain list of Android-x86 6.0.1, skipping the two prompt lines with warnings', () => {
    const result = parsePmListPackages(readSample('pm-list-packages_android-x86-virtualbox_6.0.1.txt'));
    expect(result.value.packages).toHaveLength(88);
    expect(result.value.packages[0]).toEqual({ packageName: 'com.google.android.youtube' });
    expect(result.value.packages.at(-1)).toEqual({ packageName: 'com.android.captiveportallogin' });
    expect(names(readSample('pm-list-packages_android-x86-virtualbox_6.0.1.txt'))).toContain('android');
    expect(result.warnings.map((w) => [w.line, w.message])).toEqual([
      [1, 'unrecognised line'],
      [2, 'unrecognised line'],
    ]);
    expect(result.partial).toBe(false);
  });

  it('reads -3 on Android-x86 6.0.1: the six user apps', () => {
    expect(names(readSample('pm-list-packages-3_android-x86-virtualbox_6.0.1.txt'))).toEqual([
      'com.mypermissions.mypermissions',
      'com.joeykrim.rootcheck',
      'com.belarc.securityadvisor',
      'com.overlook.android.fing',
      'com.android.chrome',
      'com.funnycat.virustotal',
    ]);
  });

  it('reads -3 / -s of HyperOS 2 (Android 14) and -e of the Ai Pin (12L) without warnings', () => {
    const user = parsePmListPackages(readSample('pm-list-packages-3_xiaomi-hyperos2_14.txt'));
    expect(user.warnings).toEqual([]);
    expect(user.value.packages).toHaveLength(55);
    expect(user.value.packages[0]?.packageName).toBe('com.junkfood.seal');
    expect(user.value.packages.map((p) => p.packageName)).toContain('com.anthropic.claude');
    const system = parsePmListPackages(readSample('pm-list-packages-s_xiaomi-hyperos2_14.txt'));
    expect(system.warnings).toEqual([]);
    expect(system.value.packages).toHaveLength(267);
    expect(system.value.packages.at(-1)?.packageName).toBe('com.android.server.telecom');
    const enabled = parsePmListPackages(readSample('pm-list-packages-e_humane-aipin-qualcomm_12L.txt'));
    expect(enabled.warnings).toEqual([]);
    expect(enabled.value.packages).toHaveLength(171);
    expect(enabled.value.packages[0]?.packageName).toBe('com.qualcomm.qti.qcolor');
  });

  it('returns the work-profile SecurityException as an error, a warning and partial', () => {
    const result = parsePmListPackages(
      readSample('pm-list-packages-error_unknown_13or14_workprofile-user11.txt'),
    );
    expect(result.value.packages).toEqual([]);
    expect(result.value.error).toMatchObject({
      exception: 'java.lang.SecurityException',
      message: 'Shell does not have permission to access user 11',
      verb: 'list',
    });
    expect(result.value.inaccessibleUserId).toBe(11);
    expect(result.partial).toBe(true);
    expect(result.warnings[0]).toEqual({
      source: 'pm list packages',
      line: 3,
      message:
        'command failed: java.lang.SecurityException: Shell does not have permission to access user 11',
    });
  });

  it('returns the Samsung Secure Folder error (user 150)', () => {
    const text = readSample('pm-list-packages-error-and-pm-list-users_samsung_14_secure-folder.txt');
    const result = parsePmListPackages(text);
    expect(result.value.packages).toEqual([]);
    expect(result.value.error?.message).toBe('Shell does not have permission to access user 150');
    expect(result.value.inaccessibleUserId).toBe(150);
    expect(result.partial).toBe(true);
  });

  it('reads the -f -i -U lines of the Topway TS18 (Android 10)', () => {
    const text = readSample('pm-path_pm-list-packages-fiU-filtered_pm-list-packages-du_topway-ts18_10.txt');
    const section = text.slice(
      text.indexOf('--- relevant package list lines ---'),
      text.indexOf('--- disabled packages ---'),
    );
    const result = parsePmListPackages(section);
    expect(result.value.packages).toHaveLength(7);
    expect(result.value.packages[0]).toEqual({
      packageName: 'com.tw.service',
      apkPath: '/system/priv-app/com.tw.service_a5a4/com.tw.service_a5a4.apk',
      installer: null,
      uid: 1000,
    });
    expect(result.value.packages[3]).toEqual({
      packageName: 'com.tw.media',
      apkPath: '/data/app/com.tw.media-OrQkkl9v-Tof43BSCcmC0g==/base.apk',
      installer: 'com.android.packageinstaller',
      uid: 10196,
    });
    expect(result.value.packages.filter((p) => p.uid === 1000).map((p) => p.packageName)).toEqual([
      'com.tw.service',
      'com.tw.service.xt',
      'com.tw.music',
    ]);
    expect(result.warnings).toEqual([{ source: 'pm list packages', line: 1, message: 'unrecognised line' }]);
    const disabled = text.slice(text.indexOf('--- disabled packages ---'));
    expect(names(disabled)).toEqual(['com.google.android.ims', 'com.dofun.carassistant.car', 'net.easyconn']);
  });
});

describe('pm list packages — line forms', () => {
  it('splits -f on the LAST = (11+ paths contain ==) and reads --show-versioncode and multi-uid', () => {
    expect(
      readListedPackageLine(
        'package:/data/app/~~a1B==/com.x.y-Zz9==/base.apk=com.x.y versionCode:4200001  installer=com.android.vending uid:10123,1010123',
      ),
    ).toEqual({
      packageName: 'com.x.y',
      apkPath: '/data/app/~~a1B==/com.x.y-Zz9==/base.apk',
      versionCode: 4200001,
      installer: 'com.android.vending',
      uid: 10123,
    });
    expect(readListedPackageLine('package:com.x.y;reboot')).toBe('not a package name: "com.x.y;reboot"');
    expect(readListedPackageLine('package:com.x.y  installer=$(id)')).toBe(
      'com.x.y: unknown attribute "installer=$(id)"',
    );
  });

  it('never throws on mutated copies and keeps only valid names (seeded)', () => {
    const text = readSample('pm-list-packages-s_xiaomi-hyperos2_14.txt');
    const next = seededRandom(99);
    for (let round = 0; round < 25; round += 1) {
      const mutated = randomChunks(text, next, 40)
        .map((chunk) => (next() < 0.1 ? `${chunk}=\0 :|` : chunk))
        .filter(() => next() > 0.02)
        .join('');
      const result = parsePmListPackages(mutated.slice(0, Math.floor(next() * mutated.length)));
      for (const entry of result.value.packages) expect(isListedPackageName(entry.packageName)).toBe(true);
    }
  });
});
