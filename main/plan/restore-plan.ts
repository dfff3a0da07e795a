// "Restore a snapshot": the Plan that brings a phone back to what an earlier scan recorded.
// Pure: compares the earlier scan with the current one (same user, apps present in both) and
// makes one restore-grant step per runtime permission whose grant or shell-settable flags
// differ, and one per app op whose package mode differs (uid modes are derived from grants and
// follow them). Skipped, with reasons: apps no longer installed, and permissions the system or
// a device policy fixed. Apply it with the usual engine (`plan:apply`); each step is undoable.
import { randomUUID } from 'node:crypto';
import type { Plan, PlannedStep, SkippedStep, SkipReason } from '../actions/action-types';
import {
  FIXED_FLAGS,
  PERMISSION_FLAGS_MIN_SDK,
  sameSettableFlags,
  settableFlags,
} from '../actions/executors/permission-flags';
import type { RestoreGrantTarget } from '../actions/executors/restore-grant';
import { restoreGrantExecutor } from '../actions/executors/restore-grant';
import { RUNTIME_PERMISSIONS } from '../catalogue/runtime-permissions';
import type { AppEntry, AppOpAccess, DeviceSnapshot, PermissionEntry } from '../snapshot/device-snapshot';
import { SKIP_TEXT } from './plan-draft';
import { RestoreUserMismatch } from './plan-errors';
import { restoreOpText, restorePermissionText } from './restore-text';
import type { StepText } from './step-text';

export interface BuildRestorePlanOptions {
  /** The scan to go back to. */
  readonly earlier: DeviceSnapshot;
  /** The phone as it is now (the latest scan). */
  readonly current: DeviceSnapshot;
  /** Identity the plan is made for (the current phone). */
  readonly device: { readonly serial: string; readonly fingerprint?: string; readonly sdk?: number };
  readonly rulesetVersion?: string;
  readonly now?: () => number;
  readonly newId?: () => string;
}

/**
 * The mode of an op a snapshot does not list (nothing recorded): the op's default. The ops
 * behind runtime permissions all default to allow (AppOpsManager.sOpDefaultMode); for the
 * others `default` asks the restore-grant executor for the op's own default mode.
 */
const PERMISSION_OPS: ReadonlySet<string> = new Set(
  RUNTIME_PERMISSIONS.flatMap((permission) => (permission.op === undefined ? [] : [permission.op])),
);
const unlistedMode = (op: string): string => (PERMISSION_OPS.has(op) ? 'allow' : 'default');

type Draft = { readonly target: RestoreGrantTarget; readonly text: StepText };

const runtime = (app: AppEntry): Map<string, PermissionEntry> =>
  new Map(app.permissions.filter((entry) => entry.type === 'runtime').map((entry) => [entry.name, entry]));

const packageModes = (app: AppEntry): Map<string, string> =>
  new Map(
    app.appOps.filter((entry: AppOpAccess) => entry.uidMode !== true).map((entry) => [entry.op, entry.mode]),
  );

const fixedReason = (flags: readonly string[]): SkipReason | undefined => {
  if (flags.includes(FIXED_FLAGS.system)) return 'system-fixed';
  if (flags.includes(FIXED_FLAGS.policy)) return 'policy-fixed';
  return undefined;
};

const skip = (target: RestoreGrantTarget, reason: SkipReason): SkippedStep => ({
  kind: 'restore-grant',
  target,
  reason,
  explanation: SKIP_TEXT[reason],
});

const permissionDrafts = (
  pair: { earlier: AppEntry; current: AppEntry; userId: number; flagsSettable: boolean },
  skips: SkippedStep[],
): Draft[] => {
  const { earlier, current, userId, flagsSettable } = pair;
  const now = runtime(current);
  const drafts: Draft[] = [];
  for (const [name, was] of runtime(earlier)) {
    const is = now.get(name);
    if (is === undefined) continue; // no longer requested: nothing to restore
    const grantDiffers = was.granted !== is.granted;
    const flagsDiffer = flagsSettable && !sameSettableFlags(was.flags, is.flags);
    if (!grantDiffers && !flagsDiffer) continue;
    const flags = settableFlags(was.flags);
    const target: RestoreGrantTarget = {
      packageName: current.packageName,
      userId,
      permission: name,
      granted: was.granted,
      ...(flagsSettable ? { flags } : {}),
    };
    const fixed = fixedReason(is.flags) ?? fixedReason(was.flags);
    if (fixed !== undefined) {
      skips.push(skip(target, fixed));
      continue;
    }
    const text = restorePermissionText({
      packageName: current.packageName,
      permission: name,
      granted: was.granted,
      flags: flagsSettable ? flags : [],
    });
    drafts.push({ target, text });
  }
  return drafts;
};

const opDrafts = (pair: {
  earlier: AppEntry;
  current: AppEntry;
  userId: number;
  /** False when the earlier scan is partial: an op it does not list may just not have been read. */
  trustUnlisted: boolean;
}): Draft[] => {
  const { earlier, current, userId } = pair;
  const was = packageModes(earlier);
  const is = packageModes(current);
  const ops = [...new Set([...was.keys(), ...is.keys()])].sort();
  return ops.flatMap((op) => {
    if (!was.has(op) && !pair.trustUnlisted) return [];
    const mode = was.get(op) ?? unlistedMode(op);
    if (mode === (is.get(op) ?? unlistedMode(op))) return [];
    const target: RestoreGrantTarget = { packageName: current.packageName, userId, op, mode };
    return [{ target, text: restoreOpText({ packageName: current.packageName, op, mode }) }];
  });
};

/** The step's commands, or undefined when a recorded name or mode cannot be set from the shell. */
const commandsOf = (step: PlannedStep, sdk: number): readonly string[] | undefined => {
  try {
    return restoreGrantExecutor.describe(step, sdk);
  } catch {
    return undefined;
  }
};

export const buildRestorePlan = (options: BuildRestorePlanOptions): Plan => {
  const { earlier, current } = options;
  if (earlier.userId !== current.userId) {
    throw new RestoreUserMismatch({ earlier: earlier.userId, current: current.userId });
  }
  const userId = current.userId;
  const sdk = options.device.sdk ?? current.device.sdk ?? 0;
  const flagsSettable = sdk >= PERMISSION_FLAGS_MIN_SDK;
  const installedNow = new Map(
    current.apps.filter((app) => app.installed).map((app) => [app.packageName, app]),
  );
  const skips: SkippedStep[] = [];
  const drafts: Draft[] = [];
  for (const was of earlier.apps.filter((app) => app.installed)) {
    const is = installedNow.get(was.packageName);
    if (is === undefined) {
      skips.push(skip({ packageName: was.packageName, userId }, 'not-installed'));
      continue;
    }
    const pair = { earlier: was, current: is, userId };
    drafts.push(
      ...permissionDrafts({ ...pair, flagsSettable }, skips),
      ...opDrafts({ ...pair, trustUnlisted: !earlier.partial }),
    );
  }
  const steps: PlannedStep[] = [];
  for (const draft of drafts) {
    const step: PlannedStep = {
      id: String(steps.length + 1),
      kind: 'restore-grant',
      target: draft.target,
      commands: [],
      expected: draft.text.expected,
      undo: draft.text.undo,
      reason: {
        en: `Recorded in the scan of ${new Date(earlier.takenAtMs).toISOString()}.`,
        zh: `记录于 ${new Date(earlier.takenAtMs).toISOString()} 的扫描。`,
      },
    };
    const commands = commandsOf(step, sdk);
    if (commands === undefined) skips.push(skip(draft.target, 'unsupported-on-this-android'));
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
