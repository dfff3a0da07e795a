// One getprop per device, cached per server + serial: `devices:list` shows manufacturer,
// Android release and SDK, and the use-cases read the build fingerprint (the journal's device
// identity) from the same answer. A device that leaves the list is forgotten.
import type { DeviceSummary } from '../../preload/contract';
import type { AdbService } from '../adb/adb-service';

export type DeviceProperties = Readonly<Record<string, string | undefined>>;

const PROPERTIES_TIMEOUT_MS = 5_000;

export interface DevicePropertiesCache {
  /** The device's properties (cached; a failed read is not cached). */
  read(device: { serial: string; server?: string }): Promise<DeviceProperties>;
  /** Adds model / manufacturer / release / sdk to `device`-state summaries. */
  enrich(devices: readonly DeviceSummary[]): Promise<DeviceSummary[]>;
  forget(device: { serial: string; server?: string }): void;
}

const keyOf = (device: { serial: string; server?: string }): string =>
  `${device.server ?? ''}/${device.serial}`;

export const summaryFacts = (props: DeviceProperties): Partial<DeviceSummary> => {
  const sdk = Number(props['ro.build.version.sdk']);
  const facts: Record<string, string | number> = {};
  const model = props['ro.product.model'];
  const manufacturer = props['ro.product.manufacturer'];
  const release = props['ro.build.version.release'];
  if (model) facts['model'] = model;
  if (manufacturer) facts['manufacturer'] = manufacturer;
  if (release) facts['release'] = release;
  if (Number.isInteger(sdk) && sdk > 0) facts['sdk'] = sdk;
  return facts as Partial<DeviceSummary>;
};

export const createDevicePropertiesCache = (adb: Pick<AdbService, 'device'>): DevicePropertiesCache => {
  const cache = new Map<string, Promise<DeviceProperties>>();
  const read = (device: { serial: string; server?: string }): Promise<DeviceProperties> => {
    const key = keyOf(device);
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const pending = adb
      .device(device.serial, device.server)
      .getProperties({ timeoutMs: PROPERTIES_TIMEOUT_MS })
      .then((props) => props as DeviceProperties);
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
    return pending;
  };
  return {
    read,
    enrich: (devices) =>
      Promise.all(
        devices.map(async (device) => {
          if (device.state !== 'device') return device;
          try {
            const facts = summaryFacts(await read(device));
            // Keep what adb itself said about the model (the list's `model:` field) first.
            return { ...facts, ...device, ...(device.model === undefined ? {} : { model: device.model }) };
          } catch {
            return device;
          }
        }),
      ),
    forget: (device) => {
      cache.delete(keyOf(device));
    },
  };
};
