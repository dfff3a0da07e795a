// "Restore a snapshot" from the UI: the plan that brings a phone back from its latest stored
// scan to an earlier one of the same phone (main/plan/restore-plan). Applied like any other
// plan (`plan:apply`: journaled, verified, undoable).
import type { DeviceRef, Plan } from '../../preload/contract';
import { buildRestorePlan } from '../plan/restore-plan';
import type { DeviceSnapshot } from '../snapshot/device-snapshot';
import type { DeviceRecords } from './device-records';
import type { ScansService } from './scans-service';
import { RequestRefused } from './service-errors';
import type { SettingsService } from './app-services';
import type { AppStore } from './store';

export interface RestoreService {
  plan(request: { device: DeviceRef; scanId: number }): Promise<Plan>;
}

export const createRestoreService = (options: {
  readonly store: Pick<AppStore, 'scans'>;
  readonly records: Pick<DeviceRecords, 'identify' | 'known'>;
  readonly scans: Pick<ScansService, 'latestAudit'>;
  /** Expert mode lets a restore hide, suspend or disable protected packages again. */
  readonly settings: Pick<SettingsService, 'get'>;
}): RestoreService => ({
  plan: async ({ device, scanId }) => {
    const { identity, props } = await options.records.identify(device);
    const latest = await options.scans.latestAudit(device);
    const ids = new Set((await options.records.known(device)).map((record) => record.id));
    const earlier = await options.store.scans.get(scanId);
    if (earlier === undefined || !ids.has(earlier.deviceId)) {
      throw new RequestRefused(`scan ${scanId} is not a scan of ${device.serial}`);
    }
    return buildRestorePlan({
      earlier: earlier.snapshot as DeviceSnapshot,
      current: latest.snapshot,
      device: {
        serial: identity.serial,
        fingerprint: identity.fingerprint,
        sdk: latest.snapshot.device.sdk ?? (Number(props['ro.build.version.sdk']) || 0),
      },
      rulesetVersion: latest.audit.summary.rulesetVersion,
      earlierScanId: scanId,
      expertOverride: (await options.settings.get()).expertMode === true,
    });
  },
});
