// `pm grant|revoke`, `pm set-permission-flags|clear-permission-flags`, `pm reset-permissions`
// (PackageManagerShellCommand.runGrantRevokePermission / runSetPermissionFlags /
// runResetPermissions), with the permission service's checks per version (permission-rules.ts).
// A shell revoke changes only the grant: it does NOT set USER_SET (that is the Settings UI).
import { syncPermissionAppOp } from '../../android/permission-op-sync';
import type { PackageState, PermissionFlag, RuntimePermissionState } from '../../android/phone-state';
import { illegalArgument, securityException } from '../shell-command-args';
import type { PmContext, PmVerb } from './pm-context';
import { findPackage, readUserOptions, userStateOf } from './pm-context';
import { PermissionKind, enforceFrames, grantFrames, isRequested, permissionKind } from './permission-rules';

const LEGACY_TARGET_SDK = 23;

const enforceShellMayChange = (pm: PmContext, grant: boolean): void => {
  const { quirks } = pm.state;
  if (
    pm.command.runAs === 'root' ||
    !quirks.miuiSecurityDebuggingRequired ||
    quirks.miuiSecurityDebuggingEnabled
  )
    return;
  const method = grant ? 'grantRuntimePermission' : 'revokeRuntimePermission';
  const needed = grant ? 'GRANT_RUNTIME_PERMISSIONS' : 'REVOKE_RUNTIME_PERMISSIONS';
  throw securityException(
    `${method}: Neither user 2000 nor current process has android.permission.${needed}.`,
    enforceFrames(pm.sdk, grant),
  );
};

const permissionEntry = (
  pm: PmContext,
  pkg: PackageState,
  userId: number,
  name: string,
): RuntimePermissionState => {
  const user = userStateOf(pkg, userId);
  if (user === undefined) throw illegalArgument(`Unknown package: ${pkg.name}`);
  let entry = user.runtimePermissions.find((permission) => permission.name === name);
  if (entry === undefined) {
    entry = { name, granted: false, flags: [] };
    user.runtimePermissions.push(entry);
  }
  return entry;
};

/** Checks in the order of the modelled release; returns false for a silent no-op. */
const checkGrantRevoke = (
  pm: PmContext,
  options: { pkg: PackageState | undefined; name: string; grant: boolean; userId: number },
): options is typeof options & { pkg: PackageState } => {
  const { sdk } = pm;
  const { pkg, name, grant, userId } = options;
  if (pkg === undefined || userStateOf(pkg, userId) === undefined) {
    if (sdk >= 30) return false;
    throw illegalArgument(
      `Unknown package: ${options.pkg?.name ?? pm.args.peek() ?? name}`,
      grantFrames(sdk, { grant }),
    );
  }
  const kind = permissionKind(pm.state, sdk, name);
  if (kind === PermissionKind.Unknown)
    throw illegalArgument(`Unknown permission: ${name}`, grantFrames(sdk, { grant }));
  const changeable = kind === PermissionKind.Runtime || kind === PermissionKind.Development;
  const notChangeable = (): Error =>
    securityException(
      sdk <= 25
        ? `Permission ${name} is not a changeable permission type`
        : `Permission ${name} requested by ${pkg.name} is not a changeable permission type`,
      grantFrames(sdk, { grant, enforce: true }),
    );
  const notRequested = (): Error =>
    securityException(
      `Package ${pkg.name} has not requested permission ${name}`,
      grantFrames(sdk, { grant, enforce: true }),
    );
  if (sdk >= 30) {
    if (!changeable) throw notChangeable();
    if (!isRequested(pkg, userId, name)) {
      if (sdk >= 36) return false;
      throw notRequested();
    }
  } else {
    if (!isRequested(pkg, userId, name)) throw notRequested();
    if (!changeable) throw notChangeable();
  }
  if (pkg.targetSdk < LEGACY_TARGET_SDK && kind === PermissionKind.Runtime) return false;
  return true;
};

const checkFixedFlags = (
  pm: PmContext,
  options: { entry: RuntimePermissionState; pkg: string; grant: boolean },
): boolean => {
  const { entry, pkg, grant } = options;
  const { sdk } = pm;
  const frames = grantFrames(sdk, { grant });
  if (entry.flags.includes('SYSTEM_FIXED')) {
    if (grant && sdk >= 30) return false;
    const message = grant
      ? `Cannot grant system fixed permission ${entry.name} for package ${pkg}`
      : sdk <= 25
        ? `Cannot revoke system fixed permission ${entry.name} for package ${pkg}`
        : `Non-System UID cannot revoke system fixed permission ${entry.name} for package ${pkg}`;
    throw securityException(message, frames);
  }
  if (entry.flags.includes('POLICY_FIXED')) {
    if (grant && sdk >= 30) return false;
    throw securityException(
      `Cannot ${grant ? 'grant' : 'revoke'} policy fixed permission ${entry.name} for package ${pkg}`,
      frames,
    );
  }
  return true;
};

