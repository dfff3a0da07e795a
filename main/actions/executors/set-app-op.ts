// Special access held through an app op, switched the way the platform's Settings toggle does
// it (packages/apps/Settings): overlay (DrawOverlayDetails.setCanDrawOverlay), install unknown
// apps (ExternalSourcesDetails.setCanInstallApps), modify system settings
// (WriteSettingsDetails), picture-in-picture and all-files access set MODE_ERRORED when turned
// off; usage access (UsageAccessDetails.setHasAccess) sets MODE_IGNORED. The shell spells
// MODE_ERRORED `deny` (AppOpsManager.MODE_NAMES = allow, ignore, deny, default, foreground).
// The step's `mode` wins when given. Undo puts the previous package mode back (`default` too).
import type { AppOpMode } from '../../adb/shell-arguments';
import type { ActionContext, ActionExecutor, Verification } from '../action-executor';
import type { PlannedStep, PriorState } from '../action-types';
import { SkipReason } from '../action-types';
import { appOpsSet, commandText } from './commands';
import { asAppOpMode } from './permission-restore';
import { appOpsGetCommand, opDebugName, readAppOp, type AppOpView } from './read-app-op';
import { readPackage } from './read-package';
import { runStep } from './step-commands';
import { opTarget } from './step-target';
import { UndoNotVerified } from './undo-not-verified';

/** What Settings writes when the user turns the access off. */
export const SETTINGS_OFF_MODE: Readonly<Record<string, AppOpMode>> = {
  SYSTEM_ALERT_WINDOW: 'deny',
  REQUEST_INSTALL_PACKAGES: 'deny',
  WRITE_SETTINGS: 'deny',
  PICTURE_IN_PICTURE: 'deny',
  MANAGE_EXTERNAL_STORAGE: 'deny',
  SCHEDULE_EXACT_ALARM: 'deny',
  GET_USAGE_STATS: 'ignore',
};

const targetOf = (step: PlannedStep) => {
  const base = opTarget(step);
  const op = opDebugName(base.op);
  const mode = asAppOpMode(step.target.mode ?? SETTINGS_OFF_MODE[op] ?? 'ignore');
  return { ...base, op, mode };
};

const observedOf = (view: AppOpView): PriorState => ({
  opMode: view.mode,
  ...(view.uidMode === undefined ? {} : { opUidMode: view.uidMode }),
});

const check = async (context: ActionContext, step: PlannedStep): Promise<SkipReason | undefined> => {
  const target = targetOf(step);
  const view = await readPackage(context, target);
  if (!view.installed) return SkipReason.NotInstalled;
  const current = await readAppOp(context, target);
  // Already in the wanted mode: nothing to take away.
  return current.mode === target.mode ? SkipReason.NotGranted : undefined;
};

const describe = (step: PlannedStep): readonly string[] => {
  const target = targetOf(step);
  return [commandText(appOpsSet(target)), commandText(appOpsGetCommand(target))];
};

const readPrior = async (context: ActionContext, step: PlannedStep): Promise<PriorState> =>
  observedOf(await readAppOp(context, targetOf(step)));

const apply = async (context: ActionContext, step: PlannedStep): Promise<void> => {
  await runStep(context, appOpsSet(targetOf(step)));
};

const verify = async (context: ActionContext, step: PlannedStep): Promise<Verification> => {
  const target = targetOf(step);
  const view = await readAppOp(context, target);
  return { ok: view.mode === target.mode, observed: observedOf(view) };
};

const undo = async (context: ActionContext, step: PlannedStep, prior: PriorState): Promise<void> => {
  const target = targetOf(step);
  const wanted = prior.opMode ?? 'default';
  await runStep(context, appOpsSet({ ...target, mode: asAppOpMode(wanted) }));
  const after = await readAppOp(context, target);
  if (after.mode !== wanted) {
    throw new UndoNotVerified(`set-app-op ${target.op}`, { expected: prior, observed: observedOf(after) });
  }
};

export const setAppOpExecutor: ActionExecutor = { check, describe, readPrior, apply, verify, undo };
