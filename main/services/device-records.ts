// Which stored phone a DeviceRef means. Live: hardware id + build fingerprint from one getprop
// (cached) → the record of that build, created on first sight. The phone's records are all its
// builds (OTA updates) under any adb serial it had; offline (History, report of an unplugged
// phone) the hardware ids last seen under the ref's serial stand for it.
import type { DeviceRef } from '../../preload/contract';
import { identityFromProperties } from '../actions/apply/device-identity';
import type { DeviceRecord, DevicesRepository } from '../db/repositories/devices-repository';
import type { PhoneIdentity } from '../journal/journal-types';
import type { DevicePropertiesCache, DeviceProperties } from './device-properties';
import { type PhoneLookup, phoneRecords } from './phone-journal';

export interface IdentifiedDevice {
  readonly identity: PhoneIdentity;
  readonly record: DeviceRecord;
  readonly props: DeviceProperties;
}

export interface DeviceRecords {
  /** Reads the phone (it must be connected) and finds or adds its record. */
  identify(ref: DeviceRef): Promise<IdentifiedDevice>;
  /** Every record (build) of the phone, most recently seen first (works without the phone). */
  known(ref: DeviceRef): Promise<readonly DeviceRecord[]>;
  /** The phone's record now: its live build when stored, else its most recently seen one. */
  current(ref: DeviceRef): Promise<DeviceRecord | undefined>;
  /** What the journal needs to list the phone: hardware id and build when it is connected. */
  lookup(ref: DeviceRef): Promise<PhoneLookup>;
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
  /** The live identity, or undefined when the phone cannot be read now. */
  const liveIdentity = async (ref: DeviceRef): Promise<PhoneIdentity | undefined> => {
    try {
      return identityFromProperties({ serial: ref.serial, props: await properties.read(refOf(ref)) });
    } catch {
      return undefined;
    }
  };
  const known = async (ref: DeviceRef, live?: PhoneIdentity) =>
    phoneRecords(await devices.list(), {
      serial: ref.serial,
      ...(live === undefined ? {} : { hardwareId: live.hardwareId }),
    });
  return {
    identify: async (ref) => {
      const props = await properties.read(refOf(ref));
      const identity = identityFromProperties({ serial: ref.serial, props });
      const label = props['ro.product.model'];
      const record = await devices.identify({ ...identity, ...(label ? { label } : {}) });
      return { identity, record, props };
    },
    known: async (ref) => known(ref, await liveIdentity(ref)),
    current: async (ref) => {
      const live = await liveIdentity(ref);
      const found = live === undefined ? undefined : await devices.find(live);
      return found ?? (await known(ref, live))[0];
    },
    lookup: async (ref) => {
      const live = await liveIdentity(ref);
      return live === undefined
        ? { serial: ref.serial }
        : { serial: ref.serial, hardwareId: live.hardwareId, currentFingerprint: live.fingerprint };
    },
  };
};
