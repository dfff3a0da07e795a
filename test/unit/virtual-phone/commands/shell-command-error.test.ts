import { describe, expect, test } from 'vitest';
import {
  formatShellCommandError,
  shellCommandErrorStatus,
} from '../../../../main/virtual-phone/commands/shell-command-error';
import { FRAME, outputLines, sampleBlock, sampleLines } from './samples';

const SECURITY = 'java.lang.SecurityException';

describe('formatShellCommandError', () => {
  test('Android 7: one line, Error: or the command’s own prefix (Pm.java)', () => {
    const message = 'Shell cannot change component state for com.adups.fota/null to 2';
    expect(formatShellCommandError({ sdk: 24, verb: 'disable', exception: SECURITY, message })).toBe(
      `${sampleLines('pm-hide-disable-errors_vernee-mediatek_7.0_adups.txt').find((line) => line.includes('/null to 2')) ?? ''}\n`,
    );
    const notChangeable = 'Permission android.permission.INTERNET is not a changeable permission type';
    expect(
      formatShellCommandError({
        sdk: 25,
        verb: 'grant',
        exception: SECURITY,
        message: notChangeable,
        legacyPrefix: 'Operation not allowed',
      }),
    ).toBe(
      `${(sampleLines('pm-grant-error_unknown_7_not-changeable-operation-not-allowed.txt')[3] ?? '').replace('STDERR: ', '')}\n`,
    );
    expect(shellCommandErrorStatus(25)).toBe(1);
  });

  test('Android 8–10: "Security exception:" + blank + stack for SecurityException', () => {
    const message =
      'Package io.github.muntashirakon.AppManager has not requested permission android.permission.GET_APP_OPS_STATS';
    const text = formatShellCommandError({ sdk: 29, verb: 'grant', exception: SECURITY, message });
    const sample = sampleLines('pm-grant-error_unknown_9or10_not-requested.txt');
    expect(outputLines(text).slice(0, 3)).toEqual(sample.slice(0, 3));
    expect(
      outputLines(text)
        .slice(3, -1)
        .every((line) => FRAME.test(line)),
    ).toBe(true);
    expect(shellCommandErrorStatus(29)).toBe(255);
  });

  test('Android 8–10: other exceptions print "Exception occurred while executing:" without the verb', () => {
    const text = formatShellCommandError({
      sdk: 28,
      verb: 'set',
      exception: 'java.lang.IllegalArgumentException',
      message: 'Bad operation #76',
    });
    const sample = sampleBlock(
      'appops-set-error_unknown_8or9_bad-operation.txt',
      '****Exception occurred while executing:',
      2,
    );
    expect(outputLines(text).slice(0, 3)).toEqual(['', ...sample.map((line) => line.replace(/^\*+/, ''))]);
  });

  test('Android 11: blank, verb, exception and android.os.BasicShellCommandHandler frame', () => {
    const message = 'uid 2000 does not have android.permission.MANAGE_APP_OPS_MODES.';
    const lines = outputLines(
      formatShellCommandError({ sdk: 30, verb: 'set', exception: SECURITY, message }),
    );
    const sample = sampleLines('appops-set-error_unknown_11_manage-app-ops-modes.txt');
    expect(lines.slice(0, 3)).toEqual(sample.slice(3, 6));
    const handler = sample.find((line) => line.includes('BasicShellCommandHandler')) ?? '';
    expect(lines.find((line) => line.includes('BasicShellCommandHandler'))?.replace(/:\d+\)/, ')')).toBe(
      handler.replace(/:\d+\)/, ')'),
    );
  });

  test('Android 12+: com.android.modules.utils.BasicShellCommandHandler frame', () => {
    const message = 'Neither user 2000 nor current process has android.permission.MANAGE_USERS.';
    const lines = outputLines(
      formatShellCommandError({ sdk: 31, verb: 'hide', exception: SECURITY, message }),
    );
    const sample = sampleLines('pm-hide-error_xiaomi_12_manage-users.txt');
    expect(lines.slice(1, 3)).toEqual(sample.slice(0, 2));
    expect(lines).toContain(sample.find((line) => line.includes('BasicShellCommandHandler')));
    expect(lines.slice(3, -1).every((line) => FRAME.test(line))).toBe(true);
    expect(lines.at(-1)).toBe('');
  });
});
