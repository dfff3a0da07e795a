// "Open demo phone": a virtual phone from a shipped profile on a random loopback port, dialled
// by the app's own adb server (`adb connect`), so the whole app can be tried without a phone.
// Every demo phone is disconnected and closed on stop and on dispose, and follows a switch of
// the adb settings to the new adb server.
import type { DemoProfile, DeviceSummary } from '../../preload/contract';
import type { AdbService } from '../adb/adb-service';
import { launchVirtualPhone } from '../virtual-phone/launch-virtual-phone';
import type { LaunchedVirtualPhone } from '../virtual-phone/launch-virtual-phone';
import { listProfiles } from '../virtual-phone/profiles/load-profile';
import { RequestRefused } from './service-errors';

export interface DemoPhones {
  profiles(): readonly DemoProfile[];
  start(profile: string): Promise<DeviceSummary>;
  stop(serial: string): Promise<boolean>;
  /** serial → profile name of the running demo phones. */
  profileOf(serial: string): string | undefined;
  /** Before the adb settings switch: the old adb server lets go of every demo phone. */
  disconnectAll(): Promise<void>;
  /** After the switch: the new adb server dials every demo phone (best effort: adb may be missing). */
  reconnectAll(): Promise<void>;
  dispose(): Promise<void>;
}

/** Shipped names and `large-N` only: never a path (the renderer must not open files). */
const LARGE = /^large-([1-9][0-9]{0,3})$/;
const MAX_DEMO_PHONES = 8;

export const isDemoProfileName = (name: string): boolean =>
  LARGE.test(name) || listProfiles().some((profile) => profile.name === name && name !== 'large-N');

export const createDemoPhones = (options: {
  readonly adb: Pick<AdbService, 'connect' | 'disconnect'>;
  readonly launch?: typeof launchVirtualPhone;
}): DemoPhones => {
  const launch = options.launch ?? launchVirtualPhone;
  const phones = new Map<string, { launched: LaunchedVirtualPhone; profile: string }>();
  const stop = async (serial: string): Promise<boolean> => {
    const entry = phones.get(serial);
    if (entry === undefined) return false;
    phones.delete(serial);
    await options.adb.disconnect(serial, { timeoutMs: 5_000 }).catch(() => undefined);
    await entry.launched.phone.close();
    return true;
  };
  return {
    profiles: () => listProfiles(),
    start: async (profile) => {
      if (!isDemoProfileName(profile)) throw new RequestRefused(`unknown demo profile ${profile}`);
      if (phones.size >= MAX_DEMO_PHONES) throw new RequestRefused('too many demo phones are open');
      const launched = await launch({ profile, host: '127.0.0.1', port: 0 });
      const { serial } = launched.phone;
      phones.set(serial, { launched, profile });
      try {
        const summary = await options.adb.connect(serial, { timeoutMs: 15_000 });
        return { ...summary, demoProfile: profile };
      } catch (error) {
        await stop(serial);
        throw error;
      }
    },
    stop,
    profileOf: (serial) => phones.get(serial)?.profile,
    disconnectAll: async () => {
      await Promise.all(
        [...phones.keys()].map((serial) =>
          options.adb.disconnect(serial, { timeoutMs: 5_000 }).catch(() => undefined),
        ),
      );
    },
    reconnectAll: async () => {
      await Promise.all(
        [...phones.keys()].map((serial) =>
          options.adb.connect(serial, { timeoutMs: 15_000 }).catch(() => undefined),
        ),
      );
    },
    dispose: async () => {
      await Promise.all([...phones.keys()].map((serial) => stop(serial).catch(() => false)));
    },
  };
};
