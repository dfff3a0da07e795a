import { describe, expect, test } from 'vitest';
import { ADMIN, MAPS, SETTINGS, createPhone, run } from './phone-fixture';
import { FRAME, outputLines, sampleBlock, sampleLines } from './samples';

const VERSIONS = [25, 29, 31, 34, 36] as const;

const errorHead = (sdk: number, verb: string, exception: string): string[] => {
  if (sdk <= 25) return [`Error: ${exception}`];
  if (sdk <= 29) {
    const security = 'java.lang.SecurityException: ';
    return exception.startsWith(security)
      ? [`Security exception: ${exception.slice(security.length)}`, '', exception]
      : ['', 'Exception occurred while executing:', exception];
  }
  return ['', `Exception occurred while executing '${verb}':`, exception];
};

describe.each(VERSIONS)('pm package state on sdk %i', (sdk) => {
  test('hide/unhide are refused for the shell (MANAGE_USERS) and work as root', async () => {
    const state = createPhone({ sdk });
    const result = await run(state, `pm hide ${MAPS}`);
    const exception =
      'java.lang.SecurityException: Neither user 2000 nor current process has android.permission.MANAGE_USERS.';
    const head = errorHead(sdk, 'hide', exception);
    expect(outputLines(result.stderr).slice(0, head.length)).toEqual(head);
    expect(result.status).toBe(sdk <= 25 ? 1 : 255);
    expect(state.packages.get(MAPS)?.users[0]?.hidden).toBe(false);
    expect(await run(state, `pm hide ${MAPS}`, { runAs: 'root' })).toEqual({
      status: 0,
      stdout: `Package ${MAPS} new hidden state: true\n`,
      stderr: '',
    });
    expect((await run(state, 'pm list packages --user 0 maps')).stdout).toBe('');
    expect((await run(state, 'pm list packages --user 0 -u maps')).stdout).toBe(`package:${MAPS}\n`);
    await run(state, `pm unhide ${MAPS}`, { runAs: 'root' });
    expect((await run(state, 'pm list packages --user 0 maps')).stdout).toBe(`package:${MAPS}\n`);
  });

  test('disable-user / enable for the shell; disable is refused', async () => {
    const state = createPhone({ sdk });
    expect(await run(state, `pm disable-user --user 0 ${MAPS}`)).toEqual({
      status: 0,
      stdout: `Package ${MAPS} new state: disabled-user\n`,
      stderr: '',
    });
    expect(state.packages.get(MAPS)?.users[0]?.enabled).toBe(3);
    expect(state.packages.get(MAPS)?.users[0]?.lastDisabledCaller).toBe(
      sdk >= 26 ? 'shell:1000' : 'shell:2000',
    );
    expect((await run(state, 'pm list packages -d')).stdout).toBe(`package:${MAPS}\n`);
    expect((await run(state, `pm enable ${MAPS}`)).stdout).toBe(`Package ${MAPS} new state: enabled\n`);
    expect((await run(state, 'pm list packages -d')).stdout).toBe('');
    const refused = await run(state, `pm disable ${MAPS}`);
    const target = sdk >= 33 ? 'null' : `${MAPS}/null`;
    const head = errorHead(
      sdk,
      'disable',
      `java.lang.SecurityException: Shell cannot change component state for ${target} to 2`,
    );
    expect(outputLines(refused.stderr).slice(0, head.length)).toEqual(head);
    expect(
      outputLines(refused.stderr)
        .slice(head.length, -1)
        .every((line) => FRAME.test(line)),
    ).toBe(true);
    expect(state.packages.get(MAPS)?.users[0]?.enabled).toBe(1);
  });

  test('uninstall --user 0 keeps the package for other users; -k keeps data', async () => {
    const state = createPhone({ sdk });
    expect(await run(state, `pm uninstall -k --user 0 ${MAPS}`)).toEqual({
      status: 0,
      stdout: 'Success\n',
      stderr: '',
    });
    expect(state.packages.get(MAPS)?.users[0]?.installed).toBe(false);
    expect(state.packages.get(MAPS)?.users[0]?.runtimePermissions).toHaveLength(5);
    expect(state.packages.get(MAPS)?.users[10]?.installed).toBe(true);
    expect((await run(state, 'pm list packages --user 0 maps')).stdout).toBe('');
    expect((await run(state, 'pm list packages --user 10 maps')).stdout).toBe(`package:${MAPS}\n`);
    const again = await run(state, `pm uninstall --user 0 ${MAPS}`);
    expect(again).toEqual({
      status: 1,
      stdout: sdk <= 23 ? 'Failure - not installed for 0\n' : 'Failure [not installed for 0]\n',
      stderr: '',
    });
    expect(await run(state, `cmd package install-existing --user 0 ${MAPS}`)).toEqual({
      status: 0,
      stdout: `Package ${MAPS} installed for user: 0\n`,
      stderr: '',
    });
    expect((await run(state, 'pm list packages maps')).stdout).toBe(`package:${MAPS}\n`);
  });

  test('uninstall refusals: system app without --user, device admin', async () => {
    const state = createPhone({ sdk });
    expect((await run(state, `pm uninstall ${SETTINGS}`)).stdout).toBe(
      'Failure [DELETE_FAILED_INTERNAL_ERROR]\n',
    );
    expect((await run(state, `pm uninstall --user 0 ${ADMIN}`)).stdout).toBe(
      'Failure [DELETE_FAILED_DEVICE_POLICY_MANAGER]\n',
    );
    expect((await run(state, `pm uninstall --user 0 ${SETTINGS}`)).stdout).toBe('Success\n');
    expect(state.packages.get(SETTINGS)?.users[0]?.installed).toBe(false);
  });

  test('unknown verbs', async () => {
    const state = createPhone({ sdk });
    const result = await run(state, 'pm block com.adups.fota');
    if (sdk <= 25) {
      expect(result).toEqual({
        status: 1,
        stdout: '',
        stderr: `${sampleLines('pm-hide-disable-errors_vernee-mediatek_7.0_adups.txt').find((line) => line.startsWith('Error: unknown'))}\n`,
      });
    } else {
      expect(result).toEqual({ status: 255, stdout: 'Unknown command: block\n', stderr: '' });
    }
  });
});

