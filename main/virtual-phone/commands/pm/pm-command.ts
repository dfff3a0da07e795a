// `pm …` and `cmd package …`: verb dispatch and the error envelope per version
// (PackageManagerShellCommand.onCommand; Pm.java on Android ≤ 7).
import { sdkOf } from '../../android/phone-state';
import type { CommandContext, VirtualCommand } from '../command';
import { JavaException, ShellArgs } from '../shell-command-args';
import { formatShellCommandError, shellCommandErrorStatus } from '../shell-command-error';
import type { PmContext, PmVerb } from './pm-context';
import { FAILED } from './pm-context';
import { runSetEnabledSetting } from './pm-enabled-state';
import { runList, runPath } from './pm-list';
import { runClear, runInstallExisting, runSetHidden, runSuspend, runUninstall } from './pm-package-state';
import { runGrantRevoke, runResetPermissions, runSetPermissionFlags } from './pm-permissions';

interface VerbEntry {
  readonly run: PmVerb;
  /** First API level with this verb (set-permission-flags arrived in 11). */
  readonly minSdk?: number;
}

const VERBS: Readonly<Record<string, VerbEntry>> = {
  list: { run: runList },
  path: { run: runPath },
  grant: { run: runGrantRevoke(true) },
  revoke: { run: runGrantRevoke(false) },
  'set-permission-flags': { run: runSetPermissionFlags(true), minSdk: 30 },
  'clear-permission-flags': { run: runSetPermissionFlags(false), minSdk: 30 },
  'reset-permissions': { run: runResetPermissions },
  hide: { run: runSetHidden(true) },
  unhide: { run: runSetHidden(false) },
  suspend: { run: runSuspend(true) },
  unsuspend: { run: runSuspend(false) },
  enable: { run: runSetEnabledSetting(1) },
  disable: { run: runSetEnabledSetting(2) },
  'disable-user': { run: runSetEnabledSetting(3) },
  'disable-until-used': { run: runSetEnabledSetting(4) },
  'default-state': { run: runSetEnabledSetting(0) },
  uninstall: { run: runUninstall },
  'install-existing': { run: runInstallExisting, minSdk: 24 },
  clear: { run: runClear },
};

const HELP = [
  'Package manager (package) commands:',
  '  help',
  '    Print this help text.',
  '',
  '  path [--user USER_ID] PACKAGE',
  '  list packages [-f] [-d] [-e] [-s] [-3] [-i] [-l] [-u] [-U] [--show-versioncode] [--user USER_ID] [FILTER]',
  '  list permissions [-g] [-f] [-d] [-u] [GROUP]',
  '  list users',
  '  grant [--user USER_ID] PACKAGE PERMISSION',
  '  revoke [--user USER_ID] PACKAGE PERMISSION',
  '  reset-permissions',
  '  enable|disable|disable-user [--user USER_ID] PACKAGE_OR_COMPONENT',
  '  hide|unhide [--user USER_ID] PACKAGE_OR_COMPONENT',
  '  suspend|unsuspend [--user USER_ID] PACKAGE',
  '  uninstall [-k] [--user USER_ID] PACKAGE',
  '  install-existing [--user USER_ID] PACKAGE',
  '',
];

const usesLegacyPm = (sdk: number): boolean => sdk <= 25;

/** Renders a JavaException the way the modelled release does; returns the exit status. */
const reportException = (pm: PmContext, error: JavaException): number => {
  const legacyGrant = usesLegacyPm(pm.sdk) && (pm.verb === 'grant' || pm.verb === 'revoke');
  let legacyPrefix: string | undefined;
  if (legacyGrant)
    legacyPrefix =
      error.javaClass === 'java.lang.SecurityException' ? 'Operation not allowed' : 'Bad argument';
  pm.command.stderr(
    formatShellCommandError({
      sdk: pm.sdk,
      verb: pm.verb,
      exception: error.javaClass,
      message: error.message,
      frames: error.frames,
      ...(legacyPrefix === undefined ? {} : { legacyPrefix }),
    }),
  );
  return shellCommandErrorStatus(pm.sdk);
};

export const runPackageManager = (context: CommandContext, args: readonly string[]): number => {
  const sdk = sdkOf(context.state);
  const verb = args[0];
  const pm: PmContext = {
    command: context,
    state: context.state,
    sdk,
    verb: verb ?? '',
    args: new ShellArgs(args.slice(1)),
    out: (line) => context.stdout(`${line}\n`),
    err: (line) => context.stderr(`${line}\n`),
  };
  if (verb === undefined || verb === 'help' || verb === '-h') {
    for (const line of HELP) pm.out(line);
    return verb === undefined ? FAILED : 0;
  }
  const entry = Object.hasOwn(VERBS, verb) ? VERBS[verb] : undefined;
  if (entry === undefined || sdk < (entry.minSdk ?? 0)) {
    if (usesLegacyPm(sdk)) {
      pm.err(`Error: unknown command '${verb}'`);
      return 1;
    }
    pm.out(`Unknown command: ${verb}`);
    return FAILED;
  }
  try {
    return entry.run(pm);
  } catch (error) {
    if (error instanceof JavaException) return reportException(pm, error);
    throw error;
  }
};

export const pmCommand: VirtualCommand = (context) => runPackageManager(context, context.argv.slice(1));
