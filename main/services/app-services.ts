// What the handler table needs from the main process, as interfaces. `compose-services.ts`
// builds the real ones; tests pass fakes.
import type { AdbStatus, AppInfo, DeviceSummary, Settings, SettingsPatch } from '../../preload/contract';
import type { EventHub } from './event-hub';
import type { UseCaseServices } from './use-case-services';

export interface AdbStatusService {
  status(): Promise<AdbStatus>;
  listDevices(): Promise<readonly DeviceSummary[]>;
}

export interface SettingsService {
  get(): Promise<Settings>;
  /** `null` (or an explicit undefined) puts a setting back to its default. */
  update(patch: SettingsPatch): Promise<Settings>;
}

export interface AppServices {
  readonly info: () => AppInfo;
  readonly adb: AdbStatusService;
  readonly settings: SettingsService;
  readonly events: EventHub;
  /**
   * Devices, demo phones, scans, changes, rules and reports. Always set by composeServices;
   * optional so small fakes (tests of status/settings) need not build it — its channels then
   * answer `internal` ("not available").
   */
  readonly useCases?: UseCaseServices;
  /** Opens an https URL in the user's browser; false when refused. */
  readonly openExternal: (url: string) => Promise<boolean>;
  readonly dispose: () => Promise<void>;
}