describe('suspend (Android 9+)', () => {
  test('suspend/unsuspend by the shell; another suspender keeps it suspended', async () => {
    const state = createPhone({ sdk: 34 });
    expect((await run(state, `pm suspend ${MAPS}`)).stdout).toBe(
      `Package ${MAPS} new suspended state: true\n`,
    );
    const user = state.packages.get(MAPS)?.users[0];
    expect(user?.suspendingPackages).toEqual(['com.android.shell']);
    user?.suspendingPackages.push('github.tornaco.android.thanos.pro');
    const sample = sampleBlock(
      'pm-unsuspend_oneplus_unknown_alipay-suspended-by-other.txt',
      'OnePlus6T:/ # pm unsuspend com.eg.android.AlipayGphone',
      2,
    );
    const result = await run(state, `pm unsuspend ${MAPS}`);
    expect(result.stdout).toBe(`${(sample[1] ?? '').replace('com.eg.android.AlipayGphone', MAPS)}\n`);
    expect(user?.suspended).toBe(true);
    expect(user?.suspendingPackages).toEqual(['github.tornaco.android.thanos.pro']);
    expect((await run(state, `pm suspend ${ADMIN}`)).stdout).toBe(
      `Package ${ADMIN} new suspended state: false\n`,
    );
    expect(await run(state, 'pm suspend com.nope')).toEqual({
      status: 1,
      stdout: 'java.lang.IllegalArgumentException: Unknown target package: com.nope\n',
      stderr: '',
    });
  });
});

describe('against real samples', () => {
  test('Android 11 unknown package: pm-disable-user-error_xiaomi_11_unknown-package.txt', async () => {
    const state = createPhone({ sdk: 30 });
    const result = await run(state, 'pm disable-user com.bsp.catchlog');
    const sample = sampleBlock(
      'pm-disable-user-error_xiaomi_11_unknown-package.txt',
      "Exception occurred while executing 'disable-user':",
      2,
    );
    expect(outputLines(result.stderr).slice(1, 3)).toEqual(sample);
  });

  test('Android 12 disable: pm-disable-error_oculus-quest_12_updater.txt', async () => {
    const state = createPhone({ sdk: 31 });
    const updater = structuredClone(state.packages.get(MAPS)!);
    state.packages.set('com.oculus.updater', { ...updater, name: 'com.oculus.updater' });
    const result = await run(state, 'pm disable com.oculus.updater');
    expect(outputLines(result.stderr).slice(1, 3)).toEqual(
      sampleLines('pm-disable-error_oculus-quest_12_updater.txt').slice(0, 2),
    );
  });

  test('Android 13+ enable after a system disable: pm-enable-error_unknown_13plus_gms-supervision.txt', async () => {
    const state = createPhone({ sdk: 34 });
    const gms = structuredClone(state.packages.get(SETTINGS)!);
    gms.users[0]!.enabled = 2;
    state.packages.set('com.google.android.gms.supervision', {
      ...gms,
      name: 'com.google.android.gms.supervision',
    });
    const result = await run(state, 'pm enable com.google.android.gms.supervision');
    const sample = sampleBlock(
      'pm-enable-error_unknown_13plus_gms-supervision.txt',
      "Exception occurred while executing 'enable':",
      7,
    );
    expect(outputLines(result.stderr).slice(1, 8)).toEqual(sample);
  });

  test('HyperOS: pm-disable-user-error_xiaomi-hyperos_14plus_cannot-disable-system.txt', async () => {
    const state = createPhone({ sdk: 34, quirks: { refuseDisableSystemPackages: true } });
    const core = structuredClone(state.packages.get(SETTINGS)!);
    state.packages.set('com.miui.core', { ...core, name: 'com.miui.core' });
    const result = await run(state, 'pm disable-user --user 0 com.miui.core');
    const sample = sampleBlock(
      'pm-disable-user-error_xiaomi-hyperos_14plus_cannot-disable-system.txt',
      "Exception occurred while executing 'disable-user':",
      3,
    );
    expect(outputLines(result.stderr).slice(1, 4)).toEqual(sample);
    expect((await run(state, `pm disable-user ${MAPS}`)).status).toBe(0);
  });

  test('Android 6 and 14 uninstall results', async () => {
    const old = createPhone({ sdk: 23 });
    const line = sampleLines('pm-uninstall-error_xiaomi_6.0_not-installed-for-0.txt')[4] ?? '';
    expect((await run(old, 'pm uninstall --user 0 com.facebook.appmanager')).stdout).toBe(
      `${line.replace(/^ -> /, '')}\n`,
    );
    const samsung = createPhone({ sdk: 34 });
    const skydrive = structuredClone(samsung.packages.get(SETTINGS)!);
    samsung.packages.set('com.microsoft.skydrive', { ...skydrive, name: 'com.microsoft.skydrive' });
    const sample = sampleLines('pm-uninstall-result_samsung_14_s24ultra.txt');
    expect((await run(samsung, 'pm uninstall com.microsoft.skydrive')).stdout).toBe(
      `${sample[0]?.replace(/^.* -> /, '')}\n`,
    );
    expect((await run(samsung, 'pm uninstall --user 0 com.microsoft.skydrive')).stdout).toBe(
      `${sample.at(-2)}\n`,
    );
  });
});
