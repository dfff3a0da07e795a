import { describe, expect, it } from 'vitest';
import {
  findShellErrors,
  parseShellError,
  type ShellErrorEnvelope,
} from '../../../main/reader/parsers/shell-error';
import { formatShellCommandError } from '../../../main/virtual-phone/commands/shell-command-error';
import { fuzz, readSample } from './offline/sample-support';

const SE = 'java.lang.SecurityException';
const IAE = 'java.lang.IllegalArgumentException';
const GRANT_RUNTIME =
  'grantRuntimePermission: Neither user 2000 nor current process has android.permission.GRANT_RUNTIME_PERMISSIONS.';
const MANAGE_USERS = 'Neither user 2000 nor current process has android.permission.MANAGE_USERS.';
const MANAGE_APP_OPS = 'uid 2000 does not have android.permission.MANAGE_APP_OPS_MODES.';

/** sample → first error: [envelope, exception, message, verb?]. */
const FIRST: Record<string, [ShellErrorEnvelope, string, string, string?]> = {
  'appops-set-error_unknown_11_manage-app-ops-modes.txt': ['exception', SE, MANAGE_APP_OPS, 'set'],
  'appops-set-error_unknown_8or9_bad-operation.txt': ['exception', IAE, 'Bad operation #76'],
  'cmd-appops-set-error_unknown_15_receive-sensitive-notifications.txt': [
    'exception',
    SE,
    MANAGE_APP_OPS,
    'set',
  ],
  'pm-disable-error_oculus-quest_12_updater.txt': [
    'exception',
    SE,
    'Shell cannot change component state for com.oculus.updater/null to 2',
    'disable',
  ],
  'pm-disable-error_unknown_9_coolapk.txt': [
    'bare',
    SE,
    'Shell cannot change component state for com.coolapk.market/null to 3',
  ],
  'pm-disable-user-component-error_unknown_11_binaryeye.txt': [
    'exception',
    SE,
    'Shell cannot change component state for de.markusfisch.android.binaryeye/de.markusfisch.android.binaryeye.activity.SplashActivity to 3',
    'disable-user',
  ],
  'pm-disable-user-error_xiaomi-hyperos_14plus_cannot-disable-system.txt': [
    'exception',
    SE,
    'Cannot disable system packages.',
    'disable-user',
  ],
  'pm-disable-user-error_xiaomi-hyperos_unknown_qualcomm-location.txt': [
    'exception',
    SE,
    'Cannot disable system packages.',
    'disable-user',
  ],
  'pm-disable-user-error_xiaomi_11_unknown-package.txt': [
    'exception',
    IAE,
    'Unknown package: com.bsp.catchlog',
    'disable-user',
  ],
  'pm-disable-user-mixed_xiaomi_11_redmi-note-10s.txt': [
    'exception',
    SE,
    'Shell cannot change component state for com.mipay.wallet.in/null to 3',
    'disable-user',
  ],
  'pm-enable-clear-errors_xiaomi_unknown_uad-log.txt': [
    'legacy',
    SE,
    'Shell cannot change component state for com.mi.globalTrendNews/null to 1',
  ],
  'pm-enable-error_unknown_13plus_gms-supervision.txt': [
    'exception',
    SE,
    'Shell cannot change component state for null to 1',
    'enable',
  ],
  'pm-enable-error_xiaomi_10_redmi8.txt': [
    'security-exception',
    SE,
    'Shell cannot change component state for com.android.fileexplorer/null to 1',
  ],
  'pm-grant-error_oneplus_15_oneplus13.txt': ['exception', SE, GRANT_RUNTIME, 'grant'],
  'pm-grant-error_unknown_13_grant-runtime-permissions.txt': ['exception', SE, GRANT_RUNTIME, 'grant'],
  'pm-grant-error_unknown_7_not-changeable-operation-not-allowed.txt': [
    'legacy',
    SE,
    'Permission android.permission.INTERNET is not a changeable permission type',
  ],
  'pm-grant-error_unknown_9or10_not-requested.txt': [
    'security-exception',
    SE,
    'Package io.github.muntashirakon.AppManager has not requested permission android.permission.GET_APP_OPS_STATS',
  ],
  'pm-grant-error_xiaomi_11_grant-runtime-permissions-dump.txt': ['exception', SE, GRANT_RUNTIME, 'grant'],
  'pm-hide-disable-errors_vernee-mediatek_7.0_adups.txt': [
    'usage',
    'Error',
    "unknown command 'block'",
    'block',
  ],
  'pm-hide-error_xiaomi_12_manage-users.txt': ['exception', SE, MANAGE_USERS, 'hide'],
  'pm-hide-shell-error-and-root-success_unknown_unknown_kiwibrowser.txt': [
    'exception',
    SE,
    MANAGE_USERS,
    'hide',
  ],
  'pm-list-packages-error-and-pm-list-users_samsung_14_secure-folder.txt': [
    'exception',
    SE,
    'Shell does not have permission to access user 150',
    'list',
  ],
  'pm-list-packages-error_unknown_13or14_workprofile-user11.txt': [
    'exception',
    SE,
    'Shell does not have permission to access user 11',
    'list',
  ],
  'pm-uninstall-error_samsung_unknown_themecenter.txt': [
    'failure',
    'Failure',
    'DELETE_FAILED_INTERNAL_ERROR',
  ],
  'pm-uninstall-error_unknown_12or13_workprofile-user10.txt': [
    'exception',
    SE,
    'Shell does not have permission to access user 10',
    'uninstall',
  ],
  'pm-uninstall-error_unknown_unknown_device-policy.txt': [
    'failure',
    'Failure',
    'DELETE_FAILED_DEVICE_POLICY_MANAGER',
  ],
  'pm-uninstall-error_xiaomi_6.0_not-installed-for-0.txt': ['failure', 'Failure', 'not installed for 0'],
  'pm-uninstall-error_xiaomi_unknown_browser.txt': ['failure', 'Failure', 'DELETE_FAILED_INTERNAL_ERROR'],
  'pm-uninstall-result_samsung_14_s24ultra.txt': ['failure', 'Failure', 'DELETE_FAILED_INTERNAL_ERROR'],
};

