// Builds the real main-process services. Used by the Electron main process and by
// `privacyscope serve`; each passes what differs (shell, data folder, openExternal).
import { version } from '../../package.json';
import type { AppInfo } from '../../preload/contract';
import { createAdbService } from '../adb/adb-service';
import { openSettingsService } from '../settings/settings-service';
import type { AppServices } from './app-services';
import { EventHub } from './event-hub';

export interface ComposeServicesOptions {
  readonly shell: AppInfo['shell'];
  readonly dataDir: string;
  readonly nativeBinding?: string;
  readonly openExternal: (url: string) => Promise<boolean>;
  /** Extra version facts (electron, chrome) known only inside Electron. */
  readonly versions?: Partial<AppInfo['versions']>;
  /** Overrides the adbServerPort setting for this process (e.g. `serve --adb-port`, tests). */
  readonly adbServerPort?: number;
}

export const composeServices = async (options: ComposeServicesOptions): Promise<AppServices> => {
  const events = new EventHub();
  const settings = openSettingsService({
    dataDir: options.dataDir,
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
  });
  const { adbPath, adbServerPort } = await settings.get();
  const adb = createAdbService({
    port: options.adbServerPort ?? adbServerPort,
    events,
    ...(adbPath === undefined ? {} : { adbPath }),
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
    openExternal: options.openExternal,
    dispose: async () => {
      await adb.dispose();
      settings.close();
    },
  };
};
