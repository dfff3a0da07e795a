// The audited scan as JSON (README "Scan JSON schema (v1)"): the snapshot unchanged, each app
// with `category{id, confidence, reason, system}`, `findings[]` and `score` added, and a
// `summary`. Only fields are added, so v1 consumers of the snapshot keep working.
import { builtInCatalogue } from '../classify/app-catalogue';
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
    /** The name people know the app by, from the built-in catalogue. */
    readonly knownName?: { readonly en: string; readonly zh: string };
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
    const listed = builtInCatalogue().byPackage.get(app.packageName);
    const knownName = listed === undefined ? {} : { knownName: { en: listed.nameEn, zh: listed.nameZh } };
    return [
      {
        ...app,
        category: { id: categoryId, confidence, reason, system, ...knownName },
        findings: judged.findings,
        score: judged.score,
      },
    ];
  }),
  summary: audit.summary,
});
