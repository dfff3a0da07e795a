// The Devices view's use-cases: every device on every adb server with getprop facts and the
// demo profile, network connect / disconnect / pair, and the extra adb servers of the
// settings (registered on start and whenever the setting changes).
import type { DeviceSummary } from '../../preload/contract';
import type { AdbService } from '../adb/adb-service';
import type { DemoPhones } from './demo-phones';
import type { DevicePropertiesCache } from './device-properties';
import type { EventHub } from './event-hub';

export interface DevicesService {
  list(): Promise<readonly DeviceSummary[]>;
  connect(request: { target: string; server?: string }): Promise<DeviceSummary>;
  disconnect(request: { target: string; server?: string }): Promise<{ disconnected: boolean }>;
  pair(request: {
    target: string;
    code: string;
    server?: string;
  }): Promise<{ paired: boolean; guid?: string }>;
  /** Makes the registered extra servers exactly `addresses` (the local one always stays). */
  syncServers(addresses: readonly string[]): void;
  /** Re-emits adb's `devices:changed` (from `source`) enriched, on `target`. */
  forwardChanges(source: EventHub, target: EventHub): () => void;
}

const CONNECT_TIMEOUT_MS = 20_000;

export const createDevicesService = (options: {
  readonly adb: AdbService;
  readonly properties: DevicePropertiesCache;
  readonly demo: Pick<DemoPhones, 'profileOf'>;
}): DevicesService => {
  const { adb, properties, demo } = options;
  const extraServers = new Map<string, string>();
  const describe = async (devices: readonly DeviceSummary[]): Promise<DeviceSummary[]> =>
    (await properties.enrich(devices)).map((device) => {
      const profile = demo.profileOf(device.serial);
      return profile === undefined ? device : { ...device, demoProfile: profile };
    });
  return {
    list: async () => describe(await adb.listDevices()),
    connect: async ({ target, server }) => {
      const device = await adb.connect(target, {
        timeoutMs: CONNECT_TIMEOUT_MS,
        ...(server === undefined ? {} : { server }),
      });
      const [described] = await describe([device]);
      return described ?? device;
    },
    disconnect: async ({ target, server }) => {
      await adb.disconnect(target, {
        timeoutMs: CONNECT_TIMEOUT_MS,
        ...(server === undefined ? {} : { server }),
      });
      properties.forget({ serial: target, ...(server === undefined ? {} : { server }) });
      return { disconnected: true };
    },
    pair: async ({ target, code }) => {
      const result = await adb.pair(target, code, { timeoutMs: CONNECT_TIMEOUT_MS });
      return { paired: true, ...(result.guid === undefined ? {} : { guid: result.guid }) };
    },
    syncServers: (addresses) => {
      const wanted = new Set(addresses);
      for (const [address, key] of extraServers) {
        if (wanted.has(address)) continue;
        adb.removeServer(key);
        extraServers.delete(address);
      }
      for (const address of wanted) {
        if (extraServers.has(address)) continue;
        try {
          extraServers.set(address, adb.addServer(address));
        } catch {
          // The settings schema validated it; an address adb still refuses is left out.
        }
      }
    },
    forwardChanges: (source, target) => {
      let sequence = 0;
      return source.subscribe((event, payload) => {
        if (event !== 'devices:changed') return target.emit(event, payload);
        const devices = payload as readonly DeviceSummary[];
        const mine = (sequence += 1);
        void describe(devices).then((described) => {
          // A newer change already went out: this one is stale.
          if (mine === sequence) target.emit('devices:changed', described);
        });
      });
    },
  };
};
