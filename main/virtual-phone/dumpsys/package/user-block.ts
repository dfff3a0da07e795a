// The per-user part of a package block (`    User N: …` and its 6-space children), as
// Settings.dumpPackageLPr prints it; the fields of the `User N:` line follow the version
// (FORMATS.md §1.4): ceDataInode from 7.0, instant 8.0, virtual 9, distractionFlags 11,
// deDataInode/appLockEnabled/quarantined and the moved firstInstallTime/dataDir in 16.
import {
  createPackageUserState,
  type PackageState,
  type PackageUserState,
  type RuntimePermissionState,
} from '../../android/phone-state';
import { Sdk, type DumpContext } from '../dump-context';
import { hash32 } from '../identity';
import { formatLocalDateTime } from '../time-format';
import { gidsOf } from './package-flags';

const EMPTY_USER_STATE = createPackageUserState({ installed: false });

/** `flags=[ A B ]` before Android 10, `flags=[ A|B]` from 10 (PermissionsState dump). */
export const runtimePermissionLine = (permission: RuntimePermissionState, sdk: number): string => {
  const base = `${permission.name}: granted=${permission.granted}`;
  if (permission.flags.length === 0) return base;
  const flags = sdk >= Sdk.Q ? `[ ${permission.flags.join('|')}]` : `[ ${permission.flags.join(' ')} ]`;
  return `${base}, flags=${flags}`;
};

const userLine = (options: {
  pkg: PackageState;
  userId: number;
  user: PackageUserState;
  sdk: number;
}): string => {
  const { pkg, userId, user, sdk } = options;
  const inode = 100_000 + (hash32(`${pkg.name}/${userId}`) % 900_000);
  const fields: string[] = [];
  if (sdk >= Sdk.B) {
    fields.push(`ceDataInode=${user.notLaunched ? 0 : inode}`, `deDataInode=${inode + 7}`);
  } else if (sdk >= 24) {
    fields.push(`ceDataInode=${inode}`);
  }
  fields.push(`installed=${user.installed}`, `hidden=${user.hidden}`);
  if (sdk >= 24) fields.push(`suspended=${user.suspended}`);
  if (sdk >= Sdk.B) fields.push('appLockEnabled=false');
  if (sdk >= Sdk.R) fields.push('distractionFlags=0');
  fields.push(`stopped=${user.stopped}`, `notLaunched=${user.notLaunched}`, `enabled=${user.enabled}`);
  if (sdk >= Sdk.O) fields.push('instant=false');
  if (sdk >= Sdk.P) fields.push('virtual=false');
  if (sdk >= Sdk.B) fields.push('quarantined=false');
  // Android 6 printed the user id and the fields with two spaces between them.
  return `    User ${userId}:${sdk >= 24 ? ' ' : '  '}${fields.join(' ')}`;
};

/** Lines of one `User N:` block of a package (or of the factory copy of an updated app). */
export const userBlockLines = (
  context: DumpContext,
  options: { pkg: PackageState; userId: number; firstInstallTime: number; withPermissions: boolean },
): string[] => {
  const { pkg, userId, withPermissions } = options;
  const { sdk, state } = context;
  const user = pkg.users[userId] ?? EMPTY_USER_STATE;
  const lines = [userLine({ pkg, userId, user, sdk })];
  if (sdk >= Sdk.B) {
    lines.push(
      '      installReason=0',
      `      dataDir=/data/user/${userId}/${pkg.name}`,
      `      firstInstallTime=${formatLocalDateTime(user.firstInstallTime ?? options.firstInstallTime, state.timeZone)}`,
      '      uninstallReason=0',
    );
  }
  if (user.lastDisabledCaller !== undefined) {
    lines.push(`      lastDisabledCaller: ${user.lastDisabledCaller}`);
  }
  if (!withPermissions) return lines;
  const gids = gidsOf(pkg);
  if (gids.length > 0) lines.push(`      gids=[${gids.join(', ')}]`);
  if (user.runtimePermissions.length > 0 || sdk >= Sdk.U) {
    lines.push('      runtime permissions:');
    for (const permission of user.runtimePermissions) {
      lines.push(`        ${runtimePermissionLine(permission, sdk)}`);
    }
  }
  return lines;
};
