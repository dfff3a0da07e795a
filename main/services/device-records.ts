// Which stored phone a DeviceRef means. Live: serial + build fingerprint (getprop, cached) →
// the device record, created on first sight. Offline (History, report of an unplugged phone):
// the record of that serial seen most recently.
import type { DeviceRef } from '../../preload/contract';
import type { DeviceRecord, DevicesRepository } from '../db/repositories/devices-repository';
import type { DeviceIdentity } from '../journal/journal-types';
import type { DevicePropertiesCache, DeviceProperties } from './device-properties';

export interface IdentifiedDevice {
  readonly identity: DeviceIdentity;
  readonly record: DeviceRecord;
  readonly props: DeviceProperties;
}

export interface DeviceRecords {
  /** Reads the phone (it must be connected) and finds or adds its record. */
  identify(ref: DeviceRef): Promise<IdentifiedDevice>;
  /** Every record of this serial, newest first (works without the phone). */
  known(ref: DeviceRef): Promise<readonly DeviceRecord[]>;
  /** The phone's record now: its live identity when reachable, else the newest of its serial. */
  current(ref: DeviceRef): Promise<DeviceRecord | undefined>;
}

const refOf = (ref: DeviceRef) => ({
  serial: ref.serial,
  ...(ref.server === undefined ? {} : { server: ref.server }),
});

export const createDeviceRecords = (options: {
  readonly devices: DevicesRepository;
  readonly properties: DevicePropertiesCache;
}): DeviceRecords => {
  const { devices, properties } = options;
  const known = async (ref: DeviceRef) =>
    (await devices.list()).filter((record) => record.serial === ref.serial);
  return {
    identify: async (ref) => {
      const props = await properties.read(refOf(ref));
      const identity = { serial: ref.serial, fingerprint: props['ro.build.fingerprint'] ?? '' };
      const label = props['ro.product.model'];
      const record = await devices.identify({ ...identity, ...(label ? { label } : {}) });
      return { identity, record, props };
    },
    known,
    current: async (ref) => {
      try {
        const props = await properties.read(refOf(ref));
        const found = await devices.find({
          serial: ref.serial,
          fingerprint: props['ro.build.fingerprint'] ?? '',
        });
        if (found !== undefined) return found;
      } catch {
        // Not connected: fall back to the history of this serial.
      }
      return (await known(ref))[0];
    },
  };
};
