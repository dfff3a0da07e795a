// What `privacyscope scan` knows about one phone after a run: scanned (with its audit),
// skipped before scanning (unauthorized, offline…) or failed while scanning (with why).
import type { SnapshotAudit } from '../audit/audit-snapshot';

export const DeviceScanStatus = { Scanned: 'scanned', Skipped: 'skipped', Failed: 'failed' } as const;
export type DeviceScanStatus = (typeof DeviceScanStatus)[keyof typeof DeviceScanStatus];

interface DeviceScanBase {
  readonly serial: string;
  /** The model the adb server lists (scanned phones: the snapshot's own). */
  readonly model?: string;
}

export interface ScannedDevice extends DeviceScanBase {
  readonly status: typeof DeviceScanStatus.Scanned;
  readonly audit: SnapshotAudit;
}

export interface UnscannedDevice extends DeviceScanBase {
  readonly status: typeof DeviceScanStatus.Skipped | typeof DeviceScanStatus.Failed;
  readonly reason: string;
}

export type DeviceScanResult = ScannedDevice | UnscannedDevice;

export const isScanned = (result: DeviceScanResult): result is ScannedDevice =>
  result.status === DeviceScanStatus.Scanned;
