// Undo by scope: one journal step, one batch, or everything ever done on a phone (across the
// builds it ran). Reads the connected phone's identity, takes its device lease, then selects the
// steps from the journal as it is under the lease. Steps made on another build (a system update
// since) are only undone when the user accepted it.
import type { JournalBatch } from '../../journal/journal-types';
import type { BatchResult, EngineOptions, UpdatedSystemConsent } from './apply-types';
import { assertSamePhone, readDeviceIdentity } from './device-identity';
import { withDeviceLease } from './device-lease';
import { isUndoable, undoSteps } from './undo-steps';

export type UndoScope = { readonly step: number } | { readonly batch: string } | { readonly all: true };

export class NothingToUndo extends Error {
  override readonly name = 'NothingToUndo';
}

const selectSteps = (batches: readonly JournalBatch[], scope: UndoScope) =>
  'step' in scope
    ? batches.flatMap((batch) => batch.steps).filter((step) => step.rowId === scope.step)
    : 'batch' in scope
      ? (batches.find((batch) => batch.id === scope.batch)?.steps ?? [])
      : batches.flatMap((batch) => batch.steps);

export const undoScope = async (
  options: EngineOptions & UpdatedSystemConsent & { readonly scope: UndoScope; readonly sdk: number },
): Promise<BatchResult> => {
  const { journal, scope } = options;
  const identity = await readDeviceIdentity(
    options.session,
    options.signal === undefined ? {} : { signal: options.signal },
  );
  return withDeviceLease(
    {
      journal,
      deviceKey: identity.hardwareId,
      work: 'undo',
      ...(options.leaseEnvironment === undefined ? {} : { environment: options.leaseEnvironment }),
    },
    async (lease) => {
      const batches = (await journal.listBatches(identity)).filter((batch) => batch.kind === 'apply');
      const undoable = selectSteps(batches, scope).filter(isUndoable);
      if (undoable.length === 0) throw new NothingToUndo('nothing to undo for this selection on this phone');
      const involved = new Set(undoable.map((step) => step.batchId));
      for (const batch of batches.filter((each) => involved.has(each.id))) {
        assertSamePhone({
          batch: { id: batch.id, device: { ...batch.device, hardwareId: identity.hardwareId } },
          actual: identity,
          ...(options.acceptUpdatedSystem === undefined
            ? {}
            : { acceptUpdatedSystem: options.acceptUpdatedSystem }),
        });
      }
      const result = await undoSteps({ ...options, identity, lease, steps: undoable });
      if ('batch' in scope && result.state === 'completed') {
        const after = await journal.getBatch(scope.batch);
        if (after !== undefined && !after.steps.some(isUndoable))
          await journal.setBatchState({ batchId: scope.batch, state: 'rolled-back' });
      }
      return result;
    },
  );
};
