// Restore-plan drafts for one app's grants and op modes: one restore-grant per runtime
// permission whose grant or shell-settable flags differ, one per app op whose package mode
// differs (uid modes are derived from grants and follow them). Skipped, with reasons:
// permissions the system or a device policy fixed. Pure.
import type { SkippedStep, SkipReason } from '../actions/action-types';
import { FIXED_FLAGS, sameSettableFlags, settableFlags } from '../actions/executors/permission-flags';
import type { RestoreGrantTarget } from '../actions/executors/restore-grant';
import { RUNTIME_PERMISSIONS } from '../catalogue/runtime-permissions';
import type { AppEntry, AppOpAccess, PermissionEntry } from '../snapshot/device-snapshot';
import { type RestoreDraft, restoreSkip } from './restore-draft';
import { restoreOpText, restorePermissionText } from './restore-text';

/**
 * The mode of an op a snapshot does not list (nothing recorded): the op's default. The ops
 * behind runtime permissions all default to allow (AppOpsManager.sOpDefaultMode); for the
 * others `default` asks the restore-grant executor for the op's own default mode.
 */
const PERMISSION_OPS: ReadonlySet<string> = new Set(
  RUNTIME_PERMISSIONS.flatMap((permission) => (permission.op === undefined ? [] : [permission.op])),
);
const unlistedMode = (op: string): string => (PERMISSION_OPS.has(op) ? 'allow' : 'default');

export interface AppPair {
  readonly earlier: AppEntry;
  readonly current: AppEntry;
  readonly userId: number;
}

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

/**
 * What an app brought back with `install-existing` is compared with: nothing granted, no
 * flags, no op recorded (uninstalling for a user resets its runtime permissions), so every
 * recorded grant and mode is planned; the steps read the real state when they run.
 */
export const asReinstalled = (pair: { earlier: AppEntry; current: AppEntry }): AppEntry => ({
  ...pair.current,
  permissions: pair.earlier.permissions.map((entry) =>
    entry.type === 'runtime' ? { ...entry, granted: false, flags: [] } : entry,
  ),
  appOps: [],
});

export const permissionDrafts = (
  pair: AppPair & { readonly flagsSettable: boolean },
  skips: SkippedStep[],
): RestoreDraft[] => {
  const { earlier, current, userId, flagsSettable } = pair;
  const now = runtime(current);
  const drafts: RestoreDraft[] = [];
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
      skips.push(restoreSkip('restore-grant', target, fixed));
      continue;
    }
    const text = restorePermissionText({
      packageName: current.packageName,
      permission: name,
      granted: was.granted,
      flags: flagsSettable ? flags : [],
    });
    drafts.push({ kind: 'restore-grant', target, text });
  }
  return drafts;
};

export const opDrafts = (
  pair: AppPair & {
    /** False when the earlier scan is partial: an op it does not list may just not have been read. */
    readonly trustUnlisted: boolean;
  },
): RestoreDraft[] => {
  const { earlier, current, userId } = pair;
  const was = packageModes(earlier);
  const is = packageModes(current);
  const ops = [...new Set([...was.keys(), ...is.keys()])].sort();
  return ops.flatMap((op) => {
    if (!was.has(op) && !pair.trustUnlisted) return [];
    const mode = was.get(op) ?? unlistedMode(op);
    if (mode === (is.get(op) ?? unlistedMode(op))) return [];
    const target: RestoreGrantTarget = { packageName: current.packageName, userId, op, mode };
    const text = restoreOpText({ packageName: current.packageName, op, mode });
    return [{ kind: 'restore-grant' as const, target, text }];
  });
};
