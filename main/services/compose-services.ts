// Builds the real main-process services. Used by the Electron main process and by
// `privacyscope serve`; each passes what differs (shell, data folder, openExternal).
import { version } from '../../package.json';
import type { AppInfo } from '../../preload/contract';
import { createAdbService } from '../adb/adb-service';
import { createSwitchableAdbService } from '../adb/switchable-adb-service';
import { openSettingsService } from '../settings/settings-service';
import { adbConfigurationOf, watchAdbSettings } from './adb-settings-watch';
import type { AppServices } from './app-services';
import { composeUseCases } from './compose-use-cases';
import { EventHub } from './event-hub';
import { openAppStore } from './store';

export interface ComposeServicesOptions {
  readonly shell: AppInfo['shell'];
  readonly dataDir: string;
  /** The Electron-ABI better-sqlite3 build, for the settings database and the store alike. */
  readonly nativeBinding?: string;
  readonly openExternal: (url: string) => Promise<boolean>;
  /** Extra version facts (electron, chrome) known only inside Electron. */
  readonly versions?: Partial<AppInfo['versions']>;
  /**
   * Overrides the adbServerPort setting for this process (e.g. `serve --adb-port`, tests) until
   * the user changes that setting.
   */
  readonly adbServerPort?: number;
  /** Tests: the store file (default `<dataDir>/privacyscope.db`). */
  readonly storeFile?: string;
}

export const composeServices = async (options: ComposeServicesOptions): Promise<AppServices> => {
  const events = new EventHub();
  const binding = options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding };
  const settingsStore = openSettingsService({ dataDir: options.dataDir, ...binding });
  const store = (() => {
    try {
      return openAppStore({
        dataDir: options.dataDir,
        ...binding,
        ...(options.storeFile === undefined ? {} : { file: options.storeFile }),
      });
    } catch (error) {
      settingsStore.close();
      throw error;
    }
  })();
  const stored = await settingsStore.get();
  // adb reports device changes here; they reach clients enriched (model, Android, demo).
  const adbEvents = new EventHub();
  const configured = adbConfigurationOf(stored);
  // The one owner of the adb service: a change of the adb settings switches it in place.
  const adb = createSwitchableAdbService({
    initial: { ...configured, port: options.adbServerPort ?? configured.port },
    create: (configuration) => createAdbService({ ...configuration, events: adbEvents }),
    events: adbEvents,
  });
  const composed = composeUseCases({ adb, store, settings: settingsStore, events });
  const stopForwarding = composed.devices.forwardChanges(adbEvents, events);
  composed.devices.syncServers(stored.adbServers ?? []);
  const settings = watchAdbSettings({
    settings: settingsStore,
    adb,
    syncServers: (addresses) => composed.devices.syncServers(addresses),
    events,
    followers: {
      beforeSwitch: () => composed.demo.disconnectAll(),
      afterSwitch: () => composed.demo.reconnectAll(),
    },
  });
  const info = (): AppInfo => ({
    name: 'PrivacyScope',
    version,
    shell: options.shell,
    platform: process.platform,
    versions: { node: process.versions.node, ...options.versions },
  });
  return {
    info,
    adb,
    settings,
    events,
    useCases: composed.useCases,
    openExternal: options.openExternal,
    dispose: async () => {
      stopForwarding();
      await composed.dispose();
      await adb.dispose();
      store.close();
      settingsStore.close();
    },
  };
};
