// Which journal batches were made on another build than the phone runs now (pure): an OTA
// update since. Such apply batches carry `systemUpdated` (old and new fingerprint), so the
// History view and `privacyscope journal` can say so before a resume, roll back or undo.
import type { JournalBatch } from './journal-types';

/** `currentBuild(hardwareId)`: the fingerprint the phone runs now, undefined when unknown. */
export const flagSystemUpdates = (
  batches: readonly JournalBatch[],
  currentBuild: (hardwareId: string) => string | undefined,
): JournalBatch[] =>
  batches.map((batch) => {
    if (batch.kind !== 'apply') return batch;
    const current = currentBuild(batch.device.hardwareId ?? batch.device.serial);
    if (current === undefined || current === batch.device.fingerprint) return batch;
    return {
      ...batch,
      systemUpdated: { batchFingerprint: batch.device.fingerprint, currentFingerprint: current },
    };
  });
