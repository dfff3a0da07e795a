// The journal as `privacyscope journal` prints it: batches newest first, each step's status,
// and what undo or resume can still do; a batch made before a system update says so.
import type { JournalBatch, JournalStep } from './journal-types';

const stepLine = (step: JournalStep): string => {
  const target = step.target.permission ?? step.target.op ?? step.target.component ?? '';
  const extra = [
    step.undoOf === undefined ? undefined : `undoes #${step.undoOf}`,
    step.outcome?.guidance === undefined ? undefined : `guidance: ${step.outcome.guidance}`,
    step.outcome?.deviceMessage === undefined ? undefined : step.outcome.deviceMessage.split('\n')[0],
  ].filter((part) => part !== undefined);
  return `  #${step.rowId} [${step.status}] ${step.kind} ${step.target.packageName} ${target}${extra.length === 0 ? '' : ` (${extra.join('; ')})`}`;
};

export const formatJournal = (batches: readonly JournalBatch[]): string[] => {
  if (batches.length === 0) return ['No changes were made to this phone.'];
  return batches.flatMap((batch) => [
    `${batch.kind === 'undo' ? 'Undo' : 'Batch'} ${batch.id} — ${batch.state}, ${batch.createdAt} (${batch.device.serial})`,
    ...(batch.systemUpdated === undefined
      ? []
      : [
          `  System updated since: made on ${batch.systemUpdated.batchFingerprint || '(unknown build)'}, ` +
            `the phone now runs ${batch.systemUpdated.currentFingerprint || '(unknown build)'}; ` +
            'resume, roll back or undo it with --accept-updated-system.',
        ]),
    ...batch.steps.map(stepLine),
  ]);
};
