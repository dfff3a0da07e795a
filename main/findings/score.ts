// Risk scores, 0 (nothing found) to 100. The formula (also in README.md):
//
//   weight(high) = 0.40, weight(medium) = 0.15, weight(low) = 0.05, weight(info) = 0
//   appScore    = round(100 × (1 − Π over the app's distinct (kind, rule key) pairs of
//                 (1 − weight of the pair's highest severity)))
//   deviceScore = round(mean of the 10 highest app scores, padding with 0 when fewer apps)
//
// A (kind, rule key) pair counts once (READ_MEDIA_IMAGES and READ_MEDIA_VIDEO are one "photos
// and videos" excess grant), at its highest severity. Each pair removes a share of the
// remaining "safety", so an app score never exceeds 100, one high finding alone is 40, and
// adding a finding or raising its severity never lowers a score (a new pair adds a factor ≤ 1,
// a known pair's max can only rise; round and mean-of-top-k are monotone). The device score looks at the worst ten apps so a phone is not judged safe because
// it has many clean apps, nor maxed out by many minor findings.
import type { Finding, Severity } from './finding';
import { SEVERITIES } from './finding';

export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = {
  high: 0.4,
  medium: 0.15,
  low: 0.05,
  info: 0,
};

export const DEVICE_SCORE_TOP_APPS = 10;

export type SeverityCounts = Readonly<Record<Severity, number>>;

export type ScoredFinding = Pick<Finding, 'kind' | 'severity'> & {
  readonly subject: Pick<Finding['subject'], 'name' | 'group'>;
};

export const appScore = (findings: readonly ScoredFinding[]): number => {
  const weights = new Map<string, number>();
  for (const finding of findings) {
    const pair = `${finding.kind}:${finding.subject.group ?? finding.subject.name}`;
    weights.set(pair, Math.max(weights.get(pair) ?? 0, SEVERITY_WEIGHTS[finding.severity]));
  }
  const safe = [...weights.values()].reduce((product, weight) => product * (1 - weight), 1);
  return Math.round(100 * (1 - safe));
};

export const deviceScore = (appScores: readonly number[]): number => {
  const top = [...appScores].sort((a, b) => b - a).slice(0, DEVICE_SCORE_TOP_APPS);
  const sum = top.reduce((total, score) => total + score, 0);
  return Math.round(sum / DEVICE_SCORE_TOP_APPS);
};

export const countBySeverity = (findings: readonly Pick<Finding, 'severity'>[]): SeverityCounts => {
  const counts = { high: 0, medium: 0, low: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
};

export const addCounts = (a: SeverityCounts, b: SeverityCounts): SeverityCounts =>
  Object.fromEntries(SEVERITIES.map((severity) => [severity, a[severity] + b[severity]])) as Record<
    Severity,
    number
  >;
