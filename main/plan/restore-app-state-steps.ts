// Restore-plan drafts for one app's state for the user (installed, enabled, hidden,
// suspended), in both directions. Pure. The aspects to change are split in two steps: what
// brings the app back (install-existing, unhide, unsuspend, enable) runs before the grants,
// what takes it away again (hide, suspend, disable-user) runs last — so grants are set while
// the app is installed and visible. Skipped, with reasons:
// - an app the earlier scan had not installed for the user: a restore never uninstalls;
// - taking a protected package away, unless the expert override is given;
// - what the shell cannot do: `pm hide|unhide` without root, `pm suspend` before Android 9
//   without root, enabled states other than default / enabled / disabled-user;
// - reinstalling before Android 7.0 (no `cmd package install-existing`).
import type { AppStateTarget, SkippedStep } from '../actions/action-types';
import { SkipReason } from '../actions/action-types';
import { SUSPEND_BY_SHELL_MIN_SDK, shellSetsEnabled } from '../actions/executors/app-state-change';
import { INSTALL_EXISTING_MIN_SDK } from '../actions/executors/hide-methods';
import { isProtectedPackage } from '../actions/protected-packages';
import type { AppEntry } from '../snapshot/device-snapshot';
import { type RestoreDraft, restoreSkip } from './restore-draft';
import { restoreAppStateText } from './restore-text';

export interface AppStateDrafts {
  /** Brings the app back; runs before the app's grants. */
  readonly back?: RestoreDraft;
  /** Takes the app away again as recorded; runs at the end of the plan. */
  readonly away?: RestoreDraft;
  readonly skipped: readonly SkippedStep[];
}

export interface AppStatePair {
  readonly earlier: AppEntry;
  readonly current: AppEntry;
  readonly userId: number;
  readonly sdk: number;
  /** The current scan's `device.shellHasRoot` (undefined when the phone did not say). */
  readonly shellHasRoot?: boolean;
  readonly expertOverride: boolean;
}

type Aspects = { -readonly [K in keyof AppStateTarget]: AppStateTarget[K] };

const isEmpty = (aspects: Aspects): boolean => Object.keys(aspects).length === 0;

export const appStateDrafts = (pair: AppStatePair): AppStateDrafts => {
  const { earlier: was, current: is, userId } = pair;
  const packageName = is.packageName;
  const skip = (appState: AppStateTarget, reason: SkipReason): SkippedStep =>
    restoreSkip('restore-app-state', { packageName, userId, appState }, reason);
  if (!was.installed) {
    return { skipped: is.installed ? [skip({ installed: false }, SkipReason.KeptInstalled)] : [] };
  }
  const reinstall = !is.installed;
  if (reinstall && pair.sdk < INSTALL_EXISTING_MIN_SDK) {
    return { skipped: [skip({ installed: true }, SkipReason.Unsupported)] };
  }
  const back: Aspects = reinstall ? { installed: true } : {};
  const away: Aspects = {};
  const cannot: Aspects = {};
  // install-existing also unhides (installExistingPackageAsUser).
  if (was.hidden !== (reinstall ? false : is.hidden)) {
    (pair.shellHasRoot === false ? cannot : was.hidden ? away : back).hidden = was.hidden;
  }
  if (was.suspended !== is.suspended) {
    const shellCannot = pair.sdk < SUSPEND_BY_SHELL_MIN_SDK && pair.shellHasRoot !== true;
    (shellCannot ? cannot : was.suspended ? away : back).suspended = was.suspended;
  }
  if (was.enabled !== is.enabled) {
    const shellCannot = !shellSetsEnabled(was.enabled) || !shellSetsEnabled(is.enabled);
    (shellCannot ? cannot : was.enabled === 'disabled-user' ? away : back).enabled = was.enabled;
  }
  const skipped: SkippedStep[] = isEmpty(cannot) ? [] : [skip(cannot, SkipReason.ShellCannot)];
  const protectedAway =
    !isEmpty(away) && isProtectedPackage(packageName, { expertOverride: pair.expertOverride });
  if (protectedAway) skipped.push(skip(away, SkipReason.ProtectedPackage));
  const draft = (appState: Aspects): RestoreDraft | undefined =>
    isEmpty(appState)
      ? undefined
      : {
          kind: 'restore-app-state',
          target: { packageName, userId, appState },
          text: restoreAppStateText({ packageName, userId, appState }),
        };
  const backDraft = draft(back);
  const awayDraft = protectedAway ? undefined : draft(away);
  return {
    ...(backDraft === undefined ? {} : { back: backDraft }),
    ...(awayDraft === undefined ? {} : { away: awayDraft }),
    skipped,
  };
};
