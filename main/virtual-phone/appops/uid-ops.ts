// App ops grouped the way AppOpsService keeps them: per uid (UidState), with the uid-level
// modes (`appops set --uid`) and the per-package ops (Ops). Also UserHandle.formatUid.
import type { AppOpState, PackageState, PhoneState } from '../android/phone-state';
import { uidOf } from '../android/phone-state';
import { opCode } from './op-catalogue';

export interface PackageOps {
  readonly pkg: PackageState;
  /** Package-level ops, in op-code order. */
  readonly ops: AppOpState[];
}

export interface UidOps {
  readonly uid: number;
  readonly userId: number;
  /** Uid-level modes, in op-code order, one per op. */
  readonly uidModes: AppOpState[];
  readonly packages: PackageOps[];
}

const FIRST_APPLICATION_UID = 10_000;

/** UserHandle.formatUid: `1000`, `u0a154` (app), `u10s1000` (system uid in another user). */
export const formatUid = (uid: number): string => {
  const userId = Math.floor(uid / 100_000);
  const appId = uid % 100_000;
  if (appId >= FIRST_APPLICATION_UID) return `u${userId}a${appId - FIRST_APPLICATION_UID}`;
  return userId === 0 ? String(appId) : `u${userId}s${appId}`;
};

/** Parses what AppOpsService.Shell accepts as a uid: a number or `u<user>a<n>` / `u<user>s<n>`. */
export const parseUid = (text: string): number | undefined => {
  if (/^\d+$/.test(text)) return Number(text);
  const match = /^u(\d+)([as])(\d+)$/.exec(text);
  if (match === null) return undefined;
  const [, user, type, value] = match;
  const base = type === 'a' ? Number(value) + FIRST_APPLICATION_UID : Number(value);
  return Number(user) * 100_000 + base;
};

export const byOpCode = (a: AppOpState, b: AppOpState): number => opCode(a.op) - opCode(b.op);

/** Ops of every package in every user, grouped by uid, sorted by uid. */
export const collectUidOps = (
  state: PhoneState,
  filter?: { packageName?: string; op?: string },
): UidOps[] => {
  const byUid = new Map<number, UidOps>();
  for (const pkg of state.packages.values()) {
    if (filter?.packageName !== undefined && pkg.name !== filter.packageName) continue;
    for (const [userKey, user] of Object.entries(pkg.users)) {
      const userId = Number(userKey);
      const selected = user.appOps.filter((op) => filter?.op === undefined || op.op === filter.op);
      if (!user.installed || selected.length === 0) continue;
      const uid = uidOf(pkg.appId, userId);
      let entry = byUid.get(uid);
      if (entry === undefined) {
        entry = { uid, userId, uidModes: [], packages: [] };
        byUid.set(uid, entry);
      }
      for (const op of selected) {
        if (op.uidMode === true && !entry.uidModes.some((known) => known.op === op.op))
          entry.uidModes.push(op);
      }
      const ops = selected.filter((op) => op.uidMode !== true || op.accesses.length + op.rejects.length > 0);
      if (ops.length > 0) entry.packages.push({ pkg, ops: ops.sort(byOpCode) });
    }
  }
  const result = [...byUid.values()].sort((a, b) => a.uid - b.uid);
  for (const entry of result) entry.uidModes.sort(byOpCode);
  return result;
};
