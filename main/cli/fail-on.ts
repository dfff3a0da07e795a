// The exit code of `privacyscope scan`: 0 ok, 3 a scanned phone has a finding at or above the
// --fail-on severity, 4 a phone failed while scanning (the run is incomplete, so 4 wins over 3).
// Usage errors (2) and failures before any phone was scanned (1) are run-cli's. Pure.
import type { AuditSummary } from '../audit/audit-snapshot';
import { isScanned, type DeviceScanResult } from './device-scan-result';
import { EXIT } from './exit-codes';
import { message } from './scan-messages';

export const FailOnSeverity = { High: 'high', Medium: 'medium', Low: 'low' } as const;
export type FailOnSeverity = (typeof FailOnSeverity)[keyof typeof FailOnSeverity];

/** The severities at or above each threshold (info never counts). */
const AT_OR_ABOVE = {
  high: ['high'],
  medium: ['high', 'medium'],
  low: ['high', 'medium', 'low'],
} as const satisfies Record<FailOnSeverity, readonly FailOnSeverity[]>;

/** How many findings of a phone are at or above `threshold`. */
export const findingsAtOrAbove = (
  summary: Pick<AuditSummary, 'bySeverity'>,
  threshold: FailOnSeverity,
): number => AT_OR_ABOVE[threshold].reduce((sum, severity) => sum + summary.bySeverity[severity], 0);

export interface ThresholdCrossing {
  readonly serial: string;
  /** Findings at or above the threshold. */
  readonly count: number;
}

/** The scanned phones with at least one finding at or above `threshold`, in result order. */
export const phonesOverThreshold = (
  results: readonly DeviceScanResult[],
  threshold: FailOnSeverity,
): ThresholdCrossing[] =>
  results.filter(isScanned).flatMap((result) => {
    const count = findingsAtOrAbove(result.audit.summary, threshold);
    return count > 0 ? [{ serial: result.serial, count }] : [];
  });

/** One line per phone over the threshold (none without --fail-on). */
export const thresholdLines = (
  results: readonly DeviceScanResult[],
  threshold: FailOnSeverity | undefined,
): string[] =>
  threshold === undefined
    ? []
    : phonesOverThreshold(results, threshold).map(({ serial, count }) =>
        message('overThreshold', { severity: threshold, serial, count }),
      );

export const scanExitCode = (options: {
  readonly results: readonly DeviceScanResult[];
  readonly failOn?: FailOnSeverity;
}): number => {
  if (options.results.some((result) => result.status === 'failed')) return EXIT.devicesFailed;
  if (options.failOn !== undefined && phonesOverThreshold(options.results, options.failOn).length > 0) {
    return EXIT.findingsOverThreshold;
  }
  return EXIT.ok;
};
