import { describe, expect, test } from 'vitest';
import type { PhoneState } from '../../../../main/virtual-phone/android/phone-state';
import { MAPS, SETTINGS, createPhone, run } from './phone-fixture';
import { outputLines, readSample, sampleBlock, sampleLines } from './samples';

const TS18 = 'pm-path_pm-list-packages-fiU-filtered_pm-list-packages-du_topway-ts18_10.txt';

const addPackage = (
  state: PhoneState,
  options: { name: string; codePath: string; apkFiles?: string[]; installer: string; appId: number },
) => {
  const copy = structuredClone(state.packages.get(MAPS)!);
  state.packages.set(options.name, { ...copy, ...options, apkFiles: options.apkFiles ?? ['base.apk'] });
};

describe('pm list packages', () => {
  test('-f -i -U print path=name, two spaces + installer=, then uid: (TS18, Android 10)', async () => {
    const state = createPhone({ sdk: 29 });
    addPackage(state, {
      name: 'com.tw.media',
      codePath: '/data/app/com.tw.media-OrQkkl9v-Tof43BSCcmC0g==',
      installer: 'com.android.packageinstaller',
      appId: 10196,
    });
    const expected = sampleLines(TS18).find((line) =>
      line.endsWith('=com.tw.media  installer=com.android.packageinstaller uid:10196'),
    );
    expect((await run(state, 'pm list packages -f -i -U com.tw.media')).stdout).toBe(`${expected}\n`);
  });

  test('filters -s -3 -e -d and --show-versioncode', async () => {
    const state = createPhone({ sdk: 31 });
    expect((await run(state, 'pm list packages -s')).stdout).toBe(`package:${SETTINGS}\n`);
    expect((await run(state, 'pm list packages -3')).stdout).not.toContain(SETTINGS);
    expect((await run(state, 'pm list packages --show-versioncode maps')).stdout).toBe(
      `package:${MAPS} versionCode:1\n`,
    );
    expect((await run(state, 'pm list packages -e')).stdout.split('\n')).toHaveLength(5);
    expect(await run(state, 'pm list packages -x')).toEqual({
      status: 255,
      stdout: 'Error: Unknown option: -x\n',
      stderr: '',
    });
  });

  test('Android 7 (Pm.java) has no -U or --show-versioncode', async () => {
    const state = createPhone({ sdk: 25 });
    expect(await run(state, 'pm list packages -U')).toEqual({
      status: 1,
      stdout: '',
      stderr: 'Error: Unknown option: -U\n',
    });
    expect((await run(state, 'pm list packages -f -i maps')).stdout).toBe(
      `package:${state.packages.get(MAPS)?.codePath}/base.apk=${MAPS}  installer=com.android.vending\n`,
    );
  });

  test('Android 13+ lists every user by default; a locked profile fails the whole call', async () => {
    const state = createPhone({ sdk: 34 });
    expect((await run(state, 'pm list packages -U maps')).stdout).toBe(`package:${MAPS} uid:10150,1010150\n`);
    state.users.push({ id: 11, name: 'Work', flags: 0x1030, running: true, shellAccessDenied: true });
    const result = await run(state, 'pm list packages');
    const sample = sampleLines('pm-list-packages-error_unknown_13or14_workprofile-user11.txt');
    expect(outputLines(result.stderr).slice(1, 8)).toEqual(sample.slice(1, 8));
    expect((await run(state, 'pm list packages --user 0 maps')).stdout).toBe(`package:${MAPS}\n`);
    const older = createPhone({ sdk: 31 });
    older.users.push({ id: 11, name: 'Work', flags: 0x1030, running: true, shellAccessDenied: true });
    expect((await run(older, 'pm list packages maps')).stdout).toBe(`package:${MAPS}\n`);
  });
});

describe('pm path', () => {
  test('one package: line per APK, nothing (exit 1) when not installed', async () => {
    const state = createPhone({ sdk: 29 });
    addPackage(state, {
      name: 'com.navimods.radio',
      codePath: '/data/app/com.navimods.radio-fTrw3wNq_UuFmKILNY9vVQ==',
      apkFiles: ['base.apk', 'split_config.arm64_v8a.apk', 'split_config.mdpi.apk'],
      installer: 'com.android.vending',
      appId: 10179,
    });
    const expected = sampleBlock(TS18, '===== com.navimods.radio =====', 5).slice(1, 4);
    expect(await run(state, 'pm path com.navimods.radio')).toEqual({
      status: 0,
      stdout: `${expected.join('\n')}\n`,
      stderr: '',
    });
    expect(await run(state, 'pm path org.oxycblt.auxio')).toEqual({ status: 1, stdout: '', stderr: '' });
  });
});