export const runGrantRevoke =
  (grant: boolean): PmVerb =>
  (pm) => {
    const userId = readUserOptions(pm);
    const packageName = pm.args.next();
    if (packageName === undefined) {
      pm.err('Error: no package specified');
      return 1;
    }
    const name = pm.args.next();
    if (name === undefined) {
      pm.err('Error: no permission specified');
      return 1;
    }
    enforceShellMayChange(pm, grant);
    const pkg = findPackage(pm.state, packageName);
    if (pkg === undefined && pm.sdk < 30)
      throw illegalArgument(`Unknown package: ${packageName}`, grantFrames(pm.sdk, { grant }));
    const target = { pkg, name, grant, userId };
    if (!checkGrantRevoke(pm, target)) return 0;
    if (permissionKind(pm.state, pm.sdk, name) === PermissionKind.Development) {
      // Development permissions are install-time state ("install permissions:" in dumpsys).
      const held = target.pkg.installPermissions.filter((permission) => permission !== name);
      target.pkg.installPermissions = grant ? [...held, name] : held;
      return 0;
    }
    const entry = permissionEntry(pm, target.pkg, userId, name);
    if (!checkFixedFlags(pm, { entry, pkg: packageName, grant })) return 0;
    entry.granted = grant;
    syncPermissionAppOp({ pkg: target.pkg, userId, permission: name, sdk: pm.sdk });
    return 0;
  };

/** PackageManagerShellCommand.SUPPORTED_PERMISSION_FLAGS (Android 11+). */
const SUPPORTED_FLAGS: readonly string[] = [
  'user-set',
  'user-fixed',
  'revoked-compat',
  'review-required',
  'revoke-when-requested',
  'user-sensitive-when-granted',
  'user-sensitive-when-denied',
  'restriction-installer-exempt',
  'restriction-system-exempt',
  'restriction-upgrade-exempt',
  'apply-restriction',
  'one-time',
];

const flagName = (flag: string): PermissionFlag => flag.toUpperCase().replaceAll('-', '_') as PermissionFlag;

export const runSetPermissionFlags =
  (set: boolean): PmVerb =>
  (pm) => {
    const userId = readUserOptions(pm);
    const packageName = pm.args.next();
    const name = pm.args.next();
    if (packageName === undefined || name === undefined) {
      pm.err(packageName === undefined ? 'Error: no package specified' : 'Error: no permission specified');
      return 1;
    }
    const flags = pm.args.rest();
    if (flags.length === 0) {
      pm.err('Error: no permission flags specified');
      return 1;
    }
    for (const flag of flags) {
      if (!SUPPORTED_FLAGS.includes(flag)) {
        pm.err(`Error: specified flag ${flag} is not one of ${SUPPORTED_FLAGS.join(', ')}`);
        return 1;
      }
    }
    enforceShellMayChange(pm, true);
    if (permissionKind(pm.state, pm.sdk, name) === PermissionKind.Unknown)
      throw illegalArgument(`Unknown permission: ${name}`);
    const pkg = findPackage(pm.state, packageName);
    if (pkg === undefined || userStateOf(pkg, userId) === undefined || !isRequested(pkg, userId, name))
      return 0;
    const entry = permissionEntry(pm, pkg, userId, name);
    const changed = flags.map(flagName);
    entry.flags = set
      ? [...entry.flags, ...changed.filter((flag) => !entry.flags.includes(flag))]
      : entry.flags.filter((flag) => !changed.includes(flag));
    return 0;
  };

/** Flags a reset clears (PermissionManagerServiceImpl.resetRuntimePermissionsInternal). */
const USER_SETTABLE: readonly PermissionFlag[] = [
  'USER_SET',
  'USER_FIXED',
  'REVOKED_COMPAT',
  'REVIEW_REQUIRED',
  'ONE_TIME',
  'SELECTED_LOCATION_ACCURACY',
];
const KEEPS_GRANT: readonly PermissionFlag[] = ['SYSTEM_FIXED', 'POLICY_FIXED', 'GRANTED_BY_DEFAULT'];

export const runResetPermissions: PmVerb = (pm) => {
  enforceShellMayChange(pm, false);
  for (const pkg of pm.state.packages.values()) {
    for (const [userKey, user] of Object.entries(pkg.users)) {
      for (const entry of user.runtimePermissions) {
        entry.flags = entry.flags.filter((flag) => !USER_SETTABLE.includes(flag));
        if (pkg.targetSdk >= LEGACY_TARGET_SDK && !entry.flags.some((flag) => KEEPS_GRANT.includes(flag))) {
          entry.granted = false;
        }
      }
      for (const entry of user.runtimePermissions) {
        syncPermissionAppOp({ pkg, userId: Number(userKey), permission: entry.name, sdk: pm.sdk });
      }
    }
  }
  return 0;
};
