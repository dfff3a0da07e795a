// What `scan --all` prints after the phones: the JSON document (`--json`: one entry per device,
// each scanned phone's audit exactly as single-phone `scan --json` prints it) and the final
// table (serial, model, Android, score, high/medium/low, apps with findings, status). Pure.
import { auditJson, type AuditedScanJson } from '../audit/audit-json';
import { isScanned, type DeviceScanResult, type DeviceScanStatus } from './device-scan-result';
import { FLEET_COLUMNS, message } from './scan-messages';

export const FLEET_SCHEMA_VERSION = 1;

export interface FleetDeviceJson {
  readonly serial: string;
  readonly status: DeviceScanStatus;
  readonly reason?: string;
  readonly audit?: AuditedScanJson;
}

export interface FleetJson {
  readonly schemaVersion: typeof FLEET_SCHEMA_VERSION;
  /** ISO 8601 (UTC): when the run started. */
  readonly scannedAt: string;
  readonly devices: readonly FleetDeviceJson[];
}

export const fleetJson = (options: {
  readonly results: readonly DeviceScanResult[];
  readonly startedAtMs: number;
}): FleetJson => ({
  schemaVersion: FLEET_SCHEMA_VERSION,
  scannedAt: new Date(options.startedAtMs).toISOString(),
  devices: options.results.map((result) =>
    isScanned(result)
      ? { serial: result.serial, status: result.status, audit: auditJson(result.audit) }
      : { serial: result.serial, status: result.status, reason: result.reason },
  ),
});

const tableRow = (result: DeviceScanResult): string[] => {
  const model = result.model ?? '';
  if (!isScanned(result)) {
    return [result.serial, model, '', '', '', '', '', '', `${result.status}: ${result.reason}`];
  }
  const { summary, snapshot } = result.audit;
  return [
    result.serial,
    model,
    snapshot.device.release ?? '',
    String(summary.score),
    String(summary.bySeverity.high),
    String(summary.bySeverity.medium),
    String(summary.bySeverity.low),
    String(summary.appsWithFindings),
    result.status,
  ];
};

/** The final table, columns padded to their widest cell, then the totals line. */
export const formatFleetTable = (results: readonly DeviceScanResult[]): string[] => {
  const rows = [[...FLEET_COLUMNS], ...results.map(tableRow)];
  const widths = FLEET_COLUMNS.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const count = (status: DeviceScanStatus) => results.filter((result) => result.status === status).length;
  return [
    ...rows.map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    ),
    message('fleetTotals', { scanned: count('scanned'), skipped: count('skipped'), failed: count('failed') }),
  ];
};
