// Makes the adb settings take effect at once. Wraps the settings service: after an update,
// a changed `adbServers` list re-registers the extra servers, and a changed `adbPath` or
// `adbServerPort` switches the adb service to the new configuration (device tracking restarts
// on it) before the update answers, then clients get `adb:changed` with the new status.
// Only a change of the stored setting counts: a port given for this run only (`serve
// --adb-port`) stays until the user actually changes the port setting.
import type { Settings } from '../../preload/contract';
import type { AdbConfiguration, SwitchableAdbService } from '../adb/switchable-adb-service';
import type { SettingsService } from './app-services';
import { DEFAULT_SETTINGS } from '../settings/settings-service';
import type { EventHub } from './event-hub';

export interface AdbSettingsWatchOptions {
  readonly settings: SettingsService;
  readonly adb: Pick<SwitchableAdbService, 'configuration' | 'reconfigure'>;
  /** Makes the registered extra servers exactly these addresses. */
  readonly syncServers: (addresses: readonly string[]) => void;
  /** `adb:changed` goes out here. */
  readonly events: EventHub;
  /** Phones that follow the switch (the demo phones): let go of before, dialled again after. */
  readonly followers?: {
    readonly beforeSwitch: () => Promise<void>;
    readonly afterSwitch: () => Promise<void>;
  };
}

/** The adb configuration the settings ask for. */
export const adbConfigurationOf = (settings: Settings): AdbConfiguration => ({
  port: settings.adbServerPort ?? DEFAULT_SETTINGS.adbServerPort ?? 5037,
  ...(settings.adbPath === undefined ? {} : { adbPath: settings.adbPath }),
});

/**
 * The configuration to switch to, or undefined when the adb settings did not change. The port
 * only follows the setting when the setting itself changed (a per-run port stays otherwise).
 */
export const nextAdbConfiguration = (options: {
  readonly before: Settings;
  readonly after: Settings;
  readonly current: AdbConfiguration;
}): AdbConfiguration | undefined => {
  const [before, after] = [adbConfigurationOf(options.before), adbConfigurationOf(options.after)];
  const portChanged = before.port !== after.port;
  if (!portChanged && before.adbPath === after.adbPath) return undefined;
  return {
    port: portChanged ? after.port : options.current.port,
    ...(after.adbPath === undefined ? {} : { adbPath: after.adbPath }),
  };
};

export const watchAdbSettings = (options: AdbSettingsWatchOptions): SettingsService => {
  const { settings, adb, events } = options;
  // Updates run one at a time here too, so `before` is the state this update starts from.
  let queue: Promise<unknown> = Promise.resolve();
  const update: SettingsService['update'] = (patch) => {
    const next = queue.then(async () => {
      const before = await settings.get();
      const after = await settings.update(patch);
      if ('adbServers' in patch) options.syncServers(after.adbServers ?? []);
      const configuration = nextAdbConfiguration({ before, after, current: adb.configuration() });
      if (configuration !== undefined) {
        await options.followers?.beforeSwitch();
        const status = await adb.reconfigure(configuration);
        await options.followers?.afterSwitch();
        events.emit('adb:changed', status);
      }
      return after;
    });
    queue = next.catch(() => undefined);
    return next;
  };
  return { get: () => settings.get(), update };
};
