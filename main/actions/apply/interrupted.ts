// Batches a crash, an unplugged phone or a cancel left unfinished, and the two ways out:
// resume (re-read the running step's phone state against its intent, then continue) or roll
// back (undo every step that may have changed the phone, newest first).
import type { DeviceIdentity, Journal, JournalBatch } from '../../journal/journal-types';
import type { BatchResult, EngineOptions } from './apply-types';
import { assertSameDevice, readDeviceIdentity } from './device-identity';
import { runBatch } from './run-batch';
import { isUndoable, undoSteps } from './undo-steps';

/** Apply batches of this phone with steps still pending or running, newest first. */
export const findInterrupted = async (
  journal: Journal,
  device: DeviceIdentity,
): Promise<readonly JournalBatch[]> =>
  (await journal.listBatches(device)).filter(
    (batch) =>
      batch.kind === 'apply' &&
      batch.state !== 'rolled-back' &&
      batch.steps.some((step) => step.status === 'pending' || step.status === 'running'),
  );

const loadBatch = async (options: EngineOptions & { batchId: string }): Promise<JournalBatch> => {
  const batch = await options.journal.getBatch(options.batchId);
  if (batch === undefined) throw new Error(`no journal batch ${options.batchId}`);
  const identity = await readDeviceIdentity(
    options.session,
    options.signal === undefined ? {} : { signal: options.signal },
  );
  assertSameDevice(batch.device, identity);
  return batch;
};

export const resumeBatch = async (
  options: EngineOptions & { readonly batchId: string },
): Promise<BatchResult> => {
  const batch = await loadBatch(options);
  await options.journal.setBatchState({ batchId: batch.id, state: 'open' });
  return runBatch({ ...options, batch, sdk: batch.plan.device.sdk });
};

export const rollBackBatch = async (
  options: EngineOptions & { readonly batchId: string },
): Promise<BatchResult> => {
  const batch = await loadBatch(options);
  const result = await undoSteps({
    ...options,
    device: batch.device,
    steps: batch.steps,
    sdk: batch.plan.device.sdk,
  });
  if (result.state !== 'completed') return result;
  const after = await options.journal.getBatch(batch.id);
  const left = after?.steps.filter(isUndoable) ?? [];
  if (left.length > 0) return result;
  // Nothing of the batch is left on the phone; steps that never started will not run.
  for (const step of after?.steps ?? []) {
    if (step.status === 'pending' || step.status === 'running')
      await options.journal.setStepStatus({ rowId: step.rowId, status: 'skipped' });
  }
  await options.journal.setBatchState({ batchId: batch.id, state: 'rolled-back' });
  return { ...result, state: 'rolled-back' };
};
