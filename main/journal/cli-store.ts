// What the plan/apply/undo/journal commands share: the store in the data folder (opened and
// integrity-checked once per command run) and a connected phone with its identity.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DeviceSession } from '../adb/device-session';
import { readDeviceIdentity } from '../actions/apply/device-identity';
import { defaultDataDir } from '../bridge/default-data-dir';
import { withAdbService } from '../cli/adb-session-options';
import { createDevicesRepository, type DevicesRepository } from '../db/repositories/devices-repository';
import { createJournalRepository } from '../db/repositories/journal-repository';
import { createScansRepository, type ScansRepository } from '../db/repositories/scans-repository';
import type { Journal, PhoneIdentity } from './journal-types';
import { openStore, storeFile } from './open-store';

export interface CliStore {
  readonly journal: Journal;
  readonly devices: DevicesRepository;
  readonly scans: ScansRepository;
}

export const resolveDataDir = (value: string | undefined): string => resolve(value ?? defaultDataDir());

export const withStore = async <T>(dataDir: string, use: (store: CliStore) => Promise<T>): Promise<T> => {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const db = openStore({ file: storeFile(dataDir) });
  try {
    return await use({
      journal: createJournalRepository(db),
      devices: createDevicesRepository(db),
      scans: createScansRepository(db),
    });
  } finally {
    db.close();
  }
};

export const withPhone = async <T>(
  options: { port: number; serial: string; signal: AbortSignal },
  use: (session: DeviceSession, identity: PhoneIdentity) => Promise<T>,
): Promise<T> =>
  withAdbService(options.port, async (service) => {
    const session = service.device(options.serial);
    const identity = await readDeviceIdentity(session, { signal: options.signal });
    return use(session, identity);
  });
