// Runs History's long work — undo (a step, a batch, everything), resume, roll back — as a task
// the user can watch per step and cancel between steps. Keeps the last run (its expected steps
// and the batch main returned) so its rows stay visible with their final statuses.
import { useCallback, useState } from 'react';
import type { Api, DeviceRef, JournalBatch } from '../../../../preload/contract';
import type { StepProgressState } from '../plan/step-progress';
import { useStepProgress } from '../plan/use-step-progress';
import type { TaskRunner } from '../plan/use-task-runner';
import { useTaskRunner } from '../plan/use-task-runner';
import type { HistoryWork, WorkStep } from './work-steps';
import { expectedWorkSteps } from './work-steps';

export interface HistoryRun {
  readonly work: HistoryWork;
  /** The journal as it was when the run started (labels for the steps main reports). */
  readonly batches: readonly JournalBatch[];
  readonly expected: readonly WorkStep[];
  /** What main returned at the end; undefined while running or after an error. */
  readonly result?: JournalBatch;
}

export interface HistoryWorkState {
  readonly runner: TaskRunner;
  readonly progress: StepProgressState;
  readonly run: HistoryRun | undefined;
  /** How the last run ended without an error: its kind, or `stopped` when cancelled part-way. */
  readonly done: HistoryWork['kind'] | 'stopped' | undefined;
  readonly start: (work: HistoryWork) => Promise<void>;
}

const call = (api: Api, device: DeviceRef, work: HistoryWork, taskId: string): Promise<JournalBatch> => {
  const accept = work.acceptUpdatedSystem === true ? { acceptUpdatedSystem: true } : {};
  switch (work.kind) {
    case 'undo':
      return api.journal.undo({ device, scope: work.scope, taskId, ...accept });
    case 'resume':
      return api.journal.resume({ device, batchId: work.batchId, taskId, ...accept });
    case 'rollback':
      return api.journal.rollBack({ device, batchId: work.batchId, taskId, ...accept });
  }
};

export const useHistoryWork = (options: {
  readonly api: Api;
  readonly device: DeviceRef;
  readonly batches: readonly JournalBatch[] | undefined;
  /** After every run, successful or not (reload the journal and the scans). */
  readonly onSettled: () => void;
}): HistoryWorkState => {
  const { api, device, batches, onSettled } = options;
  const runner = useTaskRunner(api);
  const progress = useStepProgress(api, runner.taskId);
  const [run, setRun] = useState<HistoryRun | undefined>(undefined);
  const [done, setDone] = useState<HistoryWorkState['done']>(undefined);

  const start = useCallback(
    async (work: HistoryWork): Promise<void> => {
      const journal = batches ?? [];
      setDone(undefined);
      setRun({ work, batches: journal, expected: expectedWorkSteps(journal, work) });
      const result = await runner.run(work.kind, (taskId) => call(api, device, work, taskId));
      if (result !== undefined) {
        setDone(result.state === 'interrupted' ? 'stopped' : work.kind);
        setRun((old) => (old?.work === work ? { ...old, result } : old));
      }
      onSettled();
    },
    [api, device, batches, runner, onSettled],
  );

  return { runner, progress, run, done, start };
};
