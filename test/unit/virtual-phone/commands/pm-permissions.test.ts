import { describe, expect, test } from 'vitest';
import type { PhoneState } from '../../../../main/virtual-phone/android/phone-state';
import { FRAME, outputLines, sampleLines } from './samples';
import { LEGACY, MAPS, P, SETTINGS, createPhone, permission, run } from './phone-fixture';

const VERSIONS = [25, 29, 31, 34, 36] as const;

/** The header of an error (envelope + exception line), whatever the version prints. */
const header = (sdk: number, verb: string, exception: string): string[] => {
  if (sdk <= 25) return [];
  if (sdk <= 29) {
    return exception.startsWith('java.lang.SecurityException: ')
      ? [`Security exception: ${exception.slice('java.lang.SecurityException: '.length)}`, '', exception]
      : ['', 'Exception occurred while executing:', exception];
  }
  return ['', `Exception occurred while executing '${verb}':`, exception];
};

const expectError = async (
  state: PhoneState,
  line: string,
  options: { verb: string; exception: string; legacy: string },
) => {
  const sdk = Number(state.props['ro.build.version.sdk']);
  const result = await run(state, line);
  expect(result.stdout).toBe('');
  if (sdk <= 25) {
    expect(result).toEqual({ status: 1, stdout: '', stderr: `${options.legacy}\n` });
    return;
  }
  expect(result.status).toBe(255);
  const lines = outputLines(result.stderr);
  const expected = header(sdk, options.verb, options.exception);
  expect(lines.slice(0, expected.length)).toEqual(expected);
  expect(lines.slice(expected.length, -1).every((frame) => FRAME.test(frame))).toBe(true);
};

