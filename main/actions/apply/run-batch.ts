// Runs the not-yet-finished steps of a journaled batch in order, with cancellation between
// steps and progress events; stops (batch `interrupted`) when the connection is lost, the run
// is cancelled or its device lease was lost, so resume or roll back can pick it up. The caller
// holds the device lease; its heartbeat is refreshed before each step.
import type { PriorState, StepStatus } from '../action-types';
import type { Journal, JournalBatch } from '../../journal/journal-types';
import type { BatchResult, EngineOptions } from './apply-types';
import type { HeldLease } from './device-lease';
import { runStep } from './run-step';

const UNFINISHED: ReadonlySet<StepStatus> = new Set(['pending', 'running']);

export const countStatuses = (batch: JournalBatch): Partial<Record<StepStatus, number>> => {
  const counts: Partial<Record<StepStatus, number>> = {};
  for (const step of batch.steps) counts[step.status] = (counts[step.status] ?? 0) + 1;
  return counts;
};

/** After a stop on failure: the steps not run yet are skipped (the batch is finished). */
const skipRest = async (options: { journal: Journal; batch: JournalBatch; after: number }): Promise<void> => {
  const outcome = { status: 'skipped', deviceMessage: 'not run: an earlier step failed' } as const;
  for (const entry of options.batch.steps.slice(options.after + 1)) {
    if (entry.status === 'pending')
      await options.journal.recordOutcome({ batchId: options.batch.id, stepId: entry.stepId, outcome });
  }
};

export const runBatch = async (
  options: EngineOptions & { readonly batch: JournalBatch; readonly sdk: number; readonly lease: HeldLease },
): Promise<BatchResult> => {
  const { batch, journal } = options;
  const total = batch.steps.length;
  const context = {
    session: options.session,
    sdk: options.sdk,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  };
  let state: BatchResult['state'] = 'completed';
  for (const [index, entry] of batch.steps.entries()) {
    if (!UNFINISHED.has(entry.status)) continue;
    // A run whose lease was taken over (judged abandoned) must not touch the phone again.
    if (options.signal?.aborted === true || !(await options.lease.keepAlive(batch.id))) {
      state = 'interrupted';
      break;
    }
    const event = { batchId: batch.id, stepId: entry.stepId, index: index + 1, total, kind: entry.kind };
    options.onProgress?.({ ...event, type: 'step-started', status: 'running' });
    // Only a step that got as far as recording its prior may have touched the phone.
    const prior: PriorState | undefined = entry.status === 'running' ? entry.prior : undefined;
    const result = await runStep({
      journal,
      batchId: batch.id,
      step: entry.step,
      executor: options.executors[entry.kind],
      context,
      ...(prior === undefined ? {} : { prior }),
    });
    if (result.type === 'stopped') {
      state = 'interrupted';
      break;
    }
    options.onProgress?.({ ...event, type: 'step-finished', status: result.status });
    if (options.stopOnFailure === true && (result.status === 'failed' || result.status === 'refused')) {
      await skipRest({ journal, batch, after: index });
      break;
    }
  }
  await journal.setBatchState({
    batchId: batch.id,
    state: state === 'completed' ? 'completed' : 'interrupted',
  });
  const after = (await journal.getBatch(batch.id)) ?? batch;
  return { batchId: batch.id, state, counts: countStatuses(after) };
};
