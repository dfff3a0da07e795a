// Scans of a phone: run one (progress + cancel as a task), audit it with the user's choices,
// keep it in the history; the latest one re-audited with today's rules and choices; the list of
// past scans with their figures; and what changed between two of them.
import type { AuditedApp, AuditedScan, DeviceRef, ScanDiff, ScanRecord } from '../../preload/contract';
import type { AdbService } from '../adb/adb-service';
import type { SnapshotAudit } from '../audit/audit-snapshot';
import type { DeviceRecord } from '../db/repositories/devices-repository';
import { scanDevice } from '../reader/scan';
import type { DeviceSnapshot } from '../snapshot/device-snapshot';
import type { Auditor } from './auditor';
import { toAuditedScan } from './auditor';
import type { DeviceRecords } from './device-records';
import { saveScan } from './save-scan';
import { diffScans } from './scan-diff';
import { NoScanYet, RequestRefused } from './service-errors';
import type { AppStore } from './store';
import type { TaskRegistry } from './task-registry';

export interface LatestScan {
  readonly record: DeviceRecord;
  readonly scanId: number;
  readonly snapshot: DeviceSnapshot;
  readonly audit: SnapshotAudit;
}

export interface ScansService {
  run(request: { device: DeviceRef; userId?: number; taskId: string }): Promise<AuditedScan>;
  latest(device: DeviceRef): Promise<AuditedScan | null>;
  /** The latest scan with its audit, for planning and reports; throws NoScanYet. */
  latestAudit(device: DeviceRef, record?: DeviceRecord): Promise<LatestScan>;
  list(device: DeviceRef): Promise<readonly ScanRecord[]>;
  diff(request: { device: DeviceRef; fromId: number; toId: number }): Promise<ScanDiff>;
  setCategory(request: {
    device: DeviceRef;
    packageName: string;
    categoryId: string | null;
  }): Promise<AuditedApp>;
}

const statsOf = (audit: SnapshotAudit) => ({ score: audit.summary.score, appCount: audit.apps.size });

export const createScansService = (options: {
  readonly adb: Pick<AdbService, 'device'>;
  readonly store: AppStore;
  readonly records: DeviceRecords;
  readonly auditor: Auditor;
  readonly tasks: TaskRegistry;
  readonly isCategory: (categoryId: string) => Promise<boolean>;
}): ScansService => {
  const { store, records, auditor } = options;

  const latestAudit = async (device: DeviceRef, given?: DeviceRecord): Promise<LatestScan> => {
    const record = given ?? (await records.current(device));
    const [scan] = record === undefined ? [] : await store.scans.latest({ deviceId: record.id, count: 1 });
    if (record === undefined || scan === undefined) throw new NoScanYet(device.serial);
    const snapshot = scan.snapshot as DeviceSnapshot;
    return { record, scanId: scan.id, snapshot, audit: await auditor.audit(snapshot, record.id) };
  };

  /** A scan of one of the records of this serial (never another phone's). */
  const ownScan = async (device: DeviceRef, scanId: number) => {
    const ids = new Set((await records.known(device)).map((record) => record.id));
    const scan = await store.scans.get(scanId);
    if (scan === undefined || !ids.has(scan.deviceId)) {
      throw new RequestRefused(`scan ${scanId} is not a scan of ${device.serial}`);
    }
    return scan;
  };

  return {
    run: ({ device, userId, taskId }) =>
      options.tasks.run(taskId, async ({ signal, progress }) => {
        progress({ phase: 'device', fraction: 0 });
        const { identity, record } = await records.identify(device);
        const session = options.adb.device(device.serial, device.server);
        // Labels of unchanged apps come from the last scan: a rescan reads only new/updated APKs.
        const [previous] = await store.scans.latest({ deviceId: record.id, count: 1 });
        const read = await scanDevice(session, {
          userId: userId ?? 0,
          signal,
          labels: { previous: (previous?.snapshot as DeviceSnapshot | undefined)?.apps ?? [] },
          onProgress: (event) => progress({ phase: event.phase, bytes: event.bytes }),
        });
        const snapshot: DeviceSnapshot = {
          ...read,
          device: { ...read.device, serial: identity.serial, fingerprint: identity.fingerprint },
        };
        progress({ phase: 'audit', fraction: 0.95 });
        const audit = await auditor.audit(snapshot, record.id);
        const scanId = await saveScan(store, { deviceId: record.id, audit });
        return toAuditedScan(audit, scanId);
      }),
    latest: async (device) => {
      try {
        const { audit, scanId } = await latestAudit(device);
        return toAuditedScan(audit, scanId);
      } catch (error) {
        if (error instanceof NoScanYet) return null;
        throw error;
      }
    },
    latestAudit,
    list: async (device) => {
      const summaries = (
        await Promise.all((await records.known(device)).map((record) => store.scans.list(record.id)))
      )
        .flat()
        .sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.id - a.id);
      const stats = new Map(await store.scanStats.get(summaries.map((scan) => scan.id)));
      for (const scan of summaries.filter((each) => !stats.has(each.id))) {
        // Scans stored by the CLI have no figures yet: audit once and keep them.
        const full = await store.scans.get(scan.id);
        if (full === undefined) continue;
        const figures = {
          scanId: scan.id,
          ...statsOf(await auditor.audit(full.snapshot as DeviceSnapshot, scan.deviceId)),
        };
        await store.scanStats.save(figures);
        stats.set(scan.id, figures);
      }
      return summaries.map((scan) => ({
        id: scan.id,
        takenAtMs: Date.parse(scan.takenAt),
        score: stats.get(scan.id)?.score ?? 0,
        appCount: stats.get(scan.id)?.appCount ?? 0,
        rulesetVersion: scan.rulesetVersion ?? '',
      }));
    },
    diff: async ({ device, fromId, toId }) => {
      const [from, to] = await Promise.all([ownScan(device, fromId), ownScan(device, toId)]);
      return diffScans({
        fromId,
        toId,
        from: from.snapshot as DeviceSnapshot,
        to: to.snapshot as DeviceSnapshot,
      });
    },
    setCategory: async ({ device, packageName, categoryId }) => {
      if (categoryId !== null && !(await options.isCategory(categoryId))) {
        throw new RequestRefused(`unknown category ${categoryId}`);
      }
      const { record, snapshot } = await latestAudit(device);
      if (!snapshot.apps.some((app) => app.packageName === packageName)) {
        throw new RequestRefused(`${packageName} is not in the latest scan of ${device.serial}`);
      }
      await store.appCategories.set({ deviceId: record.id, packageName, categoryId });
      const audited = toAuditedScan(await auditor.audit(snapshot, record.id));
      const app = audited.apps.find((entry) => entry.packageName === packageName);
      if (app === undefined) throw new RequestRefused(`${packageName} is not installed for this user`);
      return app;
    },
  };
};
