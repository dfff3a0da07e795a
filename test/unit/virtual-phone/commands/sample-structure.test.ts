// For real captures of commands this folder implements: put the same data into a phone and
// check the virtual phone prints the same lines (or the same line shapes).
import { describe, expect, test } from 'vitest';
import { MAPS, SETTINGS, createPhone, run } from './phone-fixture';
import { outputLines, sampleBlock, sampleLines } from './samples';

const PROP_LINE = /^\[([^\]]*)\]: \[(.*)\]$/;

describe('getprop prints what real phones print', () => {
  test.each([
    'getprop_xiaomi-hyperos2_14_full.txt',
    'getprop_rockchip-tvbox_7.1.2_full.txt',
    'getprop_humane-aipin-qualcomm_12L_full.txt',
  ])('%s', async (name) => {
    const real = sampleLines(name).filter((line) => PROP_LINE.test(line));
    const state = createPhone({ sdk: 34 });
    state.props = {};
    for (const line of real) {
      const [, key, value] = PROP_LINE.exec(line) ?? [];
      if (key !== undefined) state.props[key] = value ?? '';
    }
    const mine = outputLines((await run(state, 'getprop')).stdout).filter(Boolean);
    // Real getprop sorts by key (not by whole line), which is the order the capture has.
    expect(mine).toEqual([...new Set(real)]);
    expect(mine.length).toBeGreaterThan(200);
  });
});

describe('pm list packages -s / -3 (Xiaomi HyperOS 2, Android 14)', () => {
  test('the same package sets, one package:<name> per line', async () => {
    const names = (file: string) =>
      sampleLines(file)
        .filter((line) => line.startsWith('package:'))
        .map((line) => line.slice('package:'.length));
    const system = names('pm-list-packages-s_xiaomi-hyperos2_14.txt');
    const third = names('pm-list-packages-3_xiaomi-hyperos2_14.txt');
    const state = createPhone({ sdk: 34 });
    const template = state.packages.get(MAPS)!;
    state.packages.clear();
    state.users = [{ id: 0, name: 'Owner', flags: 0xc13, running: true }];
    for (const [index, name] of [...system, ...third].entries()) {
      const copy = structuredClone(template);
      state.packages.set(name, { ...copy, name, appId: 10_000 + index, system: index < system.length });
    }
    expect((await run(state, 'pm list packages -s')).stdout).toBe(
      system.map((name) => `package:${name}\n`).join(''),
    );
    expect((await run(state, 'pm list packages -3')).stdout).toBe(
      third.map((name) => `package:${name}\n`).join(''),
    );
  });
});

describe('errors with the real envelopes', () => {
  test('pm uninstall --user 10 on a locked work profile (Android 12/13)', async () => {
    const state = createPhone({ sdk: 32 });
    state.users[1] = { id: 10, name: 'Work', flags: 0x1030, running: true, shellAccessDenied: true };
    const result = await run(state, 'pm uninstall --user 10 com.vzw.apnlib');
    const sample = sampleBlock(
      'pm-uninstall-error_unknown_12or13_workprofile-user10.txt',
      "Exception occurred while executing 'uninstall':",
      4,
    );
    const lines = outputLines(result.stderr);
    expect(lines.slice(1, 3)).toEqual(sample.slice(0, 2));
    expect(lines[3]?.startsWith(' com.android.server.am.ActivityManagerService.handleIncomingUser:')).toBe(
      true,
    );
    expect(result.status).toBe(255);
  });

  test('pm disable-user of a component (Android 11)', async () => {
    const state = createPhone({ sdk: 30 });
    const app = structuredClone(state.packages.get(MAPS)!);
    state.packages.set('de.markusfisch.android.binaryeye', {
      ...app,
      name: 'de.markusfisch.android.binaryeye',
    });
    const result = await run(
      state,
      'pm disable-user de.markusfisch.android.binaryeye/.activity.SplashActivity',
    );
    const sample = sampleBlock(
      'pm-disable-user-component-error_unknown_11_binaryeye.txt',
      "Exception occurred while executing 'disable-user':",
      2,
    );
    expect(outputLines(result.stderr).slice(1, 3)).toEqual(sample);
  });

  test('pm uninstall of a system app needs --user 0 (Xiaomi browser)', async () => {
    const state = createPhone({ sdk: 30 });
    const browser = structuredClone(state.packages.get(SETTINGS)!);
    state.packages.set('com.android.browser', { ...browser, name: 'com.android.browser' });
    const sample = sampleLines('pm-uninstall-error_xiaomi_unknown_browser.txt')
      .map((line) => line.trim())
      .filter(Boolean);
    expect((await run(state, 'pm uninstall com.android.browser')).stdout).toBe(`${sample[1]}\n`);
    expect((await run(state, 'pm uninstall --user 0 com.android.browser')).stdout).toBe(`${sample.at(-1)}\n`);
  });
});

describe('settings get secure enabled_accessibility_services', () => {
  test('prints the stored colon-separated value on one line', async () => {
    const [value] = sampleLines('settings-get-secure-enabled_accessibility_services_xiaomi-hyperos2_14.txt');
    const state = createPhone({ sdk: 34 });
    await run(state, `settings put secure enabled_accessibility_services '${value ?? ''}'`);
    expect((await run(state, 'settings get secure enabled_accessibility_services')).stdout).toBe(
      `${value}\n`,
    );
  });
});
