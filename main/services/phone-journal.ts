// Every journal batch of a phone, newest first, from the store alone (the phone need not be
// connected): the History view and `privacyscope journal` both list it this way. A phone is its
// hardware id across every build it ran (OTA updates) and every adb serial it had (wireless
// ports); offline, the hardware ids last seen under the given serial stand for it. Apply
// batches made on an older build than the phone's current one are flagged `systemUpdated`.
import type { DeviceRecord, DevicesRepository } from '../db/repositories/devices-repository';
import type { Journal, JournalBatch } from '../journal/journal-types';
import { flagSystemUpdates } from '../journal/system-updated';

export interface PhoneLookup {
  readonly serial: string;
  /** Known when the phone is connected. */
  readonly hardwareId?: string;
  /** The build it runs now (connected); else the build its newest record was seen with. */
  readonly currentFingerprint?: string;
}

/**
 * The stored records (one per build) of the phone, most recently seen first. Records written
 * before schema 0004 under the same serial (`legacy`) belong to it too, as they always did.
 */
export const phoneRecords = (
  all: readonly DeviceRecord[],
  phone: Pick<PhoneLookup, 'serial' | 'hardwareId'>,
): DeviceRecord[] => {
  const underSerial = all.filter(
    (record) =>
      record.serial === phone.serial &&
      (phone.hardwareId === undefined || record.identitySource === 'legacy'),
  );
  const ids = new Set([
    ...underSerial.map((record) => record.hardwareId),
    ...(phone.hardwareId === undefined ? [] : [phone.hardwareId]),
  ]);
  return all.filter((record) => ids.has(record.hardwareId));
};

export const listPhoneJournal = async (
  store: { readonly devices: DevicesRepository; readonly journal: Journal },
  phone: PhoneLookup,
): Promise<JournalBatch[]> => {
  const records = phoneRecords(await store.devices.list(), phone);
  const newestBuild = new Map<string, string>();
  for (const record of records) {
    if (!newestBuild.has(record.hardwareId)) newestBuild.set(record.hardwareId, record.fingerprint);
  }
  // Connected: every listed id is this phone (its own and its legacy ones), on the live build.
  const live = phone.hardwareId === undefined ? undefined : phone.currentFingerprint;
  if (live !== undefined) for (const hardwareId of [...newestBuild.keys()]) newestBuild.set(hardwareId, live);
  const all = await Promise.all(
    [...newestBuild.keys()].map((hardwareId) => store.journal.listBatches({ hardwareId })),
  );
  const sorted = all.flat().sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return flagSystemUpdates(sorted, (hardwareId) => newestBuild.get(hardwareId));
};
