// What the History view derives from the journal: which batches were interrupted, which steps
// can still be undone, newest first. Mirrors main's rules (actions/apply/undo-steps, interrupted).
import type { JournalBatch, JournalStep, ScanRecord } from '../../../../preload/contract';

/** A step that may have changed the phone and was not undone yet (main's `isUndoable`). */
export const isUndoableStep = (step: JournalStep): boolean =>
  step.prior !== undefined &&
  step.undoOf === undefined &&
  (step.status === 'verified' || step.status === 'failed' || step.status === 'running');

export const canUndoBatch = (batch: JournalBatch): boolean =>
  batch.kind === 'apply' && batch.state !== 'interrupted' && batch.steps.some(isUndoableStep);

export const canUndoAnything = (batches: readonly JournalBatch[]): boolean => batches.some(canUndoBatch);

/** Apply batches left with pending or running steps (unplugged, crashed, cancelled). */
export const interruptedBatches = (batches: readonly JournalBatch[]): readonly JournalBatch[] =>
  batches.filter(
    (batch) =>
      batch.kind === 'apply' &&
      batch.state !== 'rolled-back' &&
      batch.steps.some((step) => step.status === 'pending' || step.status === 'running'),
  );

export const newestFirst = (batches: readonly JournalBatch[]): readonly JournalBatch[] =>
  [...batches].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id.localeCompare(a.id));

/** Default pair for the scan diff: the two latest scans (earlier, later), if there are two. */
export const defaultDiffPair = (
  scans: readonly ScanRecord[],
): { readonly fromId: number; readonly toId: number } | undefined => {
  const sorted = [...scans].sort((a, b) => a.takenAtMs - b.takenAtMs);
  const to = sorted.at(-1);
  const from = sorted.at(-2);
  return to === undefined || from === undefined ? undefined : { fromId: from.id, toId: to.id };
};
