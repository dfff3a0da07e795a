// `scan --all`: every device on the adb server. Devices in the `device` state are scanned
// through the same live path as one phone, at most `jobs` at a time; the others are skipped
// with the reason; a phone that fails (dropped connection, timeout…) becomes a `failed` result
// and the rest carry on. Results come back in serial order.
import type { DeviceSummary } from '../../preload/contract';
import type { AdbService } from '../adb/adb-service';
import { auditSnapshot } from '../audit/audit-snapshot';
import { DeviceScanStatus, type DeviceScanResult } from './device-scan-result';
import { scanLive } from './live-scan';
import { mapBounded } from './run-bounded';
import { SKIP_REASONS } from './scan-messages';

export interface FleetScanOptions {
  readonly userId: number;
  readonly jobs: number;
  readonly signal: AbortSignal;
  readonly timeoutMs?: number;
  readonly labels?: boolean;
  /** Called as each phone finishes (scanned or failed), for streaming output. */
  readonly onResult?: (result: DeviceScanResult) => void;
}

const skipped = (device: DeviceSummary): DeviceScanResult => ({
  serial: device.serial,
  status: DeviceScanStatus.Skipped,
  reason:
    device.state in SKIP_REASONS ? SKIP_REASONS[device.state as keyof typeof SKIP_REASONS] : device.state,
  ...(device.model === undefined ? {} : { model: device.model }),
});

const deviceModel = (device: { manufacturer?: string; model?: string }): string | undefined =>
  [device.manufacturer, device.model].filter((part) => part !== undefined).join(' ') || undefined;

const scanOne = async (
  service: AdbService,
  device: DeviceSummary,
  options: FleetScanOptions,
): Promise<DeviceScanResult> => {
  try {
    const snapshot = await scanLive(service.device(device.serial, device.server), {
      userId: options.userId,
      signal: options.signal,
      ...(options.labels === undefined ? {} : { labels: options.labels }),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    });
    const audit = auditSnapshot(snapshot, { now: snapshot.takenAtMs });
    const model = deviceModel(snapshot.device) ?? device.model;
    return {
      serial: device.serial,
      status: DeviceScanStatus.Scanned,
      audit,
      ...(model === undefined ? {} : { model }),
    };
  } catch (error) {
    return {
      serial: device.serial,
      status: DeviceScanStatus.Failed,
      reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      ...(device.model === undefined ? {} : { model: device.model }),
    };
  }
};

export const scanFleet = async (
  service: AdbService,
  options: FleetScanOptions,
): Promise<DeviceScanResult[]> => {
  const devices = [...(await service.listDevices())].sort((a, b) =>
    a.serial < b.serial ? -1 : a.serial > b.serial ? 1 : 0,
  );
  const ready = devices.filter((device) => device.state === 'device');
  const scanned = await mapBounded(ready, { concurrency: options.jobs }, async (device) => {
    const result = await scanOne(service, device, options);
    options.onResult?.(result);
    return result;
  });
  const bySerial = new Map(ready.map((device, index) => [device, scanned[index]]));
  return devices.map((device) => bySerial.get(device) ?? skipped(device));
};
