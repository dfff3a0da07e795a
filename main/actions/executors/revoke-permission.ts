// Revoke a runtime permission for one user, the way Settings' "Don't allow" does it
// (PermissionController: revoke + FLAG_PERMISSION_USER_SET|USER_FIXED so the app cannot simply
// ask again), then `am force-stop` so a running app loses it (AppManager PermUtils kills the uid).
// - `pm revoke --user N pkg perm` (PackageManagerShellCommand.runGrantRevokePermission).
// - Android 11+: `pm set-permission-flags … user-set user-fixed` (runSetPermissionFlags, new in R);
//   older releases have no shell command for flags: the revoke stands, USER_FIXED is not set.
// - targetSdk < 23: runtime permissions are install-time grants and `pm revoke` does nothing
//   (PermissionManagerService skips pre-M apps); Settings sets the permission's app op to
//   `ignore` instead (AppOpsManager.permissionToOp) — so do we.
// Verify reads `dumpsys package` back: a silent no-op (Android 16, undeclared permission) fails here.
import { opForPermission } from '../../catalogue/runtime-permissions';
import type { ActionContext, ActionExecutor, Verification } from '../action-executor';
import type { PlannedStep, PriorState } from '../action-types';
import { SkipReason } from '../action-types';
import { amForceStop, appOpsSet, commandText, pmPermissionFlags, pmRevoke } from './commands';
import { restorePermission } from './permission-restore';
import { FIXED_FLAGS, PERMISSION_FLAGS_MIN_SDK, REVOKE_FLAGS } from './permission-flags';
import { readAppOp } from './read-app-op';
import { isLegacyApp, permissionOf, readPackage } from './read-package';
import { runStep } from './step-commands';
import { permissionTarget } from './step-target';

export const RevokeMethod = { Revoke: 'revoke', AppOp: 'app-op' } as const;

const legacyOp = (permission: string): string | undefined => opForPermission(permission);

const isDenied = (mode: string | undefined): boolean => mode === 'ignore' || mode === 'deny';

const check = async (context: ActionContext, step: PlannedStep): Promise<SkipReason | undefined> => {
  const target = permissionTarget(step);
  const view = await readPackage(context, target);
  if (!view.installed) return SkipReason.NotInstalled;
  const entry = permissionOf(view, target.permission);
  if (entry?.flags.includes(FIXED_FLAGS.system) === true) return SkipReason.SystemFixed;
  if (entry?.flags.includes(FIXED_FLAGS.policy) === true) return SkipReason.PolicyFixed;
  if (isLegacyApp(view)) {
    const op = legacyOp(target.permission);
    if (op === undefined) return SkipReason.Unsupported;
    const current = await readAppOp(context, { ...target, op });
    return isDenied(current.mode) || isDenied(current.uidMode) ? SkipReason.NotGranted : undefined;
  }
  return entry?.granted === true ? undefined : SkipReason.NotGranted;
};

const describe = (step: PlannedStep, sdk: number): readonly string[] => {
  const target = permissionTarget(step);
  const commands = [commandText(pmRevoke(target))];
  if (sdk >= PERMISSION_FLAGS_MIN_SDK) {
    commands.push(commandText(pmPermissionFlags({ ...target, flags: REVOKE_FLAGS, set: true })));
  } else {
    commands.push(
      `# API ${sdk} (below Android 11) has no shell command for USER_FIXED: the app may ask again`,
    );
  }
  commands.push(commandText(amForceStop(target)));
  const op = legacyOp(target.permission);
  if (op !== undefined) {
    commands.push(
      `# if the app targets API < 23: ${commandText(appOpsSet({ ...target, op, mode: 'ignore' }))}`,
    );
  }
  return commands;
};

const readPrior = async (context: ActionContext, step: PlannedStep): Promise<PriorState> => {
  const target = permissionTarget(step);
  const view = await readPackage(context, target);
  const entry = permissionOf(view, target.permission);
  const base = { granted: entry?.granted ?? false, flags: [...(entry?.flags ?? [])] };
  const op = legacyOp(target.permission);
  if (!isLegacyApp(view) || op === undefined) return { ...base, method: RevokeMethod.Revoke };
  const mode = await readAppOp(context, { ...target, op });
  return {
    ...base,
    opMode: mode.mode,
    ...(mode.uidMode === undefined ? {} : { opUidMode: mode.uidMode }),
    method: RevokeMethod.AppOp,
  };
};

const apply = async (context: ActionContext, step: PlannedStep, prior: PriorState): Promise<void> => {
  const target = permissionTarget(step);
  const op = legacyOp(target.permission);
  if (prior.method === RevokeMethod.AppOp && op !== undefined) {
    await runStep(context, appOpsSet({ ...target, op, mode: 'ignore' }));
  } else {
    await runStep(context, pmRevoke(target));
    if (context.sdk >= PERMISSION_FLAGS_MIN_SDK) {
      await runStep(context, pmPermissionFlags({ ...target, flags: REVOKE_FLAGS, set: true }));
    }
  }
  await runStep(context, amForceStop(target));
};

const verify = async (
  context: ActionContext,
  step: PlannedStep,
  prior: PriorState,
): Promise<Verification> => {
  const target = permissionTarget(step);
  const view = await readPackage(context, target);
  const entry = permissionOf(view, target.permission);
  const observed = { granted: entry?.granted ?? false, flags: [...(entry?.flags ?? [])] };
  const op = legacyOp(target.permission);
  if (prior.method === RevokeMethod.AppOp && op !== undefined) {
    const mode = await readAppOp(context, { ...target, op });
    return {
      ok: isDenied(mode.mode),
      observed: {
        ...observed,
        opMode: mode.mode,
        ...(mode.uidMode === undefined ? {} : { opUidMode: mode.uidMode }),
        method: RevokeMethod.AppOp,
      },
    };
  }
  const flagsSet =
    context.sdk < PERMISSION_FLAGS_MIN_SDK || REVOKE_FLAGS.every((flag) => observed.flags.includes(flag));
  return {
    ok: view.installed && !observed.granted && flagsSet,
    observed: { ...observed, method: RevokeMethod.Revoke },
  };
};

const undo = async (context: ActionContext, step: PlannedStep, prior: PriorState): Promise<void> => {
  await restorePermission(context, { step, prior, what: `revoke of ${permissionTarget(step).permission}` });
};

export const revokePermissionExecutor: ActionExecutor = { check, describe, readPrior, apply, verify, undo };
