// Moving one app between two states for one user (installed, enabled, hidden, suspended) in
// either direction, as exact shell commands (PackageManagerShellCommand.runInstallExisting,
// runSetHiddenSetting, runSuspend, runSetEnabledSetting, runUninstall -k). Pure: the
// restore-app-state executor runs them, the restore planner previews them. What the shell
// cannot do is a StepNotApplicable: it may only move a package between default, enabled and
// disabled-user (runSetEnabledSetting's shell check on the old *and* the new state).
import type { ShellCommand } from '../../adb/shell-arguments';
import type { EnabledState } from '../../snapshot/device-snapshot';
import type { AppStateTarget } from '../action-types';
import { SkipReason } from '../action-types';
import { StepNotApplicable } from './action-refused';
import { PackageVerb, installExisting, pmPackage, pmUninstallKeepData } from './commands';
import { type AppState, INSTALL_EXISTING_MIN_SDK } from './hide-methods';
import type { AppTarget } from './step-target';

/** From Android 9 the shell may suspend (SUSPEND_APPS); before, `pm suspend` needs MANAGE_USERS. */
export const SUSPEND_BY_SHELL_MIN_SDK = 28;

const ENABLE_VERB: Partial<Record<EnabledState, PackageVerb>> = {
  default: PackageVerb.DefaultState,
  enabled: PackageVerb.Enable,
  'disabled-user': PackageVerb.DisableUser,
};

/** The shell can move a package from and to this enabled state. */
export const shellSetsEnabled = (state: string): boolean => ENABLE_VERB[state as EnabledState] !== undefined;

/** The state once the target's aspects are applied to `now` (absent aspects stay). */
export const wantedAppState = (now: AppState, aspects: AppStateTarget): AppState => ({
  enabled: aspects.enabled ?? now.enabled,
  hidden: aspects.hidden ?? now.hidden,
  suspended: aspects.suspended ?? now.suspended,
  installed: aspects.installed ?? now.installed,
});

/** Every aspect the target names reads back as wanted. */
export const showsAspects = (now: AppState, aspects: AppStateTarget): boolean =>
  (aspects.installed === undefined || now.installed === aspects.installed) &&
  (aspects.enabled === undefined || now.enabled === aspects.enabled) &&
  (aspects.hidden === undefined || now.hidden === aspects.hidden) &&
  (aspects.suspended === undefined || now.suspended === aspects.suspended);

/** The aspects that take an app away from the user (never done to a protected package). */
export const takesAway = (aspects: AppStateTarget): boolean =>
  aspects.hidden === true ||
  aspects.suspended === true ||
  aspects.installed === false ||
  (aspects.enabled !== undefined && aspects.enabled !== 'default' && aspects.enabled !== 'enabled');

/**
 * The commands that take `from` to `to`: install-existing first (it also unhides:
 * installExistingPackageAsUser), then hidden, suspended, enabled, and `uninstall -k` last
 * (only an undo asks for it: the prior state was "not installed", data is kept).
 */
export const appStateCommands = (
  target: AppTarget,
  states: { readonly from: AppState; readonly to: AppState; readonly sdk: number },
): ShellCommand[] => {
  const { from, to, sdk } = states;
  const commands: ShellCommand[] = [];
  let hidden = from.hidden;
  if (to.installed && !from.installed) {
    if (sdk < INSTALL_EXISTING_MIN_SDK) {
      throw new StepNotApplicable(
        SkipReason.Unsupported,
        `cmd package install-existing needs Android 7.0 (API ${INSTALL_EXISTING_MIN_SDK})`,
      );
    }
    commands.push(installExisting(target));
    hidden = false;
  }
  if (to.hidden !== hidden) {
    commands.push(pmPackage({ ...target, verb: to.hidden ? PackageVerb.Hide : PackageVerb.Unhide }));
  }
  if (to.suspended !== from.suspended) {
    const verb = to.suspended ? PackageVerb.Suspend : PackageVerb.Unsuspend;
    commands.push(pmPackage({ ...target, verb }));
  }
  if (to.enabled !== from.enabled) {
    const verb = ENABLE_VERB[to.enabled as EnabledState];
    if (verb === undefined || !shellSetsEnabled(from.enabled)) {
      throw new StepNotApplicable(
        SkipReason.ShellCannot,
        `the shell cannot change ${target.packageName} from ${from.enabled} to ${to.enabled}`,
      );
    }
    commands.push(pmPackage({ ...target, verb }));
  }
  if (!to.installed && from.installed) commands.push(pmUninstallKeepData(target));
  return commands;
};

/**
 * A state from which exactly the target's aspects need a command (for the plan preview,
 * which does not read the phone): each named aspect starts at its opposite.
 */
export const oppositeOf = (aspects: AppStateTarget): AppState => ({
  enabled:
    aspects.enabled === undefined ? 'default' : aspects.enabled === 'default' ? 'disabled-user' : 'default',
  hidden: aspects.hidden === undefined ? false : !aspects.hidden,
  suspended: aspects.suspended === undefined ? false : !aspects.suspended,
  installed: aspects.installed === undefined ? true : !aspects.installed,
});
