// The ways to hide an app without deleting its data, in the order the hide-app executor
// probes them (UAD-ng `sync.rs::apply_pkg_state_commands`, Hail's working modes):
// 1. `pm hide` (PackageManagerShellCommand.runSetHiddenSetting) — needs MANAGE_USERS, i.e.
//    root/system since the September 2016 patch (CVE-2016-3833): the shell is refused.
// 2. `pm suspend --user N` (runSuspend; the shell may suspend from Android 9).
// 3. `pm disable-user --user N` (runSetEnabledSetting, COMPONENT_ENABLED_STATE_DISABLED_USER).
// 4. `pm uninstall -k --user N` (runUninstall with DELETE_KEEP_DATA) — only where
//    `cmd package install-existing` (Android 7.0+) can bring it back.
// Each has a read-back test and an exact reverse.
import type { ShellCommand } from '../../adb/shell-arguments';
import type { EnabledState } from '../../snapshot/device-snapshot';
import type { PriorState } from '../action-types';
import { PackageVerb, installExisting, pmPackage, pmUninstallKeepData } from './commands';
import type { PackageView } from './read-package';
import type { AppTarget } from './step-target';

export const HideMethod = {
  Hide: 'hide',
  Suspend: 'suspend',
  DisableUser: 'disable-user',
  UninstallKeepData: 'uninstall-keep-data',
} as const;
export type HideMethod = (typeof HideMethod)[keyof typeof HideMethod];

/** First API level where `cmd package install-existing` exists (Android 7.0). */
export const INSTALL_EXISTING_MIN_SDK = 24;

export type AppState = NonNullable<PriorState['app']>;

export interface HideLadderStep {
  readonly method: HideMethod;
  readonly command: (target: AppTarget) => ShellCommand;
  /** The app state shows this method in effect. */
  readonly holds: (app: AppState) => boolean;
}

export const HIDE_LADDER: readonly HideLadderStep[] = [
  {
    method: HideMethod.Hide,
    command: (target) => pmPackage({ ...target, verb: PackageVerb.Hide }),
    holds: (app) => app.hidden,
  },
  {
    method: HideMethod.Suspend,
    command: (target) => pmPackage({ ...target, verb: PackageVerb.Suspend }),
    holds: (app) => app.suspended,
  },
  {
    method: HideMethod.DisableUser,
    command: (target) => pmPackage({ ...target, verb: PackageVerb.DisableUser }),
    holds: (app) => app.enabled === 'disabled-user',
  },
  {
    method: HideMethod.UninstallKeepData,
    command: pmUninstallKeepData,
    holds: (app) => !app.installed,
  },
];

/** The ladder for this Android version (no uninstall where it could not be restored). */
export const hideLadder = (sdk: number): readonly HideLadderStep[] =>
  HIDE_LADDER.filter(
    (step) => step.method !== HideMethod.UninstallKeepData || sdk >= INSTALL_EXISTING_MIN_SDK,
  );

export const appStateOf = (view: PackageView): AppState => ({
  enabled: view.user?.enabled ?? 'default',
  hidden: view.user?.hidden ?? false,
  suspended: view.user?.suspended ?? false,
  installed: view.installed,
});

/** The method that is in effect now and was not before (what verify records). */
export const methodInEffect = (prior: AppState, now: AppState): HideMethod | undefined =>
  HIDE_LADDER.find((step) => step.holds(now) && !step.holds(prior))?.method;

export const isHidden = (prior: AppState, now: AppState): boolean => methodInEffect(prior, now) !== undefined;

export const sameAppState = (a: AppState, b: AppState): boolean =>
  a.enabled === b.enabled &&
  a.hidden === b.hidden &&
  a.suspended === b.suspended &&
  a.installed === b.installed;

/** Only these enabled states can be set back by the shell (the rest need root). */
const ENABLE_VERB: Partial<Record<EnabledState, PackageVerb>> = {
  default: PackageVerb.DefaultState,
  enabled: PackageVerb.Enable,
  'disabled-user': PackageVerb.DisableUser,
};

/** The commands that take `now` back to `prior`, in a safe order (reinstall first). */
export const reverseCommands = (
  target: AppTarget,
  states: { prior: AppState; now: AppState },
): ShellCommand[] => {
  const { prior, now } = states;
  const commands: ShellCommand[] = [];
  if (prior.installed && !now.installed) commands.push(installExisting(target));
  if (!prior.hidden && now.hidden) commands.push(pmPackage({ ...target, verb: PackageVerb.Unhide }));
  if (!prior.suspended && now.suspended) commands.push(pmPackage({ ...target, verb: PackageVerb.Unsuspend }));
  const enabledVerb = ENABLE_VERB[prior.enabled as EnabledState];
  if (prior.enabled !== now.enabled && enabledVerb !== undefined) {
    commands.push(pmPackage({ ...target, verb: enabledVerb }));
  }
  return commands;
};
