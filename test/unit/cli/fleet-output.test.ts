// The multi-phone output of `scan --all`: the JSON document (each scanned phone's audit is the
// single-phone `scan --json` object), the final table, and the file names per serial.
import { describe, expect, it } from 'vitest';
import { auditJson } from '../../../main/audit/audit-json';
import { auditSnapshot } from '../../../main/audit/audit-snapshot';
import type { DeviceScanResult } from '../../../main/cli/device-scan-result';
import { fleetJson, formatFleetTable } from '../../../main/cli/fleet-output';
import { auditJsonText, reportStems } from '../../../main/cli/scan-files';
import { NOW, makeApp, makeSnapshot } from '../findings/fixtures';

const snapshot = makeSnapshot({
  apps: [makeApp({ packageName: 'com.autonavi.minimap', grants: ['ACCESS_FINE_LOCATION', 'READ_CONTACTS'] })],
});
const audit = auditSnapshot(
  { ...snapshot, device: { ...snapshot.device, release: '14', serial: 'A1' } },
  { now: NOW },
);

const unauthorized = 'unauthorized: accept the USB debugging prompt on the phone';
const results: DeviceScanResult[] = [
  { serial: 'A1', model: 'Xiaomi 23127PN0CC', status: 'scanned', audit },
  { serial: 'B2', status: 'skipped', reason: unauthorized },
  { serial: 'C3', model: 'Pixel 8', status: 'failed', reason: 'OutputTruncated: connection dropped?' },
];

describe('fleetJson', () => {
  it('is { schemaVersion, scannedAt, devices[] } with the single-phone audit per scanned phone', () => {
    const document = fleetJson({ results, startedAtMs: NOW });
    expect(Object.keys(document)).toEqual(['schemaVersion', 'scannedAt', 'devices']);
    expect(document.schemaVersion).toBe(1);
    expect(document.scannedAt).toBe(new Date(NOW).toISOString());
    expect(document.devices.map((device) => Object.keys(device))).toEqual([
      ['serial', 'status', 'audit'],
      ['serial', 'status', 'reason'],
      ['serial', 'status', 'reason'],
    ]);
    expect(document.devices[1]).toEqual({ serial: 'B2', status: 'skipped', reason: unauthorized });
    expect(document.devices[2]).toMatchObject({ serial: 'C3', status: 'failed' });
    // Round-tripped through JSON, the audit is exactly what `scan --json` prints for that phone.
    const parsed = JSON.parse(JSON.stringify(document)) as { devices: { audit?: unknown }[] };
    expect(parsed.devices[0]?.audit).toEqual(JSON.parse(auditJsonText(audit)));
    expect(document.devices[0]?.audit).toEqual(auditJson(audit));
  });
});

describe('formatFleetTable', () => {
  it('has one aligned row per device and the totals', () => {
    const lines = formatFleetTable(results);
    expect(lines[0]).toMatch(/^SERIAL\s+MODEL\s+ANDROID\s+SCORE\s+HIGH\s+MEDIUM\s+LOW\s+APPS\s+STATUS$/);
    const { score, bySeverity, appsWithFindings } = audit.summary;
    expect(lines[1]?.split(/\s{2,}/)).toEqual([
      'A1',
      'Xiaomi 23127PN0CC',
      '14',
      String(score),
      String(bySeverity.high),
      String(bySeverity.medium),
      String(bySeverity.low),
      String(appsWithFindings),
      'scanned',
    ]);
    expect(bySeverity.high).toBe(1);
    expect(lines[2]).toMatch(/^B2\s+skipped: unauthorized: accept/);
    expect(lines[3]).toMatch(/^C3\s+Pixel 8\s+failed: OutputTruncated/);
    const statusColumn = lines[0]?.indexOf('STATUS');
    expect(lines.slice(1, 4).map((line) => line.search(/(scanned|skipped|failed)/))).toEqual([
      statusColumn,
      statusColumn,
      statusColumn,
    ]);
    expect(lines.at(-1)).toBe('1 scanned, 1 skipped, 1 failed');
  });
});

describe('reportStems', () => {
  it('sanitises serials and keeps them unique (case-insensitively)', () => {
    expect(reportStems(['127.0.0.1:40123', 'emulator-5554', 'a:b', 'a_b', 'A_B', 'x/../y'])).toEqual([
      '127.0.0.1_40123',
      'emulator-5554',
      'a_b',
      'a_b-2',
      'A_B-3',
      'x_.._y',
    ]);
  });
});
