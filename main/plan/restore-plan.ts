// "Restore a snapshot": the Plan that brings a phone back to what an earlier scan recorded.
// Pure: compares the earlier scan with the current one (same user) and plans, in this order:
// 1. restore-app-state steps that bring apps back (install-existing, unhide, unsuspend, enable);
// 2. restore-grant steps for runtime grants, their shell-settable flags and package op modes
//    (restore-grant-steps.ts);
// 3. set-component-access steps for accessibility services and notification listeners;
// 4. restore-app-state steps that take apps away again as recorded (hide, suspend, disable).
// Skipped, with reasons: apps no longer on the phone, fixed permissions, protected packages,
// what the shell cannot do, and apps the earlier scan had not installed (a restore never
// uninstalls). Apply it with the usual engine (`plan:apply`); each step is undoable.
import { randomUUID } from 'node:crypto';
import type { Plan, PlannedStep, SkippedStep } from '../actions/action-types';
import { SkipReason } from '../actions/action-types';
import { EXECUTORS, StepNotApplicable } from '../actions/executors';
import { PERMISSION_FLAGS_MIN_SDK } from '../actions/executors/permission-flags';
import type { AppEntry, DeviceSnapshot } from '../snapshot/device-snapshot';
import { RestoreUserMismatch } from './plan-errors';
import { accessDrafts } from './restore-access-steps';
import { appStateDrafts } from './restore-app-state-steps';
import { type RestoreDraft, restoreSkip } from './restore-draft';
import { restoreReason } from './restore-text';
import { asReinstalled, opDrafts, permissionDrafts } from './restore-grant-steps';

export interface BuildRestorePlanOptions {
  /** The scan to go back to. */
  readonly earlier: DeviceSnapshot;
  /** The phone as it is now (the latest scan). */
  readonly current: DeviceSnapshot;
  /** Identity the plan is made for (the current phone). */
  readonly device: { readonly serial: string; readonly fingerprint?: string; readonly sdk?: number };
  /** Protected packages may be hidden, suspended or disabled again as recorded. */
  readonly expertOverride?: boolean;
  readonly rulesetVersion?: string;
  /** The stored scan's id, named in each step's reason. */
  readonly earlierScanId?: number;
  readonly now?: () => number;
  readonly newId?: () => string;
}

interface Drafts {
  readonly first: RestoreDraft[];
  readonly grants: RestoreDraft[];
  readonly last: RestoreDraft[];
  readonly skipped: SkippedStep[];
  /** Packages installed for the user once the plan ran. */
  readonly installedAfter: Set<string>;
}

const appDrafts = (options: BuildRestorePlanOptions, sdk: number): Drafts => {
  const { earlier, current } = options;
  const userId = current.userId;
  const onPhone = new Map(current.apps.map((app) => [app.packageName, app]));
  const drafts: Drafts = {
    first: [],
    grants: [],
    last: [],
    skipped: [],
    installedAfter: new Set(current.apps.filter((app) => app.installed).map((app) => app.packageName)),
  };
  for (const was of earlier.apps) {
    const is: AppEntry | undefined = onPhone.get(was.packageName);
    if (is === undefined) {
      if (was.installed) {
        drafts.skipped.push(
          restoreSkip('restore-grant', { packageName: was.packageName, userId }, SkipReason.NotInstalled),
        );
      }
      continue;
    }
    const state = appStateDrafts({
      earlier: was,
      current: is,
      userId,
      sdk,
      ...(current.device.shellHasRoot === undefined ? {} : { shellHasRoot: current.device.shellHasRoot }),
      expertOverride: options.expertOverride === true,
    });
    drafts.skipped.push(...state.skipped);
    if (state.back !== undefined) drafts.first.push(state.back);
    if (state.away !== undefined) drafts.last.push(state.away);
    const reinstalled = state.back?.target.appState?.installed === true;
    if (reinstalled) drafts.installedAfter.add(is.packageName);
    if (!was.installed || !(is.installed || reinstalled)) continue;
    const pair = {
      earlier: was,
      current: reinstalled ? asReinstalled({ earlier: was, current: is }) : is,
      userId,
    };
    drafts.grants.push(
      ...permissionDrafts({ ...pair, flagsSettable: sdk >= PERMISSION_FLAGS_MIN_SDK }, drafts.skipped),
      ...opDrafts({ ...pair, trustUnlisted: !earlier.partial }),
    );
  }
  return drafts;
};

/** The step's commands, or why it cannot run (a recorded name or mode the shell cannot set). */
const describeDraft = (step: PlannedStep, sdk: number): readonly string[] | SkipReason => {
  try {
    return EXECUTORS[step.kind].describe(step, sdk);
  } catch (error) {
    return error instanceof StepNotApplicable ? error.reason : SkipReason.Unsupported;
  }
};

export const buildRestorePlan = (options: BuildRestorePlanOptions): Plan => {
  const { earlier, current } = options;
  if (earlier.userId !== current.userId) {
    throw new RestoreUserMismatch({ earlier: earlier.userId, current: current.userId });
  }
  const sdk = options.device.sdk ?? current.device.sdk ?? 0;
  const apps = appDrafts(options, sdk);
  const access = accessDrafts({
    earlier,
    current,
    userId: current.userId,
    installedAfter: (name) => apps.installedAfter.has(name),
  });
  const skips: SkippedStep[] = [...apps.skipped, ...access.skipped];
  const steps: PlannedStep[] = [];
  const reason = restoreReason({ takenAtMs: earlier.takenAtMs, scanId: options.earlierScanId });
  for (const draft of [...apps.first, ...apps.grants, ...access.drafts, ...apps.last]) {
    const step: PlannedStep = {
      id: String(steps.length + 1),
      kind: draft.kind,
      target: draft.target,
      commands: [],
      expected: draft.text.expected,
      undo: draft.text.undo,
      reason,
    };
    const commands = describeDraft(step, sdk);
    if (typeof commands === 'string') skips.push(restoreSkip(draft.kind, draft.target, commands));
    else steps.push({ ...step, commands });
  }
  return {
    schemaVersion: 1,
    id: options.newId?.() ?? randomUUID(),
    createdAtMs: options.now?.() ?? Date.now(),
    device: {
      serial: options.device.serial,
      sdk,
      ...(options.device.fingerprint === undefined ? {} : { fingerprint: options.device.fingerprint }),
    },
    steps,
    skipped: skips,
    ...(options.rulesetVersion === undefined ? {} : { rulesetVersion: options.rulesetVersion }),
  };
};