describe('parseShellError on every error sample', () => {
  for (const [name, [envelope, exception, message, verb]] of Object.entries(FIRST)) {
    it(name, () => {
      const error = parseShellError(readSample(name));
      expect(error).toBeDefined();
      expect({
        envelope: error?.envelope,
        exception: error?.exception,
        message: error?.message,
        verb: error?.verb,
      }).toEqual({
        envelope,
        exception,
        message,
        verb,
      });
    });
  }
});

describe('envelope details', () => {
  it('keeps the handleIncomingUser continuation line as detail and reads frames (8-space indent)', () => {
    const error = parseShellError(readSample('pm-list-packages-error_unknown_13or14_workprofile-user11.txt'));
    expect(error?.detail).toBe(
      'com.android.server.am.ActivityManagerService.handleIncomingUser:15970 android.app.ActivityManager.handleIncomingUser:5152 com.android.server.pm.PackageManagerShellCommand.translateUserId:3733',
    );
    expect(error?.frames[0]).toBe(
      'com.android.server.am.UserController.handleIncomingUser(UserController.java:2892)',
    );
    expect(error?.frames).toHaveLength(6);
  });

  it('reads TAB-indented frames and the 11 vs 12+ handler frame', () => {
    const eleven = parseShellError(readSample('appops-set-error_unknown_11_manage-app-ops-modes.txt'));
    expect(eleven?.frames).toContain(
      'android.os.BasicShellCommandHandler.exec(BasicShellCommandHandler.java:98)',
    );
    expect(eleven?.frames).toHaveLength(15);
    const fifteen = parseShellError(
      readSample('cmd-appops-set-error_unknown_15_receive-sensitive-notifications.txt'),
    );
    expect(fifteen?.frames).toContain(
      'com.android.modules.utils.BasicShellCommandHandler.exec(BasicShellCommandHandler.java:97)',
    );
  });

  it('8–10: Security exception + the repeated stack count as one error', () => {
    const errors = findShellErrors(readSample('pm-grant-error_unknown_9or10_not-requested.txt'));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.frames[0]).toBe(
      'com.android.server.pm.permission.BasePermission.enforceDeclaredUsedAndRuntimeOrDevelopment(BasePermission.java:379)',
    );
  });

  it('≤ 7: joins the wrapped MANAGE_USERS message and finds all three errors', () => {
    const errors = findShellErrors(readSample('pm-hide-disable-errors_vernee-mediatek_7.0_adups.txt'));
    expect(errors.map((error) => [error.envelope, error.message])).toEqual([
      ['usage', "unknown command 'block'"],
      ['legacy', MANAGE_USERS],
      ['legacy', 'Shell cannot change component state for com.adups.fota/null to 2'],
    ]);
  });

  it('finds every error of a log and both blocks of the Shizuku issue', () => {
    expect(
      findShellErrors(readSample('pm-enable-clear-errors_xiaomi_unknown_uad-log.txt')).map(
        (error) => error.message,
      ),
    ).toEqual([
      'Shell cannot change component state for com.mi.globalTrendNews/null to 1',
      'Shell cannot change component state for com.mipay.wallet.in/null to 1',
      'Shell cannot change component state for com.miui.virtualsim/null to 1',
      'PID 6252 does not have permission android.permission.CLEAR_APP_USER_DATA to clear data of package com.miui.wmsvc',
      'PID 6243 does not have permission android.permission.CLEAR_APP_USER_DATA to clear data of package com.miui.wmsvc',
    ]);
    const shizuku = findShellErrors(readSample('pm-disable-error_unknown_9_coolapk.txt'));
    expect(shizuku[1]).toMatchObject({
      envelope: 'security-exception',
      message: 'Shell cannot change component state for com.coolapk.market/null to 2',
    });
    expect(findShellErrors(readSample('pm-uninstall-error_xiaomi_6.0_not-installed-for-0.txt'))).toHaveLength(
      3,
    );
  });

  it('success output and silent no-ops have no error; a cut envelope is still an error', () => {
    expect(
      parseShellError(readSample('pm-grant-silent-noop_emulator_16_undeclared-camera.txt')),
    ).toBeUndefined();
    expect(parseShellError('Package com.a new state: disabled-user\nSuccess\n')).toBeUndefined();
    expect(
      parseShellError(readSample('pm-unsuspend_oneplus_unknown_alipay-suspended-by-other.txt')),
    ).toMatchObject({
      envelope: 'exception',
      exception: 'unknown',
      message: '',
    });
  });

  it('reads what the virtual phone prints for each Android generation', () => {
    const base = { verb: 'hide', exception: SE, message: MANAGE_USERS };
    expect(parseShellError(formatShellCommandError({ ...base, sdk: 24 }))).toMatchObject({
      envelope: 'legacy',
      exception: SE,
      message: MANAGE_USERS,
    });
    expect(parseShellError(formatShellCommandError({ ...base, sdk: 28 }))).toMatchObject({
      envelope: 'security-exception',
      message: MANAGE_USERS,
    });
    expect(
      parseShellError(
        formatShellCommandError({ ...base, sdk: 28, exception: IAE, message: 'Unknown package: x.y' }),
      ),
    ).toMatchObject({
      envelope: 'exception',
      exception: IAE,
      message: 'Unknown package: x.y',
    });
    const modern = parseShellError(formatShellCommandError({ ...base, sdk: 34 }));
    expect(modern).toMatchObject({
      envelope: 'exception',
      verb: 'hide',
      exception: SE,
      message: MANAGE_USERS,
    });
    expect(modern?.frames).toContain(
      'com.android.modules.utils.BasicShellCommandHandler.exec(BasicShellCommandHandler.java:97)',
    );
  });

  it('never throws on mutated samples', () => {
    const texts = Object.keys(FIRST).map(readSample);
    expect(fuzz(texts, { seed: 29, rounds: 8, parse: findShellErrors })).toBe(texts.length * 8);
  });
});
