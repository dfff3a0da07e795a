// State changes of `appops set` and `appops reset` (AppOpsService.setMode / setUidMode /
// resetAllModes). The next `appops get` and `dumpsys appops` show them.
import type { AppOpMode, AppOpState, PhoneState } from '../android/phone-state';
import { defaultModeOf } from './op-catalogue';

/**
 * Sets a mode. Back at the op's default, AppOpsService drops a uid mode outright
 * (setUidMode: `uidState.opModes.delete(code)`) and prunes a package op that has no access
 * history left (pruneOp), so dumpsys and `appops get` no longer list it.
 */
const upsert = (ops: AppOpState[], options: { op: string; mode: AppOpMode; uidMode: boolean }): void => {
  const index = ops.findIndex(
    (entry) => entry.op === options.op && (entry.uidMode === true) === options.uidMode,
  );
  const existing = ops[index];
  const isDefault = options.mode === defaultModeOf(options.op);
  if (existing !== undefined) {
    const noHistory = existing.accesses.length + existing.rejects.length === 0;
    if (isDefault && (options.uidMode || noHistory)) ops.splice(index, 1);
    else existing.mode = options.mode;
    return;
  }
  if (isDefault) return;
  const created: AppOpState = { op: options.op, mode: options.mode, accesses: [], rejects: [] };
  if (options.uidMode) created.uidMode = true;
  ops.push(created);
};

export const setPackageMode = (
  state: PhoneState,
  options: { packageName: string; userId: number; op: string; mode: AppOpMode },
): void => {
  const user = state.packages.get(options.packageName)?.users[options.userId];
  if (user !== undefined) upsert(user.appOps, { op: options.op, mode: options.mode, uidMode: false });
};

export const setUidMode = (
  state: PhoneState,
  options: { uid: number; op: string; mode: AppOpMode },
): void => {
  const userId = Math.floor(options.uid / 100_000);
  const appId = options.uid % 100_000;
  for (const pkg of state.packages.values()) {
    const user = pkg.users[userId];
    if (pkg.appId === appId && user !== undefined) {
      upsert(user.appOps, { op: options.op, mode: options.mode, uidMode: true });
    }
  }
};

/** resetAllModes: every mode back to its default; ops left without history disappear. */
export const resetModes = (state: PhoneState, options: { userId: number; packageName?: string }): void => {
  for (const pkg of state.packages.values()) {
    if (options.packageName !== undefined && pkg.name !== options.packageName) continue;
    for (const [userKey, user] of Object.entries(pkg.users)) {
      if (options.userId !== -1 && Number(userKey) !== options.userId) continue;
      user.appOps = user.appOps
        .filter((op) => op.uidMode !== true)
        .map((op) => ({ ...op, mode: defaultModeOf(op.op) }))
        .filter((op) => op.accesses.length + op.rejects.length > 0);
    }
  }
};