describe.each(VERSIONS)('pm grant/revoke on sdk %i', (sdk) => {
  test('revoke then grant change only the grant, and the next read shows it', async () => {
    const state = createPhone({ sdk });
    expect(await run(state, `pm revoke ${MAPS} ${P('ACCESS_FINE_LOCATION')}`)).toEqual({
      status: 0,
      stdout: '',
      stderr: '',
    });
    expect(permission(state, { pkg: MAPS, name: P('ACCESS_FINE_LOCATION') })).toEqual({
      name: P('ACCESS_FINE_LOCATION'),
      granted: false,
      flags: [],
    });
    await run(state, `pm revoke ${MAPS} ${P('CAMERA')}`);
    expect(permission(state, { pkg: MAPS, name: P('CAMERA') })).toEqual({
      name: P('CAMERA'),
      granted: false,
      flags: ['USER_SET'],
    });
    expect(permission(state, { pkg: MAPS, name: P('CAMERA'), user: 10 })?.granted).toBe(true);
    expect((await run(state, `pm grant ${MAPS} ${P('RECORD_AUDIO')}; echo $?`)).stdout).toBe('0\n');
    expect(permission(state, { pkg: MAPS, name: P('RECORD_AUDIO') })?.granted).toBe(true);
  });

  test('the app op behind the permission follows the grant from Android 10 (uid mode), not before', async () => {
    const state = createPhone({ sdk });
    const uidMode = (op: string, user = 0) =>
      state.packages.get(MAPS)?.users[user]?.appOps.find((entry) => entry.op === op && entry.uidMode === true)
        ?.mode;
    await run(state, `pm revoke ${MAPS} ${P('CAMERA')}`);
    await run(state, `pm revoke ${MAPS} ${P('ACCESS_FINE_LOCATION')}`);
    if (sdk < 29) {
      expect(uidMode('CAMERA')).toBeUndefined();
      expect(uidMode('FINE_LOCATION')).toBeUndefined();
      return;
    }
    expect(uidMode('CAMERA')).toBe('ignore');
    expect(uidMode('FINE_LOCATION')).toBe('ignore');
    expect((await run(state, `appops get ${MAPS} CAMERA`)).stdout).toMatch(/CAMERA: ignore/);
    await run(state, `pm grant ${MAPS} ${P('CAMERA')}`);
    // Camera became a while-in-use permission in Android 11.
    expect(uidMode('CAMERA')).toBe(sdk >= 30 ? 'foreground' : 'allow');
    await run(state, `pm grant ${MAPS} ${P('ACCESS_FINE_LOCATION')}`);
    expect(uidMode('FINE_LOCATION')).toBe('foreground');
    expect(uidMode('CAMERA', 10)).toBeUndefined();
  });

  test('--user N changes that user only', async () => {
    const state = createPhone({ sdk });
    await run(state, `pm revoke --user 10 ${MAPS} ${P('CAMERA')}`);
    expect(permission(state, { pkg: MAPS, name: P('CAMERA'), user: 10 })?.granted).toBe(false);
    expect(permission(state, { pkg: MAPS, name: P('CAMERA') })?.granted).toBe(true);
  });

  test('install-time permissions are not changeable', async () => {
    const state = createPhone({ sdk });
    const message =
      sdk <= 25
        ? `Permission ${P('INTERNET')} is not a changeable permission type`
        : `Permission ${P('INTERNET')} requested by ${MAPS} is not a changeable permission type`;
    await expectError(state, `pm grant ${MAPS} ${P('INTERNET')}`, {
      verb: 'grant',
      exception: `java.lang.SecurityException: ${message}`,
      legacy: `Operation not allowed: java.lang.SecurityException: ${message}`,
    });
  });

  test('a permission the app never requested', async () => {
    const state = createPhone({ sdk });
    const line = `pm grant ${MAPS} ${P('READ_SMS')}`;
    if (sdk >= 36) {
      // pm-grant-silent-noop_emulator_16_undeclared-camera.txt: nothing printed, exit 0.
      expect(await run(state, `${line}; echo $?`)).toEqual({ status: 0, stdout: '0\n', stderr: '' });
      expect(permission(state, { pkg: MAPS, name: P('READ_SMS') })).toBeUndefined();
      return;
    }
    const message = `Package ${MAPS} has not requested permission ${P('READ_SMS')}`;
    await expectError(state, line, {
      verb: 'grant',
      exception: `java.lang.SecurityException: ${message}`,
      legacy: `Operation not allowed: java.lang.SecurityException: ${message}`,
    });
  });

  test('unknown package: an error up to 10, silently ignored from 11', async () => {
    const state = createPhone({ sdk });
    const line = `pm revoke com.nope ${P('CAMERA')}`;
    if (sdk >= 30) {
      expect(await run(state, line)).toEqual({ status: 0, stdout: '', stderr: '' });
      return;
    }
    await expectError(state, line, {
      verb: 'revoke',
      exception: 'java.lang.IllegalArgumentException: Unknown package: com.nope',
      legacy: 'Bad argument: java.lang.IllegalArgumentException: Unknown package: com.nope',
    });
  });

  test('unknown permission', async () => {
    const state = createPhone({ sdk });
    await expectError(state, `pm grant ${MAPS} android.permission.NOPE`, {
      verb: 'grant',
      exception: 'java.lang.IllegalArgumentException: Unknown permission: android.permission.NOPE',
      legacy: 'Bad argument: java.lang.IllegalArgumentException: Unknown permission: android.permission.NOPE',
    });
  });

  test('SYSTEM_FIXED and POLICY_FIXED refuse a revoke', async () => {
    const state = createPhone({ sdk });
    const system =
      sdk <= 25
        ? `Cannot revoke system fixed permission ${P('ACCESS_COARSE_LOCATION')} for package ${MAPS}`
        : `Non-System UID cannot revoke system fixed permission ${P('ACCESS_COARSE_LOCATION')} for package ${MAPS}`;
    await expectError(state, `pm revoke ${MAPS} ${P('ACCESS_COARSE_LOCATION')}`, {
      verb: 'revoke',
      exception: `java.lang.SecurityException: ${system}`,
      legacy: `Operation not allowed: java.lang.SecurityException: ${system}`,
    });
    const policy = `Cannot revoke policy fixed permission ${P('READ_CONTACTS')} for package ${MAPS}`;
    await expectError(state, `pm revoke ${MAPS} ${P('READ_CONTACTS')}`, {
      verb: 'revoke',
      exception: `java.lang.SecurityException: ${policy}`,
      legacy: `Operation not allowed: java.lang.SecurityException: ${policy}`,
    });
    expect(permission(state, { pkg: MAPS, name: P('ACCESS_COARSE_LOCATION') })?.granted).toBe(true);
    expect(permission(state, { pkg: MAPS, name: P('READ_CONTACTS') })?.granted).toBe(true);
  });

  test('granting a SYSTEM_FIXED permission: an error up to 10, logged and ignored from 11', async () => {
    const state = createPhone({ sdk });
    permission(state, { pkg: MAPS, name: P('ACCESS_COARSE_LOCATION') })!.granted = false;
    const line = `pm grant ${MAPS} ${P('ACCESS_COARSE_LOCATION')}`;
    if (sdk >= 30) {
      expect(await run(state, line)).toEqual({ status: 0, stdout: '', stderr: '' });
    } else {
      const message = `Cannot grant system fixed permission ${P('ACCESS_COARSE_LOCATION')} for package ${MAPS}`;
      await expectError(state, line, {
        verb: 'grant',
        exception: `java.lang.SecurityException: ${message}`,
        legacy: `Operation not allowed: java.lang.SecurityException: ${message}`,
      });
    }
    expect(permission(state, { pkg: MAPS, name: P('ACCESS_COARSE_LOCATION') })?.granted).toBe(false);
  });

  test('legacy apps (targetSdk < 23) are left alone without an error', async () => {
    const state = createPhone({ sdk });
    expect(await run(state, `pm revoke ${LEGACY} ${P('CAMERA')}`)).toEqual({
      status: 0,
      stdout: '',
      stderr: '',
    });
    expect(permission(state, { pkg: LEGACY, name: P('CAMERA') })?.granted).toBe(true);
  });

  test('MIUI refuses until "USB debugging (Security settings)" is on; root is not refused', async () => {
    const state = createPhone({ sdk, quirks: { miuiSecurityDebuggingRequired: true } });
    const message =
      'revokeRuntimePermission: Neither user 2000 nor current process has android.permission.REVOKE_RUNTIME_PERMISSIONS.';
    await expectError(state, `pm revoke ${MAPS} ${P('CAMERA')}`, {
      verb: 'revoke',
      exception: `java.lang.SecurityException: ${message}`,
      legacy: `Operation not allowed: java.lang.SecurityException: ${message}`,
    });
    expect(permission(state, { pkg: MAPS, name: P('CAMERA') })?.granted).toBe(true);
    expect((await run(state, `pm revoke ${MAPS} ${P('CAMERA')}`, { runAs: 'root' })).status).toBe(0);
    state.quirks.miuiSecurityDebuggingEnabled = true;
    expect((await run(state, `pm grant ${MAPS} ${P('CAMERA')}`)).status).toBe(0);
    expect(permission(state, { pkg: MAPS, name: P('CAMERA') })?.granted).toBe(true);
  });

  test('usage errors', async () => {
    const state = createPhone({ sdk });
    expect(await run(state, 'pm grant')).toEqual({
      status: 1,
      stdout: '',
      stderr: 'Error: no package specified\n',
    });
    expect(await run(state, `pm revoke ${MAPS}`)).toEqual({
      status: 1,
      stdout: '',
      stderr: 'Error: no permission specified\n',
    });
  });
});

