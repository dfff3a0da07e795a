// The `appops` command: get / query-op output against the Hytera capture, state changes seen
// by the next read, and the exact error texts per modelled version.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APPOPS_COMMANDS } from '../../../../main/virtual-phone/appops';
import { formatAppOpsDump } from '../../../../main/virtual-phone/appops/dump-appops';
import { missingShapes, shapesOf } from '../../../support/line-shapes';
import { contextOf, phone, readSample, SAMPLE_NOW } from '../dumpsys/sample-phones';
import { runCommand } from './run-command';

const hyteraPhone = () =>
  phone(33, {
    systemPackageNames: ['android', 'com.android.settings'],
    packages: [
      {
        name: 'com.android.systemui',
        system: true,
        appOps: {
          COARSE_LOCATION: { mode: 'foreground', uidMode: true },
          LEGACY_STORAGE: { mode: 'allow', uidMode: true },
          FINE_LOCATION: { access: ['-25s67ms'] },
          READ_PHONE_STATE: { access: ['-25s80ms'] },
          READ_MEDIA_IMAGES: { access: ['1970-01-01T00:00:00Z'] },
          MANAGE_EXTERNAL_STORAGE: { mode: 'default', reject: ['1970-01-01T00:00:00Z'] },
        },
      },
      { name: 'com.baidu.map.location', appOps: { FINE_LOCATION: 'allow' } },
      { name: 'com.example.denied', appOps: { FINE_LOCATION: 'ignore' } },
    ],
  });

const sampleLines = (name: string): string[] => readSample(name).split('\n');

