// The use-cases behind the API channels beyond status and settings, as one group: devices and
// demo phones, tasks, scans and history, changes (plan, apply, journal), rules and reports.
import type { DemoProfile, DeviceRef, DeviceSummary, ExportedReport } from '../../preload/contract';
import type { ChangesService } from './changes-service';
import type { DevicesService } from './devices-service';
import type { PhoneSettingsService } from './phone-settings-service';
import type { RestoreService } from './restore-service';
import type { RulesService } from './rules-service';
import type { ScansService } from './scans-service';
import type { TaskRegistry } from './task-registry';

export interface DemoService {
  profiles(): readonly DemoProfile[];
  start(profile: string): Promise<DeviceSummary>;
  stop(serial: string): Promise<boolean>;
}

export interface ReportService {
  export(request: { device: DeviceRef; format: 'html' | 'json' }): Promise<ExportedReport>;
}

export interface UseCaseServices {
  readonly devices: Omit<DevicesService, 'syncServers' | 'forwardChanges'>;
  readonly demo: DemoService;
  /** Opens a whitelisted settings screen on a phone (guidance for what adb cannot change). */
  readonly phoneSettings: PhoneSettingsService;
  readonly tasks: Pick<TaskRegistry, 'cancel'>;
  readonly scans: Omit<ScansService, 'latestAudit'>;
  readonly changes: ChangesService;
  /** Plans that bring a phone back to an earlier scan. */
  readonly restore: RestoreService;
  readonly rules: Omit<RulesService, 'effective'>;
  readonly report: ReportService;
}
