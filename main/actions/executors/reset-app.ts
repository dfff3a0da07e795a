// One app back to its defaults for one user. `pm reset-permissions` resets *every* app
// (PackageManagerShellCommand.runResetPermissions takes no package), so this does per app what
// PermissionManagerServiceImpl.resetRuntimePermissionsInternal does: revoke every runtime grant
// that is not system/policy-fixed or granted by default/role, and clear the user flags
// (USER_SET, USER_FIXED, ONE_TIME, REVOKED_COMPAT, REVIEW_REQUIRED — shell-clearable from
// Android 11); then `appops reset --user N pkg` (AppOpsService.resetAllModes, package and uid
// modes) and `am force-stop`. Apps targeting API < 23 keep their install-time grants.
// The prior state records every runtime permission and op mode (ResetAppPrior); undo grants,
// flags and modes back one by one and reads them back.
import type { ActionContext, ActionExecutor, Verification } from '../action-executor';
import type { PlannedStep, PriorState } from '../action-types';
import { SkipReason } from '../action-types';
import { amForceStop, appOpsReset, appOpsSet, commandText, pmPermissionFlags, pmRevoke } from './commands';
import { PERMISSION_FLAGS_MIN_SDK, USER_FLAGS } from './permission-flags';
import { applyPermissionState, asAppOpMode, permissionMatches } from './permission-restore';
import type { RecordedOp } from './read-app-op';
import { readAppOps } from './read-app-op';
import { type PackageView, isLegacyApp, readPackage } from './read-package';
import { runStep } from './step-commands';
import { appTarget } from './step-target';
import { UndoNotVerified } from './undo-not-verified';

export interface RecordedPermission {
  readonly name: string;
  readonly granted: boolean;
  readonly flags: readonly string[];
}

/** PriorState plus everything a reset changes (plain JSON, journal-safe). */
export interface ResetAppPrior extends PriorState {
  readonly permissions: readonly RecordedPermission[];
  readonly ops: readonly RecordedOp[];
}

const KEEPS_GRANT: readonly string[] = [
  'SYSTEM_FIXED',
  'POLICY_FIXED',
  'GRANTED_BY_DEFAULT',
  'GRANTED_BY_ROLE',
];

const permissionsOf = (view: PackageView): RecordedPermission[] =>
  (view.user?.runtimePermissions ?? []).map((entry) => ({
    name: entry.name,
    granted: entry.granted,
    flags: [...entry.flags],
  }));

const revocable = (view: PackageView, permission: RecordedPermission): boolean =>
  permission.granted && !isLegacyApp(view) && !permission.flags.some((flag) => KEEPS_GRANT.includes(flag));

const userFlags = (permission: RecordedPermission): string[] =>
  permission.flags.filter((flag) => USER_FLAGS.includes(flag));

/** What the reset will change, from a fresh read. */
const resetPlan = (context: ActionContext, view: PackageView) => {
  const permissions = permissionsOf(view);
  return {
    revoke: permissions.filter((permission) => revocable(view, permission)),
    clear:
      context.sdk >= PERMISSION_FLAGS_MIN_SDK
        ? permissions.filter((permission) => userFlags(permission).length > 0)
        : [],
  };
};

const check = async (context: ActionContext, step: PlannedStep): Promise<SkipReason | undefined> => {
  const view = await readPackage(context, appTarget(step));
  return view.installed ? undefined : SkipReason.NotInstalled;
};

const describe = (step: PlannedStep, sdk: number): readonly string[] => {
  const target = appTarget(step);
  const example = { ...target, permission: 'android.permission.CAMERA' };
  return [
    `# for each runtime permission granted by the user: ${commandText(pmRevoke(example)).replace('android.permission.CAMERA', '<permission>')}`,
    ...(sdk >= PERMISSION_FLAGS_MIN_SDK
      ? [
          `# and: ${commandText(pmPermissionFlags({ ...example, flags: ['USER_SET', 'USER_FIXED'], set: false })).replace('android.permission.CAMERA', '<permission>')}`,
        ]
      : []),
    commandText(appOpsReset(target)),
    commandText(amForceStop(target)),
  ];
};

const readPrior = async (context: ActionContext, step: PlannedStep): Promise<ResetAppPrior> => {
  const target = appTarget(step);
  const view = await readPackage(context, target);
  return { permissions: permissionsOf(view), ops: await readAppOps(context, target) };
};

const apply = async (context: ActionContext, step: PlannedStep): Promise<void> => {
  const target = appTarget(step);
  const plan = resetPlan(context, await readPackage(context, target));
  for (const permission of plan.revoke)
    await runStep(context, pmRevoke({ ...target, permission: permission.name }));
  for (const permission of plan.clear) {
    const flags = userFlags(permission);
    await runStep(context, pmPermissionFlags({ ...target, permission: permission.name, flags, set: false }));
  }
  await runStep(context, appOpsReset(target));
  await runStep(context, amForceStop(target));
};

const verify = async (context: ActionContext, step: PlannedStep): Promise<Verification> => {
  const view = await readPackage(context, appTarget(step));
  const left = resetPlan(context, view);
  const observed: ResetAppPrior = {
    permissions: permissionsOf(view),
    ops: await readAppOps(context, appTarget(step)),
  };
  return { ok: view.installed && left.revoke.length === 0 && left.clear.length === 0, observed };
};

const asResetPrior = (prior: PriorState): ResetAppPrior => ({
  ...prior,
  permissions: (prior as Partial<ResetAppPrior>).permissions ?? [],
  ops: (prior as Partial<ResetAppPrior>).ops ?? [],
});

const undo = async (context: ActionContext, step: PlannedStep, priorState: PriorState): Promise<void> => {
  const target = appTarget(step);
  const prior = asResetPrior(priorState);
  for (const permission of prior.permissions) {
    await applyPermissionState(context, {
      target: { ...target, permission: permission.name },
      wanted: permission,
    });
  }
  const current = await readAppOps(context, target);
  for (const op of prior.ops) {
    const now = current.find((entry) => entry.op === op.op && entry.uidMode === op.uidMode);
    if (now?.mode === op.mode) continue;
    await runStep(context, appOpsSet({ ...target, op: op.op, mode: asAppOpMode(op.mode), uid: op.uidMode }));
  }
  const view = await readPackage(context, target);
  const after = permissionsOf(view);
  const ops = await readAppOps(context, target);
  const permissionsOk = prior.permissions.every((permission) => {
    const observed = after.find((entry) => entry.name === permission.name);
    return observed !== undefined && permissionMatches(context, { observed, wanted: permission });
  });
  const opsOk = prior.ops.every((op) =>
    ops.some((entry) => entry.op === op.op && entry.uidMode === op.uidMode && entry.mode === op.mode),
  );
  if (!permissionsOk || !opsOk) {
    throw new UndoNotVerified(`reset of ${target.packageName}`, {
      expected: prior,
      observed: { permissions: after, ops } as ResetAppPrior,
    });
  }
};

export const resetAppExecutor: ActionExecutor = { check, describe, readPrior, apply, verify, undo };
