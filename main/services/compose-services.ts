// Builds the real main-process services. Used by the Electron main process and by
// `privacyscope serve`; each passes what differs (shell, data folder, openExternal).
import { version } from '../../package.json';
import type { AppInfo, Settings } from '../../preload/contract';
import { createAdbService } from '../adb/adb-service';
import { openSettingsService } from '../settings/settings-service';
import type { AppServices, SettingsService } from './app-services';
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
  /** Overrides the adbServerPort setting for this process (e.g. `serve --adb-port`, tests). */
  readonly adbServerPort?: number;
  /** Tests: the store file (default `<dataDir>/privacyscope.db`). */
  readonly storeFile?: string;
}

/** Settings whose updates also re-register the extra adb servers. */
const watchAdbServers = (
  settings: SettingsService,
  sync: (addresses: readonly string[]) => void,
): SettingsService => ({
  get: () => settings.get(),
  update: async (patch) => {
    const next: Settings = await settings.update(patch);
    if ('adbServers' in patch) sync(next.adbServers ?? []);
    return next;
  },
});

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
  const { adbPath, adbServerPort, adbServers } = await settingsStore.get();
  // adb reports device changes here; they reach clients enriched (model, Android, demo).
  const adbEvents = new EventHub();
  const adb = createAdbService({
    port: options.adbServerPort ?? adbServerPort,
    events: adbEvents,
    ...(adbPath === undefined ? {} : { adbPath }),
  });
  const composed = composeUseCases({ adb, store, settings: settingsStore, events });
  const stopForwarding = composed.devices.forwardChanges(adbEvents, events);
  composed.devices.syncServers(adbServers ?? []);
  const settings = watchAdbServers(settingsStore, (addresses) => composed.devices.syncServers(addresses));
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
