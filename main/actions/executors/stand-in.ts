// Privacy stand-in: keep the runtime grant, set the permission's app op to `ignore` for the
// package (`appops set --user N pkg OP ignore`, AppOpsService.Shell "set" → setMode). With
// MODE_IGNORED the platform hands the app empty results instead of a SecurityException
// (contacts/call log/SMS/calendar providers return empty cursors, location returns nothing —
// AppOpsManager.MODE_IGNORED: "the operation is not allowed … should be silently ignored").
// AOSP caveat: a non-default *uid* mode takes over from the package mode
// (AppOpsService.noteOperationUnchecked: "If there is a non-default per UID policy … it takes
// over"), so where PermissionPolicyService set the uid mode to `foreground` (location while in
// use; camera and microphone from 11) a package-mode stand-in would not hold: check() says
// unsupported and the plan should revoke instead.
import { opForPermission } from '../../catalogue/runtime-permissions';
import type { ActionContext, ActionExecutor, Verification } from '../action-executor';
import type { PlannedStep, PriorState } from '../action-types';
import { SkipReason } from '../action-types';
import { StepNotApplicable } from './action-refused';
import { appOpsSet, commandText } from './commands';
import { asAppOpMode } from './permission-restore';
import { appOpsGetCommand, opDebugName, readAppOp, type AppOpView } from './read-app-op';
import { permissionOf, readPackage } from './read-package';
import { runStep } from './step-commands';
import type { AppTarget } from './step-target';
import { appTarget } from './step-target';
import { UndoNotVerified } from './undo-not-verified';

/** The op a stand-in sets: the step's `op`, else the op behind its permission (catalogue). */
export const standInOp = (step: PlannedStep): string | undefined =>
  step.target.op ??
  (step.target.permission === undefined ? undefined : opForPermission(step.target.permission));

const target = (step: PlannedStep): AppTarget & { readonly op: string } => {
  const op = standInOp(step);
  if (op === undefined) {
    throw new StepNotApplicable(
      SkipReason.Unsupported,
      `${step.target.permission ?? 'this permission'} has no app op, so no stand-in is possible`,
    );
  }
  return { ...appTarget(step), op: opDebugName(op) };
};

/** A uid mode that is neither absent nor the default lets the package mode through only if denying. */
const uidModeTakesOver = (view: AppOpView): boolean =>
  view.uidMode !== undefined && view.uidMode !== 'allow' && view.uidMode !== 'default';

const isDenied = (mode: string | undefined): boolean => mode === 'ignore' || mode === 'deny';

const check = async (context: ActionContext, step: PlannedStep): Promise<SkipReason | undefined> => {
  if (standInOp(step) === undefined) return SkipReason.Unsupported;
  const stepTarget = target(step);
  const view = await readPackage(context, stepTarget);
  if (!view.installed) return SkipReason.NotInstalled;
  const permission = step.target.permission;
  if (permission !== undefined && permissionOf(view, permission)?.granted !== true)
    return SkipReason.NotGranted;
  const mode = await readAppOp(context, stepTarget);
  if (isDenied(mode.mode) || isDenied(mode.uidMode)) return SkipReason.NotGranted;
  return uidModeTakesOver(mode) ? SkipReason.Unsupported : undefined;
};

const describe = (step: PlannedStep): readonly string[] => {
  if (standInOp(step) === undefined) return [];
  const stepTarget = target(step);
  return [
    commandText(appOpsSet({ ...stepTarget, mode: 'ignore' })),
    commandText(appOpsGetCommand(stepTarget)),
  ];
};

const observedOf = (view: AppOpView): PriorState => ({
  opMode: view.mode,
  ...(view.uidMode === undefined ? {} : { opUidMode: view.uidMode }),
});

const readPrior = async (context: ActionContext, step: PlannedStep): Promise<PriorState> =>
  observedOf(await readAppOp(context, target(step)));

const apply = async (context: ActionContext, step: PlannedStep): Promise<void> => {
  await runStep(context, appOpsSet({ ...target(step), mode: 'ignore' }));
};

const verify = async (context: ActionContext, step: PlannedStep): Promise<Verification> => {
  const view = await readAppOp(context, target(step));
  return { ok: view.mode === 'ignore' && !uidModeTakesOver(view), observed: observedOf(view) };
};

const undo = async (context: ActionContext, step: PlannedStep, prior: PriorState): Promise<void> => {
  const stepTarget = target(step);
  const wanted = prior.opMode ?? 'default';
  await runStep(context, appOpsSet({ ...stepTarget, mode: asAppOpMode(wanted) }));
  const after = await readAppOp(context, stepTarget);
  if (after.mode !== wanted) {
    throw new UndoNotVerified(`stand-in ${stepTarget.op}`, { expected: prior, observed: observedOf(after) });
  }
};

export const standInExecutor: ActionExecutor = { check, describe, readPrior, apply, verify, undo };
