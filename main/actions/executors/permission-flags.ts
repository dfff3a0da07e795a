// Runtime-permission flags: `dumpsys package` prints PackageManager.permissionFlagToString
// names (USER_SET, USER_FIXED …); `pm set-permission-flags` / `clear-permission-flags`
// (PackageManagerShellCommand.runSetPermissionFlags, Android 11+) take the kebab-case names of
// SUPPORTED_PERMISSION_FLAGS. Only those can be restored from the shell; the rest (SYSTEM_FIXED,
// POLICY_FIXED, GRANTED_BY_DEFAULT …) are the system's and never touched.

/** First API level with `pm set-permission-flags` / `clear-permission-flags` (Android 11, R). */
export const PERMISSION_FLAGS_MIN_SDK = 30;

/** PackageManagerShellCommand.SUPPORTED_PERMISSION_FLAGS, as dumpsys prints them. */
export const SHELL_SETTABLE_FLAGS: readonly string[] = [
  'USER_SET',
  'USER_FIXED',
  'REVOKED_COMPAT',
  'REVIEW_REQUIRED',
  'REVOKE_WHEN_REQUESTED',
  'USER_SENSITIVE_WHEN_GRANTED',
  'USER_SENSITIVE_WHEN_DENIED',
  'RESTRICTION_INSTALLER_EXEMPT',
  'RESTRICTION_SYSTEM_EXEMPT',
  'RESTRICTION_UPGRADE_EXEMPT',
  'APPLY_RESTRICTION',
  'ONE_TIME',
];

/** The flags a user's "deny, don't ask again" sets (PermissionController: USER_SET|USER_FIXED). */
export const REVOKE_FLAGS: readonly string[] = ['USER_SET', 'USER_FIXED'];

/** The flags a user (not the system) sets; a reset to defaults clears them. */
export const USER_FLAGS: readonly string[] = [
  'USER_SET',
  'USER_FIXED',
  'ONE_TIME',
  'REVOKED_COMPAT',
  'REVIEW_REQUIRED',
];

export const FIXED_FLAGS = { system: 'SYSTEM_FIXED', policy: 'POLICY_FIXED' } as const;

/** `USER_FIXED` → `user-fixed`. */
export const toPmFlag = (flag: string): string => flag.toLowerCase().replaceAll('_', '-');

export const isShellSettable = (flag: string): boolean => SHELL_SETTABLE_FLAGS.includes(flag);

export interface FlagChange {
  /** Flags to set (`pm set-permission-flags`), dumpsys names. */
  readonly set: readonly string[];
  /** Flags to clear (`pm clear-permission-flags`), dumpsys names. */
  readonly clear: readonly string[];
}

/** What brings the shell-settable part of `current` back to `wanted`. */
export const flagChange = (options: {
  current: readonly string[];
  wanted: readonly string[];
}): FlagChange => {
  const { current, wanted } = options;
  return {
    set: wanted.filter((flag) => isShellSettable(flag) && !current.includes(flag)),
    clear: current.filter((flag) => isShellSettable(flag) && !wanted.includes(flag)),
  };
};

/** The shell-settable flags, sorted (for comparing prior and observed). */
export const settableFlags = (flags: readonly string[]): string[] => flags.filter(isShellSettable).sort();

export const sameSettableFlags = (a: readonly string[], b: readonly string[]): boolean =>
  settableFlags(a).join(' ') === settableFlags(b).join(' ');
