// `pm hide|unhide`, `pm suspend|unsuspend`, `pm uninstall [-k] [--user N]`,
// `pm install-existing`, `pm clear` (PackageManagerShellCommand.runSetHiddenSetting, runSuspend,
// runUninstall, runInstallExisting, runClear).
import { createPackageUserState } from '../../android/phone-state';
import { securityException } from '../shell-command-args';
import type { PmContext, PmVerb } from './pm-context';
import {
  CURRENT_USER,
  checkUserAccess,
  findPackage,
  readUserOption,
  readUserOptions,
  userExists,
  userStateOf,
} from './pm-context';

const readUserAndPackage = (pm: PmContext): { userId: number; name: string | undefined } => {
  const userId = readUserOptions(pm);
  return { userId, name: pm.args.next() };
};

export const runSetHidden =
  (hidden: boolean): PmVerb =>
  (pm) => {
    const { userId, name } = readUserAndPackage(pm);
    if (name === undefined) {
      pm.err('Error: no package or component specified');
      return 1;
    }
    if (pm.command.runAs !== 'root') {
      throw securityException('Neither user 2000 nor current process has android.permission.MANAGE_USERS.', [
        'android.app.ContextImpl.enforce(ContextImpl.java:2189)',
        'android.app.ContextImpl.enforceCallingOrSelfPermission(ContextImpl.java:2217)',
        'com.android.server.pm.PackageManagerService.setApplicationHiddenSettingAsUser(PackageManagerService.java:16180)',
        'com.android.server.pm.PackageManagerShellCommand.runSetHiddenSetting(PackageManagerShellCommand.java:2223)',
        'com.android.server.pm.PackageManagerShellCommand.onCommand(PackageManagerShellCommand.java:250)',
      ]);
    }
    const pkg = findPackage(pm.state, name);
    const user = pkg?.users[userId];
    if (user !== undefined) user.hidden = hidden;
    pm.out(`Package ${name} new hidden state: ${user === undefined ? 'true' : String(user.hidden)}`);
    return 0;
  };

const isDeviceAdmin = (pm: PmContext, name: string): boolean => {
  const { devicePolicy } = pm.state;
  const owns = (component: string): boolean => component.split('/')[0] === name;
  return (
    (devicePolicy.deviceOwner !== undefined && owns(devicePolicy.deviceOwner.component)) ||
    devicePolicy.profileOwners.some((owner) => owns(owner.component)) ||
    devicePolicy.activeAdmins.some((admin) => owns(admin.component))
  );
};

/**
 * SuspendPackageHelper refuses some packages without an error (device admins, the home app,
 * the dialer): the state simply stays false.
 */
const cannotSuspend = (pm: PmContext, name: string): boolean => {
  const handles = findPackage(pm.state, name)?.components.handles ?? [];
  return isDeviceAdmin(pm, name) || handles.includes('home') || handles.includes('dialer');
};

export const runSuspend =
  (suspend: boolean): PmVerb =>
  (pm) => {
    const { userId, name } = readUserAndPackage(pm);
    if (name === undefined) {
      pm.err('Error: package name not specified');
      return 1;
    }
    if (pm.sdk < 28 && pm.command.runAs !== 'root') {
      throw securityException('Neither user 2000 nor current process has android.permission.MANAGE_USERS.');
    }
    // runSuspend: the suspending package is "root" for uid 0, otherwise com.android.shell.
    const caller = pm.command.runAs === 'root' ? 'root' : 'com.android.shell';
    const pkg = findPackage(pm.state, name);
    const user = pkg === undefined ? undefined : userStateOf(pkg, userId);
    if (user === undefined) {
      pm.out(`java.lang.IllegalArgumentException: Unknown target package: ${name}`);
      return 1;
    }
    if (suspend && cannotSuspend(pm, name)) {
      pm.out(`Package ${name} new suspended state: ${String(user.suspended)}`);
      return 0;
    }
    const others = user.suspendingPackages.filter((candidate) => candidate !== caller);
    user.suspendingPackages = suspend ? [...others, caller] : others;
    user.suspended = user.suspendingPackages.length > 0;
    pm.out(`Package ${name} new suspended state: ${String(user.suspended)}`);
    return 0;
  };

