// Wires the use-case services over the ADB service, the store and the settings: one
// getprop cache, one task registry, one auditor (rules + choices + settings) shared by all.
import type { AdbService } from '../adb/adb-service';
import { exportReport, reportLanguage } from '../report/export-report';
import type { SettingsService } from './app-services';
import { createAuditor } from './auditor';
import { createChangesService } from './changes-service';
import { createDemoPhones } from './demo-phones';
import type { DemoPhones } from './demo-phones';
import { createDevicePropertiesCache } from './device-properties';
import { createDeviceRecords } from './device-records';
import { createDevicesService } from './devices-service';
import { createPhoneSettingsService } from './phone-settings-service';
import type { DevicesService } from './devices-service';
import type { EventHub } from './event-hub';
import { createRestoreService } from './restore-service';
import { createRulesService } from './rules-service';
import { createScansService } from './scans-service';
import { NoScanYet } from './service-errors';
import type { AppStore } from './store';
import { createTaskRegistry } from './task-registry';
import type { TaskRegistry } from './task-registry';
import type { UseCaseServices } from './use-case-services';

export interface ComposedUseCases {
  readonly useCases: UseCaseServices;
  readonly devices: DevicesService;
  readonly demo: DemoPhones;
  readonly tasks: TaskRegistry;
  /** Cancels tasks, closes demo phones, stops listening to adb. */
  readonly dispose: () => Promise<void>;
}

export const composeUseCases = (options: {
  readonly adb: AdbService;
  readonly store: AppStore;
  readonly settings: SettingsService;
  readonly events: EventHub;
}): ComposedUseCases => {
  const { adb, store, settings, events } = options;
  const properties = createDevicePropertiesCache(adb);
  const stopForgetting = adb.onDevicesChanged((change) => {
    for (const device of [...change.removed, ...change.changed.map((each) => each.before)]) {
      properties.forget(device);
    }
  });
  const demo = createDemoPhones({ adb });
  const devices = createDevicesService({ adb, properties, demo });
  const tasks = createTaskRegistry(events);
  const records = createDeviceRecords({ devices: store.devices, properties });
  const rules = createRulesService(store.ruleOverrides);
  const auditor = createAuditor({
    rules: () => rules.effective(),
    appCategories: store.appCategories,
    settings,
  });
  const scans = createScansService({
    adb,
    store,
    records,
    auditor,
    tasks,
    isCategory: async (categoryId) => (await rules.effective()).categories.has(categoryId),
  });
  const changes = createChangesService({ adb, store, records, scans, settings, tasks });
  const useCases: UseCaseServices = {
    devices,
    demo,
    phoneSettings: createPhoneSettingsService({ adb }),
    tasks,
    scans,
    changes,
    restore: createRestoreService({ store, records, scans, settings }),
    rules,
    report: {
      export: async ({ device, format }) => {
        const scan = await scans.latest(device);
        if (scan === null) throw new NoScanYet(device.serial);
        const lang = reportLanguage((await settings.get()).language);
        return exportReport(scan, { format, lang });
      },
    },
  };
  return {
    useCases,
    devices,
    demo,
    tasks,
    dispose: async () => {
      stopForgetting();
      tasks.cancelAll();
      await demo.dispose();
    },
  };
};
