// `pm list packages|users|permissions` and `pm path`, formatted as
// PackageManagerShellCommand.runListPackages / runListUsers / runListPermissions / runPath print.
import { EnabledSetting, uidOf } from '../../android/phone-state';
import { platformGroups, runtimePermissionsAt } from '../permission-catalogue';
import { USER_ALL } from '../shell-command-args';
import type { PmContext, PmVerb } from './pm-context';
import {
  CURRENT_USER,
  FAILED,
  apkPaths,
  checkUserAccess,
  findPackage,
  readUserOption,
  readUserOptions,
  userStateOf,
} from './pm-context';

const isEnabled = (setting: number): boolean =>
  setting === EnabledSetting.Default || setting === EnabledSetting.Enabled;

/** Pm.java (≤ 7) prints to stderr and returns 1; PackageManagerShellCommand prints to stdout, -1. */
const unknownOption = (pm: PmContext, option: string): number => {
  if (pm.sdk <= 25) {
    pm.err(`Error: Unknown option: ${option}`);
    return 1;
  }
  pm.out(`Error: Unknown option: ${option}`);
  return FAILED;
};

const listPackages: PmVerb = (pm) => {
  const flags = new Set<string>();
  // Android 13+ lists every user when no --user is given (so a locked profile fails the call).
  let userId = pm.sdk >= 33 ? USER_ALL : CURRENT_USER;
  for (let option = pm.args.nextOption(); option !== undefined; option = pm.args.nextOption()) {
    if (['-d', '-e', '-f', '-i', '-l', '-s', '-3', '-u'].includes(option)) flags.add(option);
    else if (pm.sdk >= 26 && ['-U', '-a', '--show-versioncode'].includes(option)) flags.add(option);
    else if (option === '--user') userId = readUserOption(pm);
    else return unknownOption(pm, option);
  }
  const filter = pm.args.next();
  const users = userId === USER_ALL ? pm.state.users.map((user) => user.id) : [userId];
  for (const user of users) checkUserAccess(pm, user);
  const lines: string[] = [];
  for (const pkg of pm.state.packages.values()) {
    const entries = users.map((user) => ({ user, state: pkg.users[user] }));
    const includeUninstalled = flags.has('-u') || flags.has('-a');
    const visible = includeUninstalled
      ? entries[0]
      : entries.find(({ state }) => state?.installed === true && !state.hidden);
    if (visible === undefined) continue;
    const userState = visible.state ?? userStateOf(pkg, visible.user);
    const enabled = isEnabled(userState?.enabled ?? EnabledSetting.Default);
    if (flags.has('-d') && enabled) continue;
    if (flags.has('-e') && !enabled) continue;
    if (flags.has('-s') && !pkg.system) continue;
    if (flags.has('-3') && pkg.system) continue;
    if (filter !== undefined && !pkg.name.includes(filter)) continue;
    let line = 'package:';
    if (flags.has('-f')) line += `${apkPaths(pkg)[0] ?? ''}=`;
    line += pkg.name;
    if (flags.has('--show-versioncode')) line += ` versionCode:${pkg.versionCode}`;
    if (flags.has('-i')) {
      line += `  installer=${pkg.installer ?? 'null'}`;
    }
    if (flags.has('-U')) {
      // With every user listed, -U prints each user's uid: `uid:10150,1010150`.
      const inUsers =
        userId === USER_ALL ? entries.filter(({ state }) => state?.installed === true) : [visible];
      line += ` uid:${(inUsers.length > 0 ? inUsers : [visible]).map(({ user }) => uidOf(pkg.appId, user)).join(',')}`;
    }
    lines.push(line);
  }
  for (const line of lines) pm.out(line);
  return 0;
};

const listUsers: PmVerb = (pm) => {
  pm.out('Users:');
  for (const user of pm.state.users) {
    pm.out(`\tUserInfo{${user.id}:${user.name}:${user.flags.toString(16)}}${user.running ? ' running' : ''}`);
  }
  return 0;
};

/** runListPermissions with `-g` (grouped) and `-d` (dangerous only), the form PrivacyScope uses. */
const listPermissions: PmVerb = (pm) => {
  const flags = new Set<string>();
  for (let option = pm.args.nextOption(); option !== undefined; option = pm.args.nextOption()) {
    if (['-g', '-d', '-f', '-s', '-u'].includes(option)) flags.add(option);
    else return unknownOption(pm, option);
  }
  const permissions = [
    ...runtimePermissionsAt(pm.sdk),
    ...[...pm.state.packages.values()].flatMap((pkg) =>
      pkg.declaredPermissions
        .filter((declared) => declared.protectionLevel.split('|').includes('dangerous'))
        .map((declared) => ({ name: declared.name, since: 0, group: '' })),
    ),
  ];
  if (flags.has('-d')) pm.out('Dangerous Permissions:');
  else pm.out('All Permissions:');
  pm.out('');
  if (!flags.has('-g')) {
    for (const permission of permissions) pm.out(`permission:${permission.name}`);
    return 0;
  }
  for (const group of platformGroups(pm.sdk)) {
    pm.out(`group:${group}`);
    for (const permission of permissions.filter((candidate) => candidate.group === group)) {
      pm.out(`  permission:${permission.name}`);
    }
    pm.out('');
  }
  const ungrouped = permissions.filter((permission) => permission.group === '');
  if (ungrouped.length > 0) {
    pm.out('ungrouped:');
    for (const permission of ungrouped) pm.out(`  permission:${permission.name}`);
    pm.out('');
  }
  return 0;
};

export const runList: PmVerb = (pm) => {
  const type = pm.args.next();
  if (type === undefined) {
    pm.err("Error: didn't specify type of data to list");
    return FAILED;
  }
  switch (type) {
    case 'packages':
    case 'package':
      return listPackages(pm);
    case 'users':
      return listUsers(pm);
    case 'permissions':
      return listPermissions(pm);
    case 'permission-groups':
      for (const group of platformGroups(pm.sdk)) pm.out(`permission group:${group}`);
      return 0;
    default:
      pm.err(`Error: unknown list type '${type}'`);
      return FAILED;
  }
};

export const runPath: PmVerb = (pm: PmContext) => {
  const userId = readUserOptions(pm);
  const name = pm.args.next();
  if (name === undefined) {
    pm.err('Error: package name not specified');
    return 1;
  }
  const pkg = findPackage(pm.state, name);
  if (pkg === undefined || userStateOf(pkg, userId) === undefined) return 1;
  for (const path of apkPaths(pkg)) pm.out(`package:${path}`);
  return 0;
};