describe('pm list users', () => {
  test('TAB + UserInfo{id:name:hexflags} + running (pre-11 sample)', async () => {
    const state = createPhone({ sdk: 29 });
    state.users = [
      { id: 0, name: 'Owner', flags: 0x13, running: true },
      { id: 10, name: 'jane', flags: 0x10, running: true },
    ];
    const sample = sampleBlock('pm-list-users_unknown_pre11_two-users.txt', 'Users:', 3);
    expect((await run(state, 'pm list users')).stdout).toBe(`${sample.join('\n')}\n`);
  });

  test('names with spaces and vendor flags (Samsung, 11+)', async () => {
    const state = createPhone({ sdk: 34 });
    state.users = [
      { id: 0, name: 'MY-NAME', flags: 0xc13, running: true },
      { id: 11, name: 'Arbeitsprofil', flags: 0x1030, running: true },
      { id: 151, name: 'Secure Folder', flags: 0x10061030, running: true },
    ];
    const sample = sampleBlock(
      'pm-list-users_samsung_unknown_secure-folder-workprofile.txt',
      'Users:',
      4,
    ).map((line) => line.replace(/^\s+/, '\t').replace(/\s+-+>.*$/, ''));
    expect(outputLines((await run(state, 'pm list users')).stdout).slice(0, 4)).toEqual(sample);
  });
});

describe('pm list permissions -g -d', () => {
  const parse = (text: string): Map<string, Set<string>> => {
    const groups = new Map<string, Set<string>>();
    let current = '';
    for (const line of outputLines(text)) {
      if (line.startsWith('group:')) {
        current = line.slice('group:'.length);
        groups.set(current, new Set());
      } else if (line.startsWith('  permission:')) {
        groups.get(current)?.add(line.slice('  permission:'.length));
      }
    }
    return groups;
  };

  test('Android 6 style: platform groups hold the same permissions as the real capture', async () => {
    const state = createPhone({ sdk: 23 });
    const result = await run(state, 'pm list permissions -g -d');
    expect(result.stdout.startsWith('Dangerous Permissions:\n\ngroup:')).toBe(true);
    const mine = parse(result.stdout);
    const real = parse(readSample('pm-list-permissions-g-d_android-x86-virtualbox_6.0.1.txt'));
    const platform = (groups: Map<string, Set<string>>) =>
      [...groups.keys()].filter(
        (group) => group.startsWith('android.permission-group.') && !group.endsWith('SUPERUSER'),
      );
    expect(platform(mine)).toEqual(platform(real));
    for (const [group, permissions] of real) {
      if (!group.startsWith('android.permission-group.') || group.endsWith('SUPERUSER')) continue;
      const platform = [...permissions].filter((name) => !name.startsWith('com.google.'));
      expect([...(mine.get(group) ?? [])].sort(), group).toEqual(platform.sort());
    }
  });

  test('every line is a group:, an indented permission:, ungrouped: or blank', async () => {
    const state = createPhone({ sdk: 34 });
    state.packages
      .get(MAPS)
      ?.declaredPermissions.push({ name: 'com.example.maps.permission.TRACK', protectionLevel: 'dangerous' });
    const lines = outputLines((await run(state, 'pm list permissions -g -d')).stdout);
    expect(lines[0]).toBe('Dangerous Permissions:');
    expect(lines.slice(1).every((line) => /^(group:\S+|ungrouped:| {2}permission:\S+|)$/.test(line))).toBe(
      true,
    );
    expect(lines).toContain('  permission:com.example.maps.permission.TRACK');
    expect(lines).toContain('  permission:android.permission.POST_NOTIFICATIONS');
  });

  test('pm list permission-groups in manifest order (Android 13/14 capture)', async () => {
    const state = createPhone({ sdk: 34 });
    const groups = [
      'CONTACTS',
      'PHONE',
      'CALENDAR',
      'CALL_LOG',
      'CAMERA',
      'READ_MEDIA_VISUAL',
      'READ_MEDIA_AURAL',
      'UNDEFINED',
      'ACTIVITY_RECOGNITION',
      'SENSORS',
      'LOCATION',
      'STORAGE',
      'NOTIFICATIONS',
      'MICROPHONE',
      'NEARBY_DEVICES',
      'SMS',
    ];
    expect((await run(state, 'pm list permission-groups')).stdout).toBe(
      groups.map((group) => `permission group:android.permission-group.${group}\n`).join(''),
    );
  });
});