/** runUninstall: `--user N` removes the package for one user; without it, for every user. */
export const runUninstall: PmVerb = (pm) => {
  let userId: number | undefined;
  let keepData = false;
  for (let option = pm.args.nextOption(); option !== undefined; option = pm.args.nextOption()) {
    if (option === '--user') userId = readUserOption(pm);
    else if (option === '-k') keepData = true;
  }
  const name = pm.args.next();
  if (name === undefined) {
    pm.err('Error: package name not specified');
    return 1;
  }
  if (userId !== undefined) checkUserAccess(pm, userId);
  const reportUser = userId ?? CURRENT_USER;
  const pkg = findPackage(pm.state, name);
  if (pkg === undefined || (userId !== undefined && userStateOf(pkg, userId) === undefined)) {
    pm.out(
      pm.sdk <= 23
        ? `Failure - not installed for ${reportUser}`
        : `Failure [not installed for ${reportUser}]`,
    );
    return 1;
  }
  if (isDeviceAdmin(pm, name)) {
    pm.out('Failure [DELETE_FAILED_DEVICE_POLICY_MANAGER]');
    return 1;
  }
  if (userId === undefined && pkg.system) {
    pm.out('Failure [DELETE_FAILED_INTERNAL_ERROR]');
    return 1;
  }
  const users = userId === undefined ? Object.keys(pkg.users).map(Number) : [userId];
  for (const id of users) {
    const user = pkg.users[id];
    if (user === undefined) continue;
    user.installed = false;
    if (!keepData) {
      user.runtimePermissions = [];
      user.appOps = [];
    }
  }
  const installedAnywhere = Object.values(pkg.users).some((user) => user.installed);
  if (!installedAnywhere && !pkg.system && !keepData) pm.state.packages.delete(name);
  pm.out('Success');
  return 0;
};

export const runInstallExisting: PmVerb = (pm) => {
  const { userId, name } = readUserAndPackage(pm);
  if (name === undefined) {
    pm.err('Error: package name not specified');
    return 1;
  }
  const pkg = findPackage(pm.state, name);
  if (pkg === undefined || !userExists(pm.state, userId)) {
    pm.out(`android.content.pm.PackageManager$NameNotFoundException: Package ${name} doesn't exist`);
    return 1;
  }
  const user = pkg.users[userId];
  if (user === undefined) pkg.users[userId] = createPackageUserState();
  else {
    user.installed = true;
    user.hidden = false;
  }
  pm.out(`Package ${name} installed for user: ${userId}`);
  return 0;
};

/** runClear: clears data, which also resets the user's permission changes and stops the app. */
export const runClear: PmVerb = (pm) => {
  const { userId, name } = readUserAndPackage(pm);
  if (name === undefined) {
    pm.err('Error: no package specified');
    return 1;
  }
  const pkg = findPackage(pm.state, name);
  const user = pkg === undefined ? undefined : userStateOf(pkg, userId);
  if (user === undefined) {
    pm.err('Failed');
    return 1;
  }
  for (const entry of user.runtimePermissions) {
    entry.flags = entry.flags.filter(
      (flag) => flag !== 'USER_SET' && flag !== 'USER_FIXED' && flag !== 'ONE_TIME',
    );
    const keep = entry.flags.some((flag) =>
      ['SYSTEM_FIXED', 'POLICY_FIXED', 'GRANTED_BY_DEFAULT'].includes(flag),
    );
    if (!keep && (pkg?.targetSdk ?? 0) >= 23) entry.granted = false;
  }
  user.stopped = true;
  pm.out('Success');
  return 0;
};
