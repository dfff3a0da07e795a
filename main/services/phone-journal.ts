// Every journal batch of a phone, newest first, from the store alone (the phone need not be
// connected): the History view and `privacyscope journal` both list it this way. A serial may
// have several identities (reflashed phone: another build fingerprint); all are listed.
import type { DevicesRepository } from '../db/repositories/devices-repository';
import type { Journal, JournalBatch } from '../journal/journal-types';

export const listPhoneJournal = async (
  store: { readonly devices: DevicesRepository; readonly journal: Journal },
  serial: string,
): Promise<JournalBatch[]> => {
  const devices = (await store.devices.list()).filter((device) => device.serial === serial);
  const all = await Promise.all(devices.map((device) => store.journal.listBatches(device)));
  return all.flat().sort((a, b) => b.createdAt.localeCompare(a.createdAt));
};
