// Brings one runtime permission (or, for apps targeting API < 23, its app op) to a recorded
// state and reads it back: the undo of revoke-permission and the core of restore-grant.
// Order matters: clear flags first (a USER_FIXED/POLICY-free entry can be granted), then
// grant/revoke, then set flags (PermissionManagerServiceImpl.grantRuntimePermissionInternal
// checks SYSTEM_FIXED/POLICY_FIXED, updatePermissionFlags needs no grant).
import { APP_OP_MODES, type AppOpMode } from '../../adb/shell-arguments';
import { opForPermission } from '../../catalogue/runtime-permissions';
import type { ActionContext } from '../action-executor';
import type { PlannedStep, PriorState } from '../action-types';
import { SkipReason } from '../action-types';
import { StepNotApplicable } from './action-refused';
import { appOpsSet, pmGrant, pmPermissionFlags, pmRevoke } from './commands';
import { PERMISSION_FLAGS_MIN_SDK, flagChange, sameSettableFlags } from './permission-flags';
import { readAppOp } from './read-app-op';
import { permissionOf, readPackage } from './read-package';
import { runStep } from './step-commands';
import { permissionTarget } from './step-target';
import { UndoNotVerified } from './undo-not-verified';

export const asAppOpMode = (mode: string): AppOpMode => {
  if ((APP_OP_MODES as readonly string[]).includes(mode)) return mode as AppOpMode;
  throw new StepNotApplicable(
    SkipReason.Unsupported,
    `app-op mode ${JSON.stringify(mode)} cannot be set from the shell`,
  );
};

/** Sets the op's package mode (and uid mode, when recorded and different) back to `wanted`. */
export const restoreOp = async (
  context: ActionContext,
  options: { step: PlannedStep; op: string; wanted: PriorState; what: string },
): Promise<void> => {
  const target = { ...permissionTarget(options.step), op: options.op };
  const current = await readAppOp(context, target);
  const wantedMode = options.wanted.opMode ?? 'default';
  if (current.mode !== wantedMode)
    await runStep(context, appOpsSet({ ...target, mode: asAppOpMode(wantedMode) }));
  const wantedUid = options.wanted.opUidMode;
  if (wantedUid !== undefined && current.uidMode !== wantedUid) {
    await runStep(context, appOpsSet({ ...target, mode: asAppOpMode(wantedUid), uid: true }));
  }
  const after = await readAppOp(context, target);
  if (after.mode !== wantedMode || (wantedUid !== undefined && after.uidMode !== wantedUid)) {
    throw new UndoNotVerified(options.what, {
      expected: options.wanted,
      observed: { opMode: after.mode, ...(after.uidMode === undefined ? {} : { opUidMode: after.uidMode }) },
    });
  }
};

export interface PermissionState {
  readonly granted: boolean;
  readonly flags: readonly string[];
}

/** Reads the permission back and compares grant + shell-settable flags with `wanted`. */
export const readPermissionState = async (
  context: ActionContext,
  target: ReturnType<typeof permissionTarget>,
): Promise<PermissionState> => {
  const entry = permissionOf(await readPackage(context, target), target.permission);
  return { granted: entry?.granted ?? false, flags: [...(entry?.flags ?? [])] };
};

export const permissionMatches = (
  context: ActionContext,
  states: { observed: PermissionState; wanted: PriorState },
): boolean => {
  const { observed, wanted } = states;
  const flagsOk =
    context.sdk < PERMISSION_FLAGS_MIN_SDK ||
    wanted.flags === undefined ||
    sameSettableFlags(observed.flags, wanted.flags);
  return (wanted.granted === undefined || observed.granted === wanted.granted) && flagsOk;
};

/** Grant/revoke and set/clear flags so the permission matches `wanted` (no read-back). */
export const applyPermissionState = async (
  context: ActionContext,
  options: { target: ReturnType<typeof permissionTarget>; wanted: PriorState },
): Promise<void> => {
  const { target, wanted } = options;
  const current = await readPermissionState(context, target);
  const flagsSupported = context.sdk >= PERMISSION_FLAGS_MIN_SDK;
  const change = flagChange({ current: current.flags, wanted: wanted.flags ?? current.flags });
  if (flagsSupported && change.clear.length > 0) {
    await runStep(context, pmPermissionFlags({ ...target, flags: change.clear, set: false }));
  }
  const wantGranted = wanted.granted ?? current.granted;
  if (wantGranted && !current.granted) await runStep(context, pmGrant(target));
  if (!wantGranted && current.granted) await runStep(context, pmRevoke(target));
  if (flagsSupported && change.set.length > 0) {
    await runStep(context, pmPermissionFlags({ ...target, flags: change.set, set: true }));
  }
};

/**
 * Grant state + shell-settable flags back to `prior` (`granted`, `flags`) and read back; with
 * `prior.method === 'app-op'` the permission's app op mode instead. Throws UndoNotVerified.
 */
export const restorePermission = async (
  context: ActionContext,
  options: { step: PlannedStep; prior: PriorState; what: string },
): Promise<void> => {
  const { step, prior: wanted, what } = options;
  const target = permissionTarget(step);
  const op = opForPermission(target.permission);
  if (wanted.method === 'app-op' && op !== undefined) return restoreOp(context, { step, op, wanted, what });
  await applyPermissionState(context, { target, wanted });
  const observed = await readPermissionState(context, target);
  if (!permissionMatches(context, { observed, wanted }))
    throw new UndoNotVerified(what, { expected: wanted, observed });
};
