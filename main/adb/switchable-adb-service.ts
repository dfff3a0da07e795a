// The one owner of the adb service's lifetime. The rest of the app holds this object; when the
// adb settings change (server port, adb binary) `reconfigure` builds the service for the new
// configuration, carries the extra servers and the listeners over, starts tracking on it,
// disposes the old service (its trackers and poll timers stop) and tells clients the new
// device list. Sessions taken before a switch finish the call they are in; any later call on
// them fails with AdbReconfigured instead of reaching a server the user has left.
import type { AdbStatus, DeviceSummary } from '../../preload/contract';
import type { EventHub } from '../services/event-hub';
import type { AdbService, DeviceChangeListener } from './adb-service';
import { deviceKey } from './device-list';
import type { DeviceSession } from './device-session';
import { AdbReconfigured } from './errors';
import type { ShellStream } from './shell';

export interface AdbConfiguration {
  /** adb server port of the local server. */
  readonly port: number;
  /** The adb path setting; absent: PATH, ANDROID_HOME, usual folders. */
  readonly adbPath?: string;
}

export interface SwitchableAdbService extends AdbService {
  configuration(): AdbConfiguration;
  /**
   * Switches to `next`: resolves with its status once the new service has started its server
   * (when it can), listed its devices and `devices:changed` went out. One switch at a time.
   */
  reconfigure(next: AdbConfiguration): Promise<AdbStatus>;
}

export interface SwitchableAdbServiceOptions {
  readonly initial: AdbConfiguration;
  /** Builds the service of one configuration (createAdbService with the app's event hub). */
  readonly create: (configuration: AdbConfiguration) => AdbService;
  /** Receives `devices:changed` after each switch, also when both lists are empty. */
  readonly events: EventHub;
}

const failedStream = (error: Error): ShellStream => {
  const exit = Promise.reject(error);
  exit.catch(() => undefined);
  return { exit, [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(error) }) };
};

export const createSwitchableAdbService = (options: SwitchableAdbServiceOptions): SwitchableAdbService => {
  const listeners = new Set<DeviceChangeListener>();
  /** key → address of the extra servers, re-added to each new service. */
  const extraServers = new Map<string, string>();
  let configuration = options.initial;
  let current = options.create(configuration);
  let generation = 0;
  let disposed = false;
  /** The current service's last device list. */
  let known: readonly DeviceSummary[] = [];
  let switching: Promise<unknown> = Promise.resolve();

  const attach = (service: AdbService): (() => void) =>
    service.onDevicesChanged((change, devices) => {
      if (service !== current) return;
      known = devices;
      for (const listener of listeners) listener(change, devices);
    });
  let detach = attach(current);

  const guard = (session: DeviceSession, takenAt: number): DeviceSession => {
    const stale = (what: string): AdbReconfigured | undefined =>
      takenAt === generation ? undefined : new AdbReconfigured(`${what} on ${session.serial}`);
    const check = (what: string): void => {
      const error = stale(what);
      if (error !== undefined) throw error;
    };
    return {
      serial: session.serial,
      server: session.server,
      run: async (command, runOptions) => {
        check('shell command');
        return session.run(command, runOptions);
      },
      runChecked: async (command, runOptions) => {
        check('shell command');
        return session.runChecked(command, runOptions);
      },
      stream: (command, runOptions) => {
        const error = stale('shell stream');
        return error === undefined ? session.stream(command, runOptions) : failedStream(error);
      },
      getProperties: async (callOptions) => {
        check('getprop');
        return session.getProperties(callOptions);
      },
      pull: async (path, pullOptions) => {
        check('pull');
        return session.pull(path, pullOptions);
      },
    };
  };

  const swap = async (next: AdbConfiguration): Promise<AdbStatus> => {
    if (disposed) throw new AdbReconfigured('switching adb settings');
    const previous = current;
    const previousDevices = known;
    detach();
    generation += 1;
    configuration = next;
    current = options.create(next);
    known = [];
    detach = attach(current);
    for (const address of extraServers.values()) {
      try {
        current.addServer(address);
      } catch {
        // It was accepted before; the new service refuses nothing the old one took.
      }
    }
    await previous.dispose();
    // The user just chose this adb: start its server and tracking now, not on the next list.
    await current.startTracking();
    known = await current.listDevices().catch(() => known);
    const stillThere = new Set(known.map(deviceKey));
    const removed = previousDevices.filter((device) => !stillThere.has(deviceKey(device)));
    if (removed.length > 0) {
      for (const listener of listeners) listener({ added: [], removed, changed: [] }, known);
    }
    options.events.emit('devices:changed', known);
    return current.status();
  };

  return {
    configuration: () => configuration,
    reconfigure: (next) => {
      const result = switching.then(() => swap(next));
      switching = result.catch(() => undefined);
      return result;
    },
    status: () => current.status(),
    listDevices: () => current.listDevices(),
    startTracking: () => current.startTracking(),
    onDevicesChanged: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    connect: (target, callOptions) => current.connect(target, callOptions),
    disconnect: (target, callOptions) => current.disconnect(target, callOptions),
    pair: (target, code, callOptions) => current.pair(target, code, callOptions),
    addServer: (address) => {
      const key = current.addServer(address);
      extraServers.set(key, address);
      return key;
    },
    removeServer: (key) => {
      extraServers.delete(key);
      return current.removeServer(key);
    },
    servers: () => current.servers(),
    device: (serial, server) => guard(current.device(serial, server), generation),
    restartServer: (callOptions) => current.restartServer(callOptions),
    dispose: async () => {
      disposed = true;
      await switching;
      detach();
      listeners.clear();
      await current.dispose();
    },
  };
};
