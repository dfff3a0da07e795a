// Keeps one audited scan in the phone's history (snapshot + findings per app), and its figures
// when the store has the stats table's repository. The app's scan:run and the CLI's `plan`
// store scans this way.
import type { SnapshotAudit } from '../audit/audit-snapshot';
import type { ScanStatsRepository } from '../db/repositories/scan-stats-repository';
import type { ScansRepository } from '../db/repositories/scans-repository';

export const saveScan = async (
  store: { readonly scans: ScansRepository; readonly scanStats?: ScanStatsRepository },
  scan: { readonly deviceId: number; readonly audit: SnapshotAudit },
): Promise<number> => {
  const { audit } = scan;
  const scanId = await store.scans.add({
    deviceId: scan.deviceId,
    takenAt: new Date(audit.snapshot.takenAtMs).toISOString(),
    rulesetVersion: audit.summary.rulesetVersion,
    snapshot: audit.snapshot,
    findings: [...audit.apps].map(([packageName, app]) => ({ packageName, findings: app.findings })),
  });
  await store.scanStats?.save({ scanId, score: audit.summary.score, appCount: audit.apps.size });
  return scanId;
};
