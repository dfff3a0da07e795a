// Cross-section facts, settled once the whole dump is read:
// - a package also listed under `Hidden system packages:` is an updated system app;
// - before Android 12 a shared-uid package prints no permissions of its own: its install and
//   runtime grants are printed once under `Shared users:` (`Settings.dumpSharedUsersLPr`), so
//   they are copied to every member whose own lists are empty (flagged `…FromSharedUser`).
import type { ParsedPackage, ParsedSharedUser, ParsedUserState } from './types';

const withSharedUser = (pkg: ParsedPackage, shared: ParsedSharedUser): ParsedPackage => {
  const takeInstall = pkg.installPermissions.length === 0 && shared.installPermissions.length > 0;
  let users = pkg.users;
  for (const [userId, state] of pkg.users) {
    const runtime = shared.runtimePermissions.get(userId);
    if (state.runtimePermissions.length > 0 || runtime === undefined || runtime.length === 0) continue;
    if (users === pkg.users) users = new Map(pkg.users);
    const merged: ParsedUserState = {
      ...state,
      runtimePermissions: runtime,
      runtimePermissionsFromSharedUser: true,
    };
    (users as Map<number, ParsedUserState>).set(userId, merged);
  }
  if (!takeInstall && users === pkg.users) return pkg;
  return {
    ...pkg,
    users,
    ...(takeInstall
      ? { installPermissions: shared.installPermissions, installPermissionsFromSharedUser: true }
      : {}),
  };
};

export interface FinishedDump {
  readonly packages: ReadonlyMap<string, ParsedPackage>;
  readonly sharedUsers: ReadonlyMap<string, ParsedSharedUser>;
}

export const finishDump = (input: {
  packages: ReadonlyMap<string, ParsedPackage>;
  hiddenSystemPackages: ReadonlyMap<string, ParsedPackage>;
  sharedUsers: ReadonlyMap<string, ParsedSharedUser>;
}): FinishedDump => {
  const members = new Map<string, string[]>();
  for (const [name, shared] of input.sharedUsers) members.set(name, [...shared.members]);
  const packages = new Map<string, ParsedPackage>();
  for (const [name, original] of input.packages) {
    let pkg = original;
    if (!pkg.isUpdatedSystem && input.hiddenSystemPackages.has(name)) pkg = { ...pkg, isUpdatedSystem: true };
    const shared = pkg.sharedUser === undefined ? undefined : input.sharedUsers.get(pkg.sharedUser);
    if (shared !== undefined) {
      pkg = withSharedUser(pkg, shared);
      const list = members.get(shared.name);
      if (list !== undefined && !list.includes(name)) list.push(name);
    }
    packages.set(name, pkg);
  }
  const sharedUsers = new Map<string, ParsedSharedUser>();
  for (const [name, shared] of input.sharedUsers) {
    sharedUsers.set(name, { ...shared, members: members.get(name) ?? shared.members });
  }
  return { packages, sharedUsers };
};
