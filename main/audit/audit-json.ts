// The audited scan as JSON (README "Scan JSON schema (v1)"): the snapshot unchanged, each app
// with `category{id, confidence, reason, system}`, `findings[]` and `score` added, and a
// `summary`. Only fields are added, so v1 consumers of the snapshot keep working.
import type { ClassificationReason } from '../classify/classification';
import type { Finding } from '../findings/finding';
import type { AppEntry, DeviceSnapshot } from '../snapshot/device-snapshot';
import type { AuditSummary, SnapshotAudit } from './audit-snapshot';

export interface AuditedAppJson extends AppEntry {
  readonly category: {
    readonly id: string;
    readonly confidence: number;
    readonly reason: ClassificationReason;
    /** A preinstalled system app (judged as a platform component). */
    readonly system: boolean;
  };
  /** Empty for apps not installed for the snapshot's user (they are not judged). */
  readonly findings: readonly Finding[];
  readonly score: number;
}

export interface AuditedScanJson extends Omit<DeviceSnapshot, 'apps'> {
  readonly apps: readonly AuditedAppJson[];
  readonly summary: AuditSummary;
}

export const auditJson = (audit: SnapshotAudit): AuditedScanJson => ({
  ...audit.snapshot,
  apps: audit.snapshot.apps.flatMap((app): AuditedAppJson[] => {
    const judged = audit.apps.get(app.packageName);
    if (judged === undefined) return [];
    const { categoryId, confidence, reason, system } = judged.category;
    return [
      {
        ...app,
        category: { id: categoryId, confidence, reason, system },
        findings: judged.findings,
        score: judged.score,
      },
    ];
  }),
  summary: audit.summary,
});
