// Findings by severity, worst first, with each share of the total (for the bars of the
// findings card) and the score band the device score falls in.
import type { AuditSummaryView, Severity } from '../../../../preload/contract';

export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];

export interface SeverityCount {
  readonly severity: Severity;
  readonly count: number;
  /** 0..1 of all findings (0 when there are none). */
  readonly share: number;
}

export const severityCounts = (summary: Pick<AuditSummaryView, 'bySeverity'>): readonly SeverityCount[] => {
  const total = SEVERITIES.reduce((sum, severity) => sum + (summary.bySeverity[severity] ?? 0), 0);
  return SEVERITIES.map((severity) => {
    const count = summary.bySeverity[severity] ?? 0;
    return { severity, count, share: total === 0 ? 0 : count / total };
  });
};

export type ScoreBand = 'low' | 'medium' | 'high';

/** 0–29 low, 30–59 medium, 60–100 high (one high finding alone is 40). */
export const scoreBand = (score: number): ScoreBand =>
  score >= 60 ? 'high' : score >= 30 ? 'medium' : 'low';
