import { describe, expect, test } from 'vitest';
import { MAPS, createPhone, run } from './phone-fixture';
import { readSample, sampleLines } from './samples';

describe('getprop', () => {
  test('all properties as sorted [key]: [value] lines, one value, and a default', async () => {
    const state = createPhone({ sdk: 34 });
    state.props['a.empty'] = '';
    const all = (await run(state, 'getprop')).stdout.split('\n').filter(Boolean);
    expect(all).toEqual([...all].sort());
    expect(all).toContain('[a.empty]: []');
    expect(all.every((line) => /^\[[^\]]+\]: \[.*\]$/.test(line))).toBe(true);
    expect((await run(state, 'getprop ro.build.version.sdk')).stdout).toBe('34\n');
    expect((await run(state, 'getprop no.such.prop')).stdout).toBe('\n');
    expect((await run(state, 'getprop no.such.prop fallback')).stdout).toBe('fallback\n');
  });
});

describe('settings', () => {
  test('get/put/delete/list per namespace and user; null when missing', async () => {
    const state = createPhone({ sdk: 34 });
    expect((await run(state, 'settings get secure nope')).stdout).toBe('null\n');
    expect(
      await run(state, 'settings put secure enabled_accessibility_services com.a/.S:com.b/com.b.T'),
    ).toEqual({ status: 0, stdout: '', stderr: '' });
    expect((await run(state, 'settings get secure enabled_accessibility_services')).stdout).toBe(
      'com.a/.S:com.b/com.b.T\n',
    );
    expect((await run(state, 'settings --user 10 get secure enabled_accessibility_services')).stdout).toBe(
      'null\n',
    );
    await run(state, 'settings put --user 10 system font_scale 1.3');
    expect(state.settings.system.get(10)?.get('font_scale')).toBe('1.3');
    await run(state, 'settings put global stay_on_while_plugged_in 3');
    expect((await run(state, 'settings list global')).stdout).toBe(
      'adb_enabled=1\nstay_on_while_plugged_in=3\n',
    );
    expect((await run(state, 'settings delete global adb_enabled')).stdout).toBe('Deleted 1 rows\n');
    expect((await run(state, 'settings get global adb_enabled')).stdout).toBe('null\n');
    expect(await run(state, 'settings get bogus x')).toEqual({
      status: 255,
      stdout: '',
      stderr: 'Bad arguments\n',
    });
    expect((await run(state, 'cmd settings get secure android_id')).stdout).toBe('abcdef0123456789\n');
  });

  test('list prints key=value lines like the real capture', async () => {
    const state = createPhone({ sdk: 32 });
    const real = sampleLines('settings-list-secure_humane-aipin-qualcomm_12L.txt').filter((line) =>
      /^[\w.]+=/.test(line),
    );
    const table = new Map<string, string>();
    for (const line of real) table.set(line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1));
    state.settings.secure.set(0, table);
    const mine = (await run(state, 'settings list secure')).stdout.split('\n').filter(Boolean);
    expect(mine.sort()).toEqual([...new Set(real)].sort());
    expect(readSample('settings-list-secure_humane-aipin-qualcomm_12L.txt')).toContain(
      'accessibility_enabled=0',
    );
  });
});

describe('am', () => {
  test('force-stop sets stopped for the user (all users by default)', async () => {
    const state = createPhone({ sdk: 34 });
    expect(await run(state, `am force-stop --user 0 ${MAPS}`)).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(state.packages.get(MAPS)?.users[0]?.stopped).toBe(true);
    expect(state.packages.get(MAPS)?.users[10]?.stopped).toBe(false);
    await run(state, `am force-stop ${MAPS}`);
    expect(state.packages.get(MAPS)?.users[10]?.stopped).toBe(true);
    expect((await run(state, 'am get-current-user')).stdout).toBe('0\n');
  });
});

describe('cmd', () => {
  test('notification allow_listener / disallow_listener edit enabled_notification_listeners', async () => {
    const state = createPhone({ sdk: 34 });
    state.settings.secure.get(0)?.set('enabled_notification_listeners', 'com.other/com.other.L');
    expect(await run(state, `cmd notification allow_listener ${MAPS}/.Listener`)).toEqual({
      status: 0,
      stdout: '',
      stderr: '',
    });
    expect((await run(state, 'settings get secure enabled_notification_listeners')).stdout).toBe(
      `com.other/com.other.L:${MAPS}/${MAPS}.Listener\n`,
    );
    await run(state, `cmd notification disallow_listener ${MAPS}/${MAPS}.Listener 0`);
    expect((await run(state, 'settings get secure enabled_notification_listeners')).stdout).toBe(
      'com.other/com.other.L\n',
    );
    await run(state, `cmd notification allow_listener ${MAPS}/.Listener 10`);
    expect(state.settings.secure.get(10)?.get('enabled_notification_listeners')).toBe(
      `${MAPS}/${MAPS}.Listener`,
    );
    expect(await run(state, 'cmd notification allow_listener nonsense')).toEqual({
      status: 255,
      stdout: 'Invalid listener - must be a ComponentName\n',
      stderr: '',
    });
  });

  test('deviceidle whitelist +/-/= and listing', async () => {
    const state = createPhone({ sdk: 34 });
    expect((await run(state, `cmd deviceidle whitelist +${MAPS}`)).stdout).toBe(`Added: ${MAPS}\n`);
    expect(state.deviceIdleWhitelist).toEqual([MAPS]);
    expect((await run(state, 'cmd deviceidle whitelist')).stdout).toBe(`user,${MAPS},10150\n`);
    expect((await run(state, `cmd deviceidle whitelist =${MAPS}`)).stdout).toBe('true\n');
    expect((await run(state, `cmd deviceidle whitelist -${MAPS}`)).stdout).toBe(`Removed: ${MAPS}\n`);
    expect(state.deviceIdleWhitelist).toEqual([]);
    expect((await run(state, 'cmd deviceidle whitelist +com.nope')).stdout).toBe(
      'Unknown package: com.nope\n',
    );
  });

  test('cmd package is pm; unknown services', async () => {
    const state = createPhone({ sdk: 34 });
    expect((await run(state, 'cmd package list packages --user 0 maps')).stdout).toBe(`package:${MAPS}\n`);
    expect((await run(state, 'cmd package install-existing --user 0 com.nope')).stdout).toBe(
      "android.content.pm.PackageManager$NameNotFoundException: Package com.nope doesn't exist\n",
    );
    expect(await run(state, 'cmd nosuch')).toEqual({
      status: 20,
      stdout: '',
      stderr: "cmd: Can't find service: nosuch\n",
    });
    const install = sampleLines('cmd-package-install-existing_pixel_unknown_restore.txt')[0] ?? '';
    const turbo = structuredClone(state.packages.get(MAPS)!);
    turbo.users[0]!.installed = false;
    state.packages.set('com.google.android.apps.turbo', { ...turbo, name: 'com.google.android.apps.turbo' });
    expect(
      (await run(state, 'cmd package install-existing --user 0 com.google.android.apps.turbo')).stdout,
    ).toBe(`${install.replace(/^.* -> /, '')}\n`);
  });

  test('cmd does not exist before Android 7', async () => {
    expect(await run(createPhone({ sdk: 23 }), 'cmd package list packages')).toEqual({
      status: 127,
      stdout: '',
      stderr: '/system/bin/sh: cmd: inaccessible or not found\n',
    });
  });
});
