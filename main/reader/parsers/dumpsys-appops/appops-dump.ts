// The typed result of `dumpsys appops`, and the builder that collects uid and package blocks.
import type { AppOpUse, AppOpUseBuilder } from './app-op-use';
import type { TimeResolver } from './time-resolver';

export interface AppOpsPackage {
  /** Undefined only for excerpts that start inside a uid block. */
  readonly uid?: number;
  readonly packageName: string;
  /** The uid's modes (`uidMode: true`) first, then the package's own ops. */
  readonly ops: readonly AppOpUse[];
}

export interface AppOpsUid {
  readonly uid?: number;
  /** `state=` (9+): pers, top, fgsvc, fg, bg, cch… */
  readonly uidState?: string;
  /** Uid-level modes (`COARSE_LOCATION: mode=ignore`), each with `uidMode: true`. */
  readonly uidModes: readonly AppOpUse[];
  readonly packageNames: readonly string[];
}

export interface DumpsysAppOps {
  readonly uids: readonly AppOpsUid[];
  readonly packages: readonly AppOpsPackage[];
}

interface PackageBlock {
  readonly packageName: string;
  readonly ops: AppOpUseBuilder[];
}

/** One `Uid …:` block while it is being read. */
export class UidBlock {
  readonly uid: number | undefined;
  uidState: string | undefined;
  readonly uidModes: AppOpUseBuilder[] = [];
  readonly packages: PackageBlock[] = [];

  constructor(uid: number | undefined) {
    this.uid = uid;
  }

  openPackage(packageName: string): PackageBlock {
    const block = { packageName, ops: [] };
    this.packages.push(block);
    return block;
  }

  finish(into: { uids: AppOpsUid[]; packages: AppOpsPackage[] }, time: TimeResolver): void {
    const uidModes: AppOpUse[] = [];
    for (const builder of this.uidModes) uidModes.push(builder.build(time));
    const packageNames: string[] = [];
    for (const block of this.packages) {
      packageNames.push(block.packageName);
      const ops = uidModes.slice();
      for (const builder of block.ops) ops.push(builder.build(time));
      const entry: { -readonly [K in keyof AppOpsPackage]: AppOpsPackage[K] } = {
        packageName: block.packageName,
        ops,
      };
      if (this.uid !== undefined) entry.uid = this.uid;
      into.packages.push(entry);
    }
    const uid: { -readonly [K in keyof AppOpsUid]: AppOpsUid[K] } = { uidModes, packageNames };
    if (this.uid !== undefined) uid.uid = this.uid;
    if (this.uidState !== undefined) uid.uidState = this.uidState;
    into.uids.push(uid);
  }
}
