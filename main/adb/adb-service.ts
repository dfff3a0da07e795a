// PLACEHOLDER until the ADB layer lands (owned by the ADB-layer work): reports adb as absent.
import type { AdbStatus, DeviceSummary } from '../../preload/contract';
import type { EventHub } from '../services/event-hub';
import type { AdbStatusService } from '../services/app-services';

export interface AdbServiceOptions {
  /** adb server port (default 5037). */
  readonly port: number;
  /** adb binary from the settings; otherwise PATH, ANDROID_HOME, usual folders. */
  readonly adbPath?: string;
  /** `devices:changed` is emitted here. */
  readonly events: EventHub;
}

export interface AdbService extends AdbStatusService {
  dispose(): Promise<void>;
}

export const createAdbService = (options: AdbServiceOptions): AdbService => ({
  status: async (): Promise<AdbStatus> => ({ found: false, serverRunning: false, serverPort: options.port }),
  listDevices: async (): Promise<readonly DeviceSummary[]> => [],
  dispose: async () => {},
});
