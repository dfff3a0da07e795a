// Batches a crash, an unplugged phone or a cancel left unfinished, and the two ways out:
// resume (re-read the running step's phone state against its intent, then continue) or roll
// back (undo every step that may have changed the phone, newest first). Both hold the phone's
// device lease, and refuse a batch made on another build unless the user accepted it.
import type { Journal, JournalBatch, PhoneIdentity } from '../../journal/journal-types';
import type { BatchResult, EngineOptions, UpdatedSystemConsent } from './apply-types';
import { assertSamePhone, readDeviceIdentity } from './device-identity';
import { type HeldLease, withDeviceLease } from './device-lease';
import { runBatch } from './run-batch';
import { isUndoable, undoSteps } from './undo-steps';

/** Apply batches of this phone (any build) with steps still pending or running, newest first. */
export const findInterrupted = async (
  journal: Journal,
  phone: { readonly hardwareId: string },
): Promise<readonly JournalBatch[]> =>
  (await journal.listBatches(phone)).filter(
    (batch) =>
      batch.kind === 'apply' &&
      batch.state !== 'rolled-back' &&
      batch.steps.some((step) => step.status === 'pending' || step.status === 'running'),
  );

export type BatchRunOptions = EngineOptions & UpdatedSystemConsent & { readonly batchId: string };

/** Loads the batch, checks the connected phone against it and runs `work` under its lease. */
const withBatch = async (
  options: BatchRunOptions & { readonly work: 'resume' | 'roll-back' },
  work: (batch: JournalBatch, identity: PhoneIdentity, lease: HeldLease) => Promise<BatchResult>,
): Promise<BatchResult> => {
  const found = await options.journal.getBatch(options.batchId);
  if (found === undefined) throw new Error(`no journal batch ${options.batchId}`);
  const identity = await readDeviceIdentity(
    options.session,
    options.signal === undefined ? {} : { signal: options.signal },
  );
  const device = { ...found.device, hardwareId: found.device.hardwareId ?? found.device.serial };
  assertSamePhone({
    batch: { id: found.id, device },
    actual: identity,
    ...(options.acceptUpdatedSystem === undefined
      ? {}
      : { acceptUpdatedSystem: options.acceptUpdatedSystem }),
  });
  return withDeviceLease(
    {
      journal: options.journal,
      deviceKey: identity.hardwareId,
      work: options.work,
      batchId: found.id,
      ...(options.leaseEnvironment === undefined ? {} : { environment: options.leaseEnvironment }),
    },
    async (lease) => {
      // Re-read under the lease: the run that held it may have changed the batch meanwhile.
      const batch = (await options.journal.getBatch(found.id)) ?? found;
      return work(batch, identity, lease);
    },
  );
};

export const resumeBatch = (options: BatchRunOptions): Promise<BatchResult> =>
  withBatch({ ...options, work: 'resume' }, async (batch, _identity, lease) => {
    await options.journal.setBatchState({ batchId: batch.id, state: 'open' });
    return runBatch({ ...options, batch, sdk: batch.plan.device.sdk, lease });
  });

export const rollBackBatch = (options: BatchRunOptions): Promise<BatchResult> =>
  withBatch({ ...options, work: 'roll-back' }, async (batch, identity, lease) => {
    const result = await undoSteps({
      ...options,
      identity,
      lease,
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
  });