describe('pm grant/revoke against the real samples', () => {
  test('Android 7: pm-grant-error_unknown_7_not-changeable-operation-not-allowed.txt', async () => {
    const state = createPhone({ sdk: 25 });
    const demo = structuredClone(state.packages.get(MAPS)!);
    state.packages.set('com.google.android.exoplayer2.demo', {
      ...demo,
      name: 'com.google.android.exoplayer2.demo',
    });
    const result = await run(state, `pm grant com.google.android.exoplayer2.demo ${P('INTERNET')}`);
    const stderrLine =
      sampleLines('pm-grant-error_unknown_7_not-changeable-operation-not-allowed.txt')[3] ?? '';
    expect(result).toEqual({ status: 1, stdout: '', stderr: `${stderrLine.replace('STDERR: ', '')}\n` });
  });

  test('Android 9/10: pm-grant-error_unknown_9or10_not-requested.txt', async () => {
    const state = createPhone({ sdk: 29 });
    const app = structuredClone(state.packages.get(MAPS)!);
    state.packages.set('io.github.muntashirakon.AppManager', {
      ...app,
      name: 'io.github.muntashirakon.AppManager',
    });
    const android = structuredClone(state.packages.get(SETTINGS)!);
    android.declaredPermissions = [
      { name: P('GET_APP_OPS_STATS'), protectionLevel: 'signature|privileged|development|appop' },
    ];
    state.packages.set('android', { ...android, name: 'android' });
    const result = await run(state, `pm grant io.github.muntashirakon.AppManager ${P('GET_APP_OPS_STATS')}`);
    const sample = sampleLines('pm-grant-error_unknown_9or10_not-requested.txt');
    const lines = outputLines(result.stderr);
    expect(lines.slice(0, 4)).toEqual(sample.slice(0, 4));
    expect(lines.slice(4, 8)).toEqual(sample.slice(4, 8));
  });

  test('Android 13 (MIUI-style refusal): pm-grant-error_unknown_13_grant-runtime-permissions.txt', async () => {
    const state = createPhone({ sdk: 33, quirks: { miuiSecurityDebuggingRequired: true } });
    const result = await run(state, `pm grant ${MAPS} ${P('CAMERA')}`);
    const sample = sampleLines('pm-grant-error_unknown_13_grant-runtime-permissions.txt');
    const lines = outputLines(result.stderr);
    expect(lines[0]).toBe('');
    expect(lines.slice(1, 3)).toEqual(sample.slice(0, 2));
    const method = (line: string): string => line.replace(/\(.*$/, '');
    const complete = sample.slice(2).filter((line) => FRAME.test(line));
    expect(lines.slice(3, 3 + complete.length).map(method)).toEqual(complete.map(method));
  });
});

describe('permission flags and reset', () => {
  test('set-permission-flags / clear-permission-flags (Android 11+) change flags only', async () => {
    const state = createPhone({ sdk: 34 });
    expect(
      await run(state, `pm set-permission-flags ${MAPS} ${P('ACCESS_FINE_LOCATION')} user-set user-fixed`),
    ).toEqual({
      status: 0,
      stdout: '',
      stderr: '',
    });
    expect(permission(state, { pkg: MAPS, name: P('ACCESS_FINE_LOCATION') })).toEqual({
      name: P('ACCESS_FINE_LOCATION'),
      granted: true,
      flags: ['USER_SET', 'USER_FIXED'],
    });
    await run(state, `pm clear-permission-flags --user 0 ${MAPS} ${P('ACCESS_FINE_LOCATION')} user-set`);
    expect(permission(state, { pkg: MAPS, name: P('ACCESS_FINE_LOCATION') })?.flags).toEqual(['USER_FIXED']);
    const bad = await run(state, `pm set-permission-flags ${MAPS} ${P('CAMERA')} system-fixed`);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^Error: specified flag system-fixed is not one of user-set, /);
  });

  test('set-permission-flags is an unknown command before Android 11', async () => {
    const state = createPhone({ sdk: 29 });
    expect(await run(state, `pm set-permission-flags ${MAPS} ${P('CAMERA')} user-set`)).toEqual({
      status: 255,
      stdout: 'Unknown command: set-permission-flags\n',
      stderr: '',
    });
  });

  test('reset-permissions revokes user grants, keeps default/fixed grants, clears user flags', async () => {
    const state = createPhone({ sdk: 34 });
    expect(await run(state, 'pm reset-permissions')).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(permission(state, { pkg: MAPS, name: P('CAMERA') })).toEqual({
      name: P('CAMERA'),
      granted: false,
      flags: [],
    });
    expect(permission(state, { pkg: MAPS, name: P('ACCESS_FINE_LOCATION') })?.granted).toBe(false);
    expect(permission(state, { pkg: MAPS, name: P('ACCESS_COARSE_LOCATION') })?.granted).toBe(true);
    expect(permission(state, { pkg: SETTINGS, name: P('CAMERA') })?.granted).toBe(true);
    expect(permission(state, { pkg: LEGACY, name: P('CAMERA') })?.granted).toBe(true);
  });

  test('development permissions (WRITE_SECURE_SETTINGS) are granted as install-time state', async () => {
    const state = createPhone({ sdk: 34 });
    state.packages.get(MAPS)?.requestedPermissions.push(P('WRITE_SECURE_SETTINGS'));
    expect(await run(state, `pm grant ${MAPS} ${P('WRITE_SECURE_SETTINGS')}`)).toEqual({
      status: 0,
      stdout: '',
      stderr: '',
    });
    expect(state.packages.get(MAPS)?.installPermissions).toContain(P('WRITE_SECURE_SETTINGS'));
    await run(state, `pm revoke ${MAPS} ${P('WRITE_SECURE_SETTINGS')}`);
    expect(state.packages.get(MAPS)?.installPermissions).not.toContain(P('WRITE_SECURE_SETTINGS'));
    expect(permission(state, { pkg: MAPS, name: P('WRITE_SECURE_SETTINGS') })).toBeUndefined();
  });
});
