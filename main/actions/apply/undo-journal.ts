// Undo by scope: one journal step, one batch, or everything ever done on a phone.
import type { DeviceIdentity } from '../../journal/journal-types';
import type { BatchResult, EngineOptions } from './apply-types';
import { isUndoable, undoSteps } from './undo-steps';

export type UndoScope = { readonly step: number } | { readonly batch: string } | { readonly all: true };

export class NothingToUndo extends Error {
  override readonly name = 'NothingToUndo';
}

export const undoScope = async (
  options: EngineOptions & {
    readonly device: DeviceIdentity;
    readonly scope: UndoScope;
    readonly sdk: number;
  },
): Promise<BatchResult> => {
  const { journal, scope } = options;
  const batches = (await journal.listBatches(options.device)).filter((batch) => batch.kind === 'apply');
  const steps =
    'step' in scope
      ? batches.flatMap((batch) => batch.steps).filter((step) => step.rowId === scope.step)
      : 'batch' in scope
        ? (batches.find((batch) => batch.id === scope.batch)?.steps ?? [])
        : batches.flatMap((batch) => batch.steps);
  const undoable = steps.filter(isUndoable);
  if (undoable.length === 0) throw new NothingToUndo('nothing to undo for this selection on this phone');
  const result = await undoSteps({ ...options, steps: undoable });
  if ('batch' in scope && result.state === 'completed') {
    const after = await journal.getBatch(scope.batch);
    if (after !== undefined && !after.steps.some(isUndoable))
      await journal.setBatchState({ batchId: scope.batch, state: 'rolled-back' });
  }
  return result;
};
