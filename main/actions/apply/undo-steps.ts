// Undo of journaled steps, newest first, as a journaled batch of its own (kind `undo`, each
// row pointing at the row it undoes through `undo_of`). Each undo restores the step's recorded
// prior state, then reads it back: only an exact match marks the original step `undone`. The
// caller has checked the phone's identity and holds its device lease (undo-journal.ts,
// interrupted.ts); the heartbeat is refreshed before each step.
import { randomUUID } from 'node:crypto';
import type { ActionContext } from '../action-executor';
import type { Plan, PlannedStep, StepOutcome, StepStatus } from '../action-types';
import type { JournalStep, PhoneIdentity } from '../../journal/journal-types';
import type { BatchResult, EngineOptions } from './apply-types';
import { classifyFailure } from './classify-failure';
import type { HeldLease } from './device-lease';
import { matchesPrior } from './prior-match';
import { countStatuses } from './run-batch';

/** A step with a recorded prior may have changed the phone; nothing else can be undone. */
export const isUndoable = (step: JournalStep): boolean =>
  step.prior !== undefined &&
  step.undoOf === undefined &&
  ['verified', 'failed', 'running'].includes(step.status);

const undoStepOf = (entry: JournalStep): PlannedStep => ({
  id: `undo-${entry.rowId}`,
  kind: entry.kind,
  target: entry.target,
  commands: [],
  expected: entry.step.undo,
  undo: entry.step.expected,
});

export interface UndoOptions extends EngineOptions {
  /** The connected phone, already checked against the steps' batches. */
  readonly identity: PhoneIdentity;
  readonly lease: HeldLease;
  /** The steps to undo, any order (they run newest first). */
  readonly steps: readonly JournalStep[];
  readonly sdk: number;
}

const undoOne = async (
  options: UndoOptions,
  context: ActionContext,
  batchId: string,
  entry: JournalStep,
): Promise<StepStatus | 'stopped'> => {
  const { journal } = options;
  const key = { batchId, stepId: `undo-${entry.rowId}` };
  const original = entry.prior ?? {};
  const executor = options.executors[entry.kind];
  await journal.markRunning(key);
  try {
    const before = await executor.readPrior(context, entry.step);
    await journal.recordPrior({ ...key, prior: before });
    await executor.undo(context, entry.step, original);
    const observed = await executor.readPrior(context, entry.step);
    const ok = matchesPrior(original, observed);
    const outcome: StepOutcome = ok
      ? { status: 'verified', prior: before, verified: observed }
      : {
          status: 'failed',
          prior: before,
          verified: observed,
          deviceMessage: 'undo did not restore the prior state',
        };
    await journal.recordOutcome({ ...key, outcome });
    if (ok) await journal.setStepStatus({ rowId: entry.rowId, status: 'undone' });
    return outcome.status;
  } catch (error) {
    const failure = classifyFailure(error);
    if (failure.type !== 'outcome') return 'stopped';
    await journal.recordOutcome({ ...key, outcome: failure.outcome });
    return failure.outcome.status;
  }
};

export const undoSteps = async (options: UndoOptions): Promise<BatchResult> => {
  const { identity } = options;
  const ordered = options.steps.filter(isUndoable).sort((a, b) => b.rowId - a.rowId);
  const plan: Plan = {
    schemaVersion: 1,
    id: randomUUID(),
    createdAtMs: Date.now(),
    device: { serial: identity.serial, fingerprint: identity.fingerprint, sdk: options.sdk },
    steps: ordered.map(undoStepOf),
    skipped: [],
  };
  const batch = await options.journal.openBatch({
    id: randomUUID(),
    device: identity,
    kind: 'undo',
    plan,
    undoOf: new Map(ordered.map((entry) => [`undo-${entry.rowId}`, entry.rowId])),
  });
  const context: ActionContext = {
    session: options.session,
    sdk: options.sdk,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  };
  let state: BatchResult['state'] = 'completed';
  for (const [index, entry] of ordered.entries()) {
    if (options.signal?.aborted === true || !(await options.lease.keepAlive(batch.id))) {
      state = 'interrupted';
      break;
    }
    const event = {
      batchId: batch.id,
      stepId: `undo-${entry.rowId}`,
      index: index + 1,
      total: ordered.length,
      kind: entry.kind,
    };
    options.onProgress?.({ ...event, type: 'step-started', status: 'running' });
    const status = await undoOne(options, context, batch.id, entry);
    if (status === 'stopped') {
      state = 'interrupted';
      break;
    }
    options.onProgress?.({ ...event, type: 'step-finished', status });
  }
  await options.journal.setBatchState({
    batchId: batch.id,
    state: state === 'completed' ? 'completed' : 'interrupted',
  });
  const after = (await options.journal.getBatch(batch.id)) ?? batch;
  return { batchId: batch.id, state, counts: countStatuses(after) };
};
