// What every `pm` verb handler receives, and package/user lookups shared by the verbs
// (PackageManagerShellCommand.java: getNextOption/translateUserId, PackageManagerService lookups).
import { apkFileNames } from '../../apk/apk-file-names';
import type { PackageState, PackageUserState, PhoneState } from '../../android/phone-state';
import type { CommandContext } from '../command';
import type { ShellArgs } from '../shell-command-args';
import { USER_CURRENT, illegalArgument, parseUserArg, securityException } from '../shell-command-args';

export interface PmContext {
  readonly command: CommandContext;
  readonly state: PhoneState;
  readonly sdk: number;
  readonly verb: string;
  readonly args: ShellArgs;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export type PmVerb = (pm: PmContext) => number;

/** Return value of a failed ShellCommand (`return -1`), as the shell sees it. */
export const FAILED = 255;

/** The current foreground user; the virtual phone always runs user 0 in the foreground. */
export const CURRENT_USER = 0;

/** `--user N` as most verbs read it (UserHandle.parseUserArg); throws on a malformed value. */
export const readUserOption = (pm: PmContext): number => {
  const text = pm.args.next();
  const user = parseUserArg(text);
  if (user === undefined) throw illegalArgument(`Bad user number: ${text ?? 'null'}`);
  return user === USER_CURRENT ? CURRENT_USER : user;
};

/** A verb's options when `--user N` is the only one it reads (the last wins; others are skipped). */
export const readUserOptions = (pm: PmContext): number => {
  let userId = CURRENT_USER;
  for (let option = pm.args.nextOption(); option !== undefined; option = pm.args.nextOption()) {
    if (option === '--user') userId = readUserOption(pm);
  }
  return userId;
};

/**
 * UserController.handleIncomingUser: the shell may not reach users with debugging disallowed.
 * The message carries `"\n " + Debug.getCallers(3)` as a second line (FORMATS.md §0.1).
 */
export const checkUserAccess = (pm: PmContext, userId: number): void => {
  const user = pm.state.users.find((candidate) => candidate.id === userId);
  if (user === undefined || pm.command.runAs === 'root') return;
  if (!(user.shellAccessDenied ?? user.flags > 0xffff)) return;
  const callers =
    'com.android.server.am.ActivityManagerService.handleIncomingUser:15970 ' +
    'android.app.ActivityManager.handleIncomingUser:5152 ' +
    'com.android.server.pm.PackageManagerShellCommand.translateUserId:3733';
  throw securityException(`Shell does not have permission to access user ${userId}\n ${callers}`, [
    'com.android.server.am.UserController.handleIncomingUser(UserController.java:2892)',
    'com.android.server.am.ActivityManagerService.handleIncomingUser(ActivityManagerService.java:15970)',
    'android.app.ActivityManager.handleIncomingUser(ActivityManager.java:5152)',
    'com.android.server.pm.PackageManagerShellCommand.translateUserId(PackageManagerShellCommand.java:3733)',
    `com.android.server.pm.PackageManagerShellCommand.run${pm.verb === 'list' ? 'ListPackages' : 'Uninstall'}(PackageManagerShellCommand.java:1074)`,
  ]);
};

export const findPackage = (state: PhoneState, name: string): PackageState | undefined =>
  state.packages.get(name);

export const userStateOf = (pkg: PackageState, userId: number): PackageUserState | undefined => {
  const entry = pkg.users[userId];
  return entry?.installed === true ? entry : undefined;
};

export const userExists = (state: PhoneState, userId: number): boolean =>
  state.users.some((user) => user.id === userId);

/** Path of every APK of a package (`pm path`, `pm list packages -f`). */
export const apkPaths = (pkg: PackageState): string[] => {
  const files = apkFileNames(pkg);
  return files.map((file) => `${pkg.codePath.replace(/\/$/, '')}/${file}`);
};