describe('appops get / query-op (Hytera sample)', () => {
  const real = sampleLines('appops-get_hytera_unknown_com.android.systemui-and-query-op.txt');
  // the phone clock follows the host clock: freeze it so relative times are exact
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(SAMPLE_NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('prints the uid modes first (`Uid mode: ` once), then the package ops', async () => {
    const state = hyteraPhone();
    const { stdout, code } = await runCommand(APPOPS_COMMANDS, {
      state,
      argv: ['appops', 'get', 'com.android.systemui'],
    });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    const getLines = real.slice(2, 8);
    expect(lines.slice(0, 4)).toEqual(getLines.slice(0, 4));
    expect(missingShapes(shapesOf(stdout), shapesOf(getLines.join('\n')))).toEqual([]);
    expect(missingShapes(shapesOf(getLines.join('\n')), shapesOf(stdout))).toEqual([]);
  });

  it('query-op prints bare package names in the given mode', async () => {
    const state = hyteraPhone();
    const allow = await runCommand(APPOPS_COMMANDS, {
      state,
      argv: ['appops', 'query-op', 'FINE_LOCATION', 'allow'],
    });
    expect(allow.stdout).toBe('com.android.systemui\ncom.baidu.map.location\n');
    const ignore = await runCommand(APPOPS_COMMANDS, {
      state,
      argv: ['appops', 'query-op', 'FINE_LOCATION'],
    });
    expect(ignore.stdout).toBe('com.example.denied\n');
    const realNames = real.slice(real.indexOf('android'), real.lastIndexOf('com.android.systemui') + 1);
    expect(missingShapes(shapesOf(allow.stdout), shapesOf(realNames.join('\n')))).toEqual([]);
  });

  it('prints `No operations.` (+ `Default mode:` on 13+) when nothing is recorded', async () => {
    const state = hyteraPhone();
    const none = await runCommand(APPOPS_COMMANDS, {
      state,
      argv: ['appops', 'get', 'com.android.settings', 'CAMERA'],
    });
    expect(none.stdout).toBe('No operations.\nDefault mode: allow\n');
    const byUid = await runCommand(APPOPS_COMMANDS, { state, argv: ['appops', 'get', 'u0a0'] });
    expect(byUid.stdout).toBe('Uid mode: COARSE_LOCATION: foreground\nLEGACY_STORAGE: allow\n');
  });
});

describe('appops set / reset change what the next read shows', () => {
  it('set PKG OP MODE → appops get and dumpsys appops show the new mode', async () => {
    const state = hyteraPhone();
    const set = await runCommand(APPOPS_COMMANDS, {
      state,
      argv: ['appops', 'set', 'com.baidu.map.location', 'CAMERA', 'ignore'],
    });
    expect(set).toEqual({ stdout: '', stderr: '', code: 0 });
    const get = await runCommand(APPOPS_COMMANDS, {
      state,
      argv: ['appops', 'get', 'com.baidu.map.location', 'CAMERA'],
    });
    expect(get.stdout).toBe('CAMERA: ignore\n');
    expect(formatAppOpsDump(contextOf(state), [])).toContain(
      '    Package com.baidu.map.location:\n      FINE_LOCATION',
    );
    expect(formatAppOpsDump(contextOf(state), [])).toContain('      CAMERA (ignore): \n');
  });

  it('set --uid records a uid mode; android:op names and numeric modes are accepted', async () => {
    const state = hyteraPhone();
    await runCommand(APPOPS_COMMANDS, {
      state,
      argv: ['appops', 'set', '--uid', 'com.example.denied', 'android:record_audio', '1'],
    });
    const get = await runCommand(APPOPS_COMMANDS, { state, argv: ['appops', 'get', 'com.example.denied'] });
    expect(get.stdout).toBe('Uid mode: RECORD_AUDIO: ignore\nFINE_LOCATION: ignore\n');
    expect(formatAppOpsDump(contextOf(state), [])).toContain('      RECORD_AUDIO: mode=ignore\n');
  });

  it('reset puts every mode back to its default', async () => {
    const state = hyteraPhone();
    await runCommand(APPOPS_COMMANDS, {
      state,
      argv: ['appops', 'set', 'com.example.denied', 'CAMERA', 'deny'],
    });
    const reset = await runCommand(APPOPS_COMMANDS, {
      state,
      argv: ['appops', 'reset', 'com.example.denied'],
    });
    expect(reset.stdout).toBe('Reset all modes for: user 0, package com.example.denied\n');
    const get = await runCommand(APPOPS_COMMANDS, { state, argv: ['appops', 'get', 'com.example.denied'] });
    expect(get.stdout).toBe('No operations.\n');
    const all = await runCommand(APPOPS_COMMANDS, { state, argv: ['appops', 'reset', '--user', '0'] });
    expect(all.stdout).toBe('Reset all modes for: user 0, all packages\n');
  });
});

describe('appops errors', () => {
  const refusing = (sdk: number) =>
    phone(sdk, { quirks: { appOpsChangeRefused: true }, packages: [{ name: 'com.rom1v.sndcpy' }] });

  it('Android 11 ColorOS-style refusal matches the capture exactly', async () => {
    const real = sampleLines('appops-set-error_unknown_11_manage-app-ops-modes.txt');
    const expected = `\n${real.slice(real.indexOf("Exception occurred while executing 'set':")).join('\n').trimEnd()}\n`;
    const result = await runCommand(APPOPS_COMMANDS, {
      state: refusing(30),
      argv: ['appops', 'set', 'com.rom1v.sndcpy', 'PROJECT_MEDIA', 'allow'],
    });
    expect(result.stderr).toBe(expected);
    expect(result.code).toBe(255);
  });

  it('Android 15 refusal matches the `cmd appops set` capture exactly; root is not refused', async () => {
    const real = readSample('cmd-appops-set-error_unknown_15_receive-sensitive-notifications.txt').trimEnd();
    const state = refusing(35);
    const result = await runCommand(APPOPS_COMMANDS, {
      state,
      argv: ['appops', 'set', 'com.rom1v.sndcpy', 'RECEIVE_SENSITIVE_NOTIFICATIONS', 'allow'],
    });
    expect(result.stderr.trimStart().trimEnd()).toBe(real);
    const root = await runCommand(APPOPS_COMMANDS, {
      state,
      argv: ['appops', 'set', 'com.rom1v.sndcpy', 'CAMERA', 'ignore'],
      runAs: 'root',
    });
    expect(root.code).toBe(0);
  });

  it('Android 8: a numeric op the release lacks → `Bad operation #76` (same shapes as the capture)', async () => {
    const real = sampleLines('appops-set-error_unknown_8or9_bad-operation.txt')
      .filter((line) => !line.includes('adb shell'))
      .map((line) => line.replace(/^\*+/, '').replace(/^ {8}/, '\t'))
      .join('\n');
    const result = await runCommand(APPOPS_COMMANDS, {
      state: phone(27, { packages: [{ name: 'com.example.a' }] }),
      argv: ['appops', 'set', '10540', '76', '3'],
    });
    expect(missingShapes(shapesOf(result.stderr), shapesOf(real))).toEqual([]);
    expect(missingShapes(shapesOf(real), shapesOf(result.stderr))).toEqual([]);
    expect(result.stderr).toContain('java.lang.IllegalArgumentException: Bad operation #76\n');
  });

  it('argument errors print AppOpsService.Shell texts on stderr with status 255', async () => {
    const state = phone(34, { packages: [{ name: 'com.example.a' }] });
    const cases: [string[], string][] = [
      [['appops', 'set', 'com.example.a', 'FOO', 'allow'], 'Error: Unknown operation string: FOO\n'],
      [['appops', 'set', 'com.example.a', 'CAMERA', 'bogus'], 'Error: Mode bogus is not valid\n'],
      [['appops', 'set', 'com.example.a', 'CAMERA'], 'Error: Mode not specified.\n'],
      [['appops', 'set', 'com.example.a'], 'Error: Operation not specified.\n'],
      [['appops', 'get'], 'Error: Package name not specified.\n'],
      [['appops', 'get', 'com.nope'], 'Error: No UID for com.nope in user 0\n'],
    ];
    for (const [argv, stderr] of cases) {
      expect(await runCommand(APPOPS_COMMANDS, { state, argv })).toEqual({ stdout: '', stderr, code: 255 });
    }
  });
});
