// The mutating commands executors send, each built from validated parts. AOSP sources:
// PackageManagerShellCommand (runGrantRevokePermission, runSetPermissionFlags 11+,
// runSetHiddenSetting, runSuspend, runSetEnabledSetting, runUninstall, runInstallExisting),
// AppOpsService.Shell (set / reset), ActivityManagerShellCommand.runForceStop,
// NotificationManagerService ShellCmd (allow_listener / disallow_listener, 8.1+).
import type { AppOpMode, ShellCommand } from '../../adb/shell-arguments';
import { arg, shellCommand } from '../../adb/shell-arguments';
import type { AppTarget } from './step-target';
import { toPmFlag } from './permission-flags';

type PermissionTarget = AppTarget & { readonly permission: string };

const user = (target: AppTarget) => ['--user', arg.user(target.userId)] as const;
const pkg = (target: AppTarget) => arg.package(target.packageName);

export const pmGrant = (target: PermissionTarget): ShellCommand =>
  shellCommand('pm', 'grant', ...user(target), pkg(target), arg.permission(target.permission));

export const pmRevoke = (target: PermissionTarget): ShellCommand =>
  shellCommand('pm', 'revoke', ...user(target), pkg(target), arg.permission(target.permission));

/** `pm set-permission-flags` / `clear-permission-flags` with dumpsys flag names (USER_FIXED). */
export const pmPermissionFlags = (
  target: PermissionTarget & { readonly flags: readonly string[]; readonly set: boolean },
): ShellCommand =>
  shellCommand(
    'pm',
    target.set ? 'set-permission-flags' : 'clear-permission-flags',
    ...user(target),
    pkg(target),
    arg.permission(target.permission),
    ...target.flags.map((flag) => arg.permissionFlag(toPmFlag(flag))),
  );

export const amForceStop = (target: AppTarget): ShellCommand =>
  shellCommand('am', 'force-stop', ...user(target), pkg(target));

export const appOpsSet = (
  target: AppTarget & { readonly op: string; readonly mode: AppOpMode; readonly uid?: boolean },
): ShellCommand =>
  shellCommand(
    'appops',
    'set',
    ...user(target),
    ...(target.uid === true ? ['--uid'] : []),
    pkg(target),
    arg.appOp(target.op),
    arg.appOpMode(target.mode),
  );

export const appOpsReset = (target: AppTarget): ShellCommand =>
  shellCommand('appops', 'reset', ...user(target), pkg(target));

export const PackageVerb = {
  Hide: 'hide',
  Unhide: 'unhide',
  Suspend: 'suspend',
  Unsuspend: 'unsuspend',
  DisableUser: 'disable-user',
  Enable: 'enable',
  DefaultState: 'default-state',
} as const;
export type PackageVerb = (typeof PackageVerb)[keyof typeof PackageVerb];

/** `pm <verb> --user N <pkg>` for hide/unhide, suspend/unsuspend, disable-user/enable/default-state. */
export const pmPackage = (target: AppTarget & { readonly verb: PackageVerb }): ShellCommand =>
  shellCommand('pm', target.verb, ...user(target), pkg(target));

/** `pm uninstall -k --user N <pkg>`: removes the app for one user and keeps its data. */
export const pmUninstallKeepData = (target: AppTarget): ShellCommand =>
  shellCommand('pm', 'uninstall', '-k', ...user(target), pkg(target));

/** `cmd package install-existing --user N <pkg>` (Android 7.0+): brings it back for that user. */
export const installExisting = (target: AppTarget): ShellCommand =>
  shellCommand('cmd', 'package', 'install-existing', ...user(target), pkg(target));

export const notificationListener = (target: {
  readonly component: string;
  readonly userId: number;
  readonly allow: boolean;
}): ShellCommand =>
  shellCommand(
    'cmd',
    'notification',
    target.allow ? 'allow_listener' : 'disallow_listener',
    arg.component(target.component),
    arg.user(target.userId),
  );

/** The command as the plan preview shows it (arguments are validated, no quoting needed). */
export const commandText = (command: ShellCommand): string => command.argv.join(' ');
