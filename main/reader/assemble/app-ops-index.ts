// App ops by (uid, package): the package's own block (which starts with its uid's modes), or,
// for packages AppOpsService printed no block for, the uid-level modes of their uid. Entries
// without a uid (excerpts that start inside a block) match any uid.
import type { AppOpUse, DumpsysAppOps } from '../parsers/dumpsys-appops';

export interface AppOpsIndex {
  opsOf(packageName: string, uid: number | undefined): readonly AppOpUse[];
}

const NONE: readonly AppOpUse[] = Object.freeze([]);

export const indexAppOps = (dump: DumpsysAppOps | undefined): AppOpsIndex => {
  const byPackage = new Map<string, { uid?: number; ops: readonly AppOpUse[] }[]>();
  for (const entry of dump?.packages ?? []) {
    const list = byPackage.get(entry.packageName) ?? [];
    list.push(entry.uid === undefined ? { ops: entry.ops } : { uid: entry.uid, ops: entry.ops });
    byPackage.set(entry.packageName, list);
  }
  const uidModes = new Map<number, readonly AppOpUse[]>();
  for (const uid of dump?.uids ?? []) {
    if (uid.uid !== undefined && uid.uidModes.length > 0) uidModes.set(uid.uid, uid.uidModes);
  }
  return {
    opsOf: (packageName, uid) => {
      const entries = byPackage.get(packageName) ?? [];
      const match =
        entries.find((entry) => uid !== undefined && entry.uid === uid) ??
        entries.find((entry) => entry.uid === undefined || uid === undefined);
      if (match !== undefined) return match.ops;
      return (uid === undefined ? undefined : uidModes.get(uid)) ?? NONE;
    },
  };
};
