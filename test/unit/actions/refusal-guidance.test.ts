// The device messages of the captured error samples (test/fixtures/adb-samples/*error*) map to
// the right guidance key, in all three envelopes (≤ 7, 8–10, 11+) and `Failure [X]`; every key
// has English and Chinese text.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  RefusalGuidance,
  guidanceFor,
  guidanceText,
  isRecognisedRefusal,
} from '../../../main/actions/refusal-guidance';

const SAMPLES = join(__dirname, '../../fixtures/adb-samples');

const EXPECTED: Readonly<Record<string, RefusalGuidance>> = {
  'appops-set-error_unknown_11_manage-app-ops-modes.txt': RefusalGuidance.AppOpsRefused,
  'appops-set-error_unknown_8or9_bad-operation.txt': RefusalGuidance.UnknownOp,
  'cmd-appops-set-error_unknown_15_receive-sensitive-notifications.txt': RefusalGuidance.AppOpsRefused,
  'pm-disable-error_oculus-quest_12_updater.txt': RefusalGuidance.ShellCannotChangeState,
  'pm-disable-error_unknown_9_coolapk.txt': RefusalGuidance.ShellCannotChangeState,
  'pm-disable-user-component-error_unknown_11_binaryeye.txt': RefusalGuidance.ShellCannotChangeState,
  'pm-disable-user-error_xiaomi-hyperos_14plus_cannot-disable-system.txt':
    RefusalGuidance.CannotDisableSystem,
  'pm-disable-user-error_xiaomi-hyperos_unknown_qualcomm-location.txt': RefusalGuidance.CannotDisableSystem,
  'pm-disable-user-error_xiaomi_11_unknown-package.txt': RefusalGuidance.NotInstalledForUser,
  'pm-enable-clear-errors_xiaomi_unknown_uad-log.txt': RefusalGuidance.ShellCannotChangeState,
  'pm-enable-error_unknown_13plus_gms-supervision.txt': RefusalGuidance.ShellCannotChangeState,
  'pm-enable-error_xiaomi_10_redmi8.txt': RefusalGuidance.ShellCannotChangeState,
  'pm-grant-error_oneplus_15_oneplus13.txt': RefusalGuidance.MiuiSecurityDebugging,
  'pm-grant-error_unknown_13_grant-runtime-permissions.txt': RefusalGuidance.MiuiSecurityDebugging,
  'pm-grant-error_unknown_7_not-changeable-operation-not-allowed.txt': RefusalGuidance.NotChangeable,
  'pm-grant-error_unknown_9or10_not-requested.txt': RefusalGuidance.NotRequested,
  'pm-grant-error_xiaomi_11_grant-runtime-permissions-dump.txt': RefusalGuidance.MiuiSecurityDebugging,
  'pm-hide-disable-errors_vernee-mediatek_7.0_adups.txt': RefusalGuidance.UnknownCommand,
  'pm-hide-error_xiaomi_12_manage-users.txt': RefusalGuidance.HideNeedsRoot,
  'pm-hide-shell-error-and-root-success_unknown_unknown_kiwibrowser.txt': RefusalGuidance.HideNeedsRoot,
  'pm-list-packages-error-and-pm-list-users_samsung_14_secure-folder.txt': RefusalGuidance.UserNotAccessible,
  'pm-list-packages-error_unknown_13or14_workprofile-user11.txt': RefusalGuidance.UserNotAccessible,
  'pm-uninstall-error_samsung_unknown_themecenter.txt': RefusalGuidance.OemProtected,
  'pm-uninstall-error_unknown_12or13_workprofile-user10.txt': RefusalGuidance.UserNotAccessible,
  'pm-uninstall-error_unknown_unknown_device-policy.txt': RefusalGuidance.DevicePolicy,
  'pm-uninstall-error_xiaomi_6.0_not-installed-for-0.txt': RefusalGuidance.NotInstalledForUser,
  'pm-uninstall-error_xiaomi_unknown_browser.txt': RefusalGuidance.OemProtected,
};

describe('refusal guidance', () => {
  it('maps every captured error sample to its guidance', async () => {
    const files = (await readdir(SAMPLES)).filter((name) => name.includes('error'));
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
    const got: Record<string, RefusalGuidance> = {};
    for (const file of files) got[file] = guidanceFor(await readFile(join(SAMPLES, file), 'utf8'));
    expect(got).toEqual(EXPECTED);
  });

  it.each([
    ['Failure [DELETE_FAILED_USER_RESTRICTED]', RefusalGuidance.UserRestricted],
    ['Failure [not installed for 10]', RefusalGuidance.NotInstalledForUser],
    ['Error: No UID for com.x in user 0', RefusalGuidance.NotInstalledForUser],
    [
      'java.lang.IllegalArgumentException: Unknown target package: com.x',
      RefusalGuidance.NotInstalledForUser,
    ],
    [
      "Exception occurred while executing 'revoke':\njava.lang.SecurityException: Non-System UID cannot revoke system fixed permission android.permission.CAMERA for package com.x",
      RefusalGuidance.SystemFixed,
    ],
    [
      'Security exception: Cannot revoke policy fixed permission p for package com.x',
      RefusalGuidance.PolicyFixed,
    ],
    ['Error: Unknown operation string: FOO', RefusalGuidance.UnknownOp],
    ['Unknown command: install-existing', RefusalGuidance.UnknownCommand],
    ['something odd happened', RefusalGuidance.DeviceRefused],
  ])('%s → %s', (message, key) => {
    expect(guidanceFor(message)).toBe(key);
  });

  it('has English and Chinese text for every key', () => {
    for (const key of Object.values(RefusalGuidance)) {
      const text = guidanceText(key);
      expect(text.en.length, key).toBeGreaterThan(20);
      expect(text.zh.length, key).toBeGreaterThan(5);
    }
    expect(guidanceText(RefusalGuidance.MiuiSecurityDebugging).en).toContain(
      'USB debugging (Security settings)',
    );
    expect(guidanceText(RefusalGuidance.MiuiSecurityDebugging).zh).toContain('USB 调试（安全设置）');
  });

  it('tells refusals from noise', () => {
    expect(isRecognisedRefusal('Failure [DELETE_FAILED_INTERNAL_ERROR]')).toBe(true);
    expect(isRecognisedRefusal('Package com.x new state: disabled-user')).toBe(false);
  });
});
