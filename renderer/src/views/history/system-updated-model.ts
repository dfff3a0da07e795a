// Batches made before the phone's last system update (main flags them `systemUpdated`): the
// distinct build changes to show, whether acting on a batch still waits for the user's
// confirmation, and the field a confirmed request carries.
import type { JournalBatch, SystemUpdatedSince } from '../../../../preload/contract';

/** Each distinct "made on → runs now" pair among the batches, in list order. */
export const systemUpdates = (batches: readonly JournalBatch[]): readonly SystemUpdatedSince[] => {
  const seen = new Map<string, SystemUpdatedSince>();
  for (const { systemUpdated } of batches) {
    if (systemUpdated === undefined) continue;
    const key = `${systemUpdated.batchFingerprint}\n${systemUpdated.currentFingerprint}`;
    if (!seen.has(key)) seen.set(key, systemUpdated);
  }
  return [...seen.values()];
};

/** Resume / roll back of this batch stays disabled until the user confirmed. */
export const awaitsUpdateConsent = (batch: JournalBatch, accepted: boolean): boolean =>
  batch.systemUpdated !== undefined && !accepted;

/** What a request adds once the user confirmed (nothing otherwise). */
export const updateConsent = (accepted: boolean): { readonly acceptUpdatedSystem?: true } =>
  accepted ? { acceptUpdatedSystem: true } : {};
