// Re-apply one recorded grant — the building block of "restore a snapshot". The step's target
// names the permission (its grant and, from Android 11, its shell-settable flags are set back:
// `pm grant|revoke`, `pm set-|clear-permission-flags`) and/or an op with the recorded `mode`
// (`appops set`). What to restore travels in the target as RestoreGrantTarget (plain JSON):
// `granted` (default true) and optional `flags` (dumpsys names, e.g. ["USER_SET"]).
// A recorded mode of `default` means "the op's default" (an earlier scan listed no entry): when
// the phone has nothing recorded and prints the op's default mode (13+), the op already is at
// its default, so nothing is written and verification accepts it. Undo brings back what was
// there before the restore.
import type { ActionContext, ActionExecutor, Verification } from '../action-executor';
import type { PlannedStep, PriorState, StepTarget } from '../action-types';
import { SkipReason } from '../action-types';
import { StepNotApplicable } from './action-refused';
import { appOpsSet, commandText, pmGrant, pmPermissionFlags, pmRevoke } from './commands';
import { FIXED_FLAGS, PERMISSION_FLAGS_MIN_SDK, flagChange } from './permission-flags';
import {
  applyPermissionState,
  asAppOpMode,
  permissionMatches,
  readPermissionState,
} from './permission-restore';
import { opDebugName, readAppOp, type AppOpView } from './read-app-op';
import { permissionOf, readPackage } from './read-package';
import { runStep } from './step-commands';
import { appTarget } from './step-target';
import { UndoNotVerified } from './undo-not-verified';

export interface RestoreGrantTarget extends StepTarget {
  /** The recorded grant (default true). */
  readonly granted?: boolean;
  /** The recorded runtime-permission flags (dumpsys names); only shell-settable ones are applied. */
  readonly flags?: readonly string[];
}

const recorded = (step: PlannedStep) => {
  const target = step.target as RestoreGrantTarget;
  const base = appTarget(step);
  const permission = target.permission === undefined ? undefined : { ...base, permission: target.permission };
  const op = target.op === undefined ? undefined : { ...base, op: opDebugName(target.op) };
  if (permission === undefined && op === undefined) {
    throw new StepNotApplicable(
      SkipReason.Unsupported,
      `restore-grant step ${step.id} names no permission or op`,
    );
  }
  if (op !== undefined && target.mode === undefined) {
    throw new StepNotApplicable(
      SkipReason.Unsupported,
      `restore-grant step ${step.id} has an op but no mode`,
    );
  }
  const wanted: PriorState = {
    granted: target.granted ?? true,
    ...(target.flags === undefined ? {} : { flags: [...target.flags] }),
    ...(target.mode === undefined ? {} : { opMode: target.mode }),
  };
  return { base, permission, op, wanted };
};

const check = async (context: ActionContext, step: PlannedStep): Promise<SkipReason | undefined> => {
  const { base, permission } = recorded(step);
  const view = await readPackage(context, base);
  if (!view.installed) return SkipReason.NotInstalled;
  if (permission === undefined) return undefined;
  const entry = permissionOf(view, permission.permission);
  if (entry?.flags.includes(FIXED_FLAGS.system) === true) return SkipReason.SystemFixed;
  if (entry?.flags.includes(FIXED_FLAGS.policy) === true) return SkipReason.PolicyFixed;
  return undefined;
};

const describe = (step: PlannedStep, sdk: number): readonly string[] => {
  const { permission, op, wanted } = recorded(step);
  const commands: string[] = [];
  if (permission !== undefined) {
    commands.push(commandText(wanted.granted === false ? pmRevoke(permission) : pmGrant(permission)));
    const change = flagChange({ current: [], wanted: wanted.flags ?? [] });
    if (sdk >= PERMISSION_FLAGS_MIN_SDK && change.set.length > 0) {
      commands.push(commandText(pmPermissionFlags({ ...permission, flags: change.set, set: true })));
    }
  }
  if (op !== undefined && wanted.opMode !== undefined) {
    commands.push(commandText(appOpsSet({ ...op, mode: asAppOpMode(wanted.opMode) })));
  }
  return commands;
};

/** The mode to write for a recorded `mode`: `default` is the op's own default when known. */
const modeToWrite = (view: AppOpView | undefined, mode: string): string =>
  mode === 'default' ? (view?.defaultMode ?? mode) : mode;

const readView = async (context: ActionContext, step: PlannedStep) => {
  const { permission, op } = recorded(step);
  const state = permission === undefined ? {} : await readPermissionState(context, permission);
  if (op === undefined) return { state, view: undefined };
  const view = await readAppOp(context, op);
  const opState = { opMode: view.mode, ...(view.uidMode === undefined ? {} : { opUidMode: view.uidMode }) };
  return { state: { ...state, ...opState }, view };
};

const readState = async (context: ActionContext, step: PlannedStep): Promise<PriorState> =>
  (await readView(context, step)).state;

const bringTo = async (context: ActionContext, step: PlannedStep, wanted: PriorState): Promise<void> => {
  const { permission, op } = recorded(step);
  if (permission !== undefined) await applyPermissionState(context, { target: permission, wanted });
  if (op !== undefined && wanted.opMode !== undefined) {
    const current = await readAppOp(context, op);
    const mode = modeToWrite(current, wanted.opMode);
    if (current.mode !== mode) await runStep(context, appOpsSet({ ...op, mode: asAppOpMode(mode) }));
  }
};

const matches = (
  context: ActionContext,
  states: { observed: PriorState; wanted: PriorState; view: AppOpView | undefined },
): boolean => {
  const { observed, wanted, view } = states;
  const permissionOk =
    observed.granted === undefined ||
    permissionMatches(context, {
      observed: { granted: observed.granted, flags: observed.flags ?? [] },
      wanted,
    });
  return (
    permissionOk && (wanted.opMode === undefined || observed.opMode === modeToWrite(view, wanted.opMode))
  );
};

const apply = async (context: ActionContext, step: PlannedStep): Promise<void> =>
  bringTo(context, step, recorded(step).wanted);

const verify = async (context: ActionContext, step: PlannedStep): Promise<Verification> => {
  const { state: observed, view } = await readView(context, step);
  return { ok: matches(context, { observed, wanted: recorded(step).wanted, view }), observed };
};

const undo = async (context: ActionContext, step: PlannedStep, prior: PriorState): Promise<void> => {
  await bringTo(context, step, prior);
  const { state: observed, view } = await readView(context, step);
  if (!matches(context, { observed, wanted: prior, view })) {
    throw new UndoNotVerified(`restore-grant step ${step.id}`, { expected: prior, observed });
  }
};

export const restoreGrantExecutor: ActionExecutor = {
  check,
  describe,
  readPrior: readState,
  apply,
  verify,
  undo,
};
