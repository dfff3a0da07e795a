// The riskiest apps of a scan: highest score first, then most high findings, then name.
import type { AuditedApp, Severity } from '../../../../preload/contract';

export interface WorstApp {
  readonly packageName: string;
  readonly categoryId: string;
  readonly score: number;
  readonly high: number;
  readonly total: number;
  readonly worstSeverity: Severity | undefined;
}

const RANK: Readonly<Record<Severity, number>> = { high: 3, medium: 2, low: 1, info: 0 };

export const worstApps = (apps: readonly AuditedApp[], limit = 10): readonly WorstApp[] =>
  apps
    .filter((app) => app.score > 0)
    .map((app) => {
      const worst = app.findings.reduce<Severity | undefined>(
        (best, finding) =>
          best === undefined || RANK[finding.severity] > RANK[best] ? finding.severity : best,
        undefined,
      );
      return {
        packageName: app.packageName,
        categoryId: app.category.id,
        score: app.score,
        high: app.findings.filter((finding) => finding.severity === 'high').length,
        total: app.findings.length,
        worstSeverity: worst,
      };
    })
    .sort((a, b) => b.score - a.score || b.high - a.high || a.packageName.localeCompare(b.packageName))
    .slice(0, limit);
