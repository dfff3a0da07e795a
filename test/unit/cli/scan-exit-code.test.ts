// The exit-code decision of `privacyscope scan`: --fail-on thresholds count the severities at
// or above them, a failed phone gives 4 (and wins over 3), skipped phones change nothing.
import { describe, expect, it } from 'vitest';
import type { SnapshotAudit } from '../../../main/audit/audit-snapshot';
import { auditSnapshot } from '../../../main/audit/audit-snapshot';
import type { DeviceScanResult } from '../../../main/cli/device-scan-result';
import { EXIT } from '../../../main/cli/exit-codes';
import { findingsAtOrAbove, scanExitCode, thresholdLines } from '../../../main/cli/fail-on';
import { NOW, makeApp, makeSnapshot } from '../findings/fixtures';

const audit = auditSnapshot(makeSnapshot({ apps: [makeApp({ packageName: 'org.example.plain' })] }), {
  now: NOW,
});

const withCounts = (counts: { high: number; medium: number; low: number }): SnapshotAudit => ({
  ...audit,
  summary: { ...audit.summary, bySeverity: { ...counts, info: 7 } },
});

const scanned = (
  serial: string,
  counts: { high: number; medium: number; low: number },
): DeviceScanResult => ({
  serial,
  status: 'scanned',
  audit: withCounts(counts),
});
const skipped: DeviceScanResult = { serial: 'u1', status: 'skipped', reason: 'unauthorized' };
const failed: DeviceScanResult = { serial: 'f1', status: 'failed', reason: 'OutputTruncated: …' };

describe('findingsAtOrAbove', () => {
  it('counts the severities at or above the threshold, never info', () => {
    const summary = { bySeverity: { high: 1, medium: 2, low: 4, info: 8 } };
    expect(findingsAtOrAbove(summary, 'high')).toBe(1);
    expect(findingsAtOrAbove(summary, 'medium')).toBe(3);
    expect(findingsAtOrAbove(summary, 'low')).toBe(7);
  });
});

describe('scanExitCode', () => {
  const mediumOnly = scanned('m1', { high: 0, medium: 2, low: 0 });
  const clean = scanned('c1', { high: 0, medium: 0, low: 0 });

  it('is 0 without --fail-on, whatever was found', () => {
    expect(scanExitCode({ results: [mediumOnly, clean, skipped] })).toBe(EXIT.ok);
  });

  it('is 3 only when a phone has a finding at or above the threshold', () => {
    expect(scanExitCode({ results: [mediumOnly, clean], failOn: 'high' })).toBe(EXIT.ok);
    expect(scanExitCode({ results: [mediumOnly, clean], failOn: 'medium' })).toBe(3);
    expect(scanExitCode({ results: [mediumOnly, clean], failOn: 'low' })).toBe(3);
    expect(
      scanExitCode({ results: [clean, scanned('l1', { high: 0, medium: 0, low: 1 })], failOn: 'medium' }),
    ).toBe(EXIT.ok);
  });

  it('is 4 when a phone failed, also when another crossed the threshold; skipped phones do not count', () => {
    expect(scanExitCode({ results: [clean, skipped] })).toBe(EXIT.ok);
    expect(scanExitCode({ results: [clean, failed] })).toBe(4);
    expect(scanExitCode({ results: [mediumOnly, failed], failOn: 'medium' })).toBe(4);
    expect(EXIT).toMatchObject({ ok: 0, failure: 1, usage: 2, findingsOverThreshold: 3, devicesFailed: 4 });
  });

  it('names each phone over the threshold with its count', () => {
    const results = [scanned('h1', { high: 2, medium: 1, low: 0 }), mediumOnly, clean, failed];
    expect(thresholdLines(results, 'medium')).toEqual([
      'At or above --fail-on medium: h1 (3 findings)',
      'At or above --fail-on medium: m1 (2 findings)',
    ]);
    expect(thresholdLines(results, undefined)).toEqual([]);
  });
});
