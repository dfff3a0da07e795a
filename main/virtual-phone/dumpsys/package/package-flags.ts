// Flag words as PackageSettings print them (ApplicationInfo.flags in bit order, printFlags
// in com.android.server.pm.Settings / DumpUtils), plus facts derived from permissions.
import type { PackageState } from '../../android/phone-state';

/** ApplicationInfo.FLAG_* names in bit order (FLAG_SYSTEM = 1 << 0 …). */
const FLAG_ORDER = [
  'SYSTEM',
  'DEBUGGABLE',
  'HAS_CODE',
  'PERSISTENT',
  'FACTORY_TEST',
  'ALLOW_TASK_REPARENTING',
  'ALLOW_CLEAR_USER_DATA',
  'UPDATED_SYSTEM_APP',
  'TEST_ONLY',
  'VM_SAFE_MODE',
  'ALLOW_BACKUP',
  'KILL_AFTER_RESTORE',
  'RESTORE_ANY_VERSION',
  'EXTERNAL_STORAGE',
  'LARGE_HEAP',
  'STOPPED',
  'SUPPORTS_RTL',
  'INSTALLED',
  'IS_DATA_ONLY',
  'IS_GAME',
  'FULL_BACKUP_ONLY',
  'USES_CLEARTEXT_TRAFFIC',
  'MULTIARCH',
] as const;

const rank = (word: string): number => {
  const index = (FLAG_ORDER as readonly string[]).indexOf(word);
  return index < 0 ? FLAG_ORDER.length : index;
};

/** `flags=` / `pkgFlags=` words for the package; `factory` drops UPDATED_SYSTEM_APP. */
export const applicationFlags = (pkg: PackageState, factory = false): string[] => {
  const words = new Set(pkg.pkgFlags);
  if (pkg.system) words.add('SYSTEM');
  if (pkg.updatedSystem && !factory) words.add('UPDATED_SYSTEM_APP');
  else words.delete('UPDATED_SYSTEM_APP');
  return [...words].sort((a, b) => rank(a) - rank(b));
};

/** `[ A B ]` — the bracket style of printFlags, empty prints `[ ]`. */
export const bracketWords = (words: readonly string[]): string =>
  words.length === 0 ? '[ ]' : `[ ${words.join(' ')} ]`;

/**
 * Hard- and soft-restricted permissions (PermissionInfo.FLAG_HARD_RESTRICTED /
 * FLAG_SOFT_RESTRICTED in frameworks/base/core/res/AndroidManifest.xml); from Android 10
 * `requested permissions:` appends `: restricted=true` to them.
 */
export const RESTRICTED_PERMISSIONS: ReadonlySet<string> = new Set([
  'android.permission.SEND_SMS',
  'android.permission.RECEIVE_SMS',
  'android.permission.READ_SMS',
  'android.permission.RECEIVE_WAP_PUSH',
  'android.permission.RECEIVE_MMS',
  'android.permission.READ_CELL_BROADCASTS',
  'android.permission.READ_CALL_LOG',
  'android.permission.WRITE_CALL_LOG',
  'android.permission.PROCESS_OUTGOING_CALLS',
  'android.permission.ACCESS_BACKGROUND_LOCATION',
  'android.permission.READ_EXTERNAL_STORAGE',
  'android.permission.WRITE_EXTERNAL_STORAGE',
]);

/** Supplementary gids granted with install permissions (etc/permissions/platform.xml). */
const PERMISSION_GIDS: Readonly<Record<string, number>> = {
  'android.permission.BLUETOOTH_ADMIN': 3001,
  'android.permission.BLUETOOTH': 3002,
  'android.permission.INTERNET': 3003,
  'android.permission.NET_ADMIN': 3005,
};

export const gidsOf = (pkg: PackageState): number[] =>
  pkg.installPermissions
    .map((name) => PERMISSION_GIDS[name])
    .filter((gid): gid is number => gid !== undefined)
    .sort((a, b) => a - b);
