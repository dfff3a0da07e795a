// One step of an apply batch, journaled around every phone access: intent (running + target)
// → readPrior → prior recorded → apply → verify → outcome recorded. When `prior` is given
// (resume after a crash), the phone is first re-read and checked against the intent: a step
// that already took effect is recorded as verified without running it again.
import type { ActionContext, ActionExecutor } from '../action-executor';
import type { PlannedStep, PriorState, StepOutcome, StepStatus } from '../action-types';
import type { Journal } from '../../journal/journal-types';
import { classifyFailure } from './classify-failure';

export type StepResult =
  | { readonly type: 'finished'; readonly status: StepStatus }
  | { readonly type: 'stopped'; readonly why: 'connection-lost' | 'cancelled'; readonly message: string };

export interface RunStepOptions {
  readonly journal: Journal;
  readonly batchId: string;
  readonly step: PlannedStep;
  readonly executor: ActionExecutor;
  readonly context: ActionContext;
  /** Resume: the prior state journaled before the crash. */
  readonly prior?: PriorState;
}

const bestEffortObserved = async (
  options: RunStepOptions,
  prior: PriorState,
): Promise<PriorState | undefined> => {
  try {
    return (await options.executor.verify(options.context, options.step, prior)).observed;
  } catch {
    return undefined;
  }
};

export const runStep = async (options: RunStepOptions): Promise<StepResult> => {
  const { journal, batchId, step, executor, context } = options;
  const key = { batchId, stepId: step.id };
  const finish = async (outcome: StepOutcome): Promise<StepResult> => {
    await journal.recordOutcome({ ...key, outcome });
    return { type: 'finished', status: outcome.status };
  };
  await journal.markRunning(key);
  let prior = options.prior;
  let applied = false;
  try {
    if (prior === undefined) {
      prior = await executor.readPrior(context, step);
      await journal.recordPrior({ ...key, prior });
    } else {
      const again = await executor.verify(context, step, prior);
      if (again.ok) return await finish({ status: 'verified', prior, verified: again.observed });
    }
    applied = true;
    await executor.apply(context, step, prior);
    const verification = await executor.verify(context, step, prior);
    return await finish(
      verification.ok
        ? { status: 'verified', prior, verified: verification.observed }
        : {
            status: 'failed',
            prior,
            verified: verification.observed,
            deviceMessage: 'verification failed: the phone does not show the change',
          },
    );
  } catch (error) {
    const failure = classifyFailure(error);
    if (failure.type !== 'outcome') return { type: 'stopped', why: failure.type, message: failure.message };
    const observed =
      applied && prior !== undefined && failure.outcome.status === 'failed'
        ? await bestEffortObserved(options, prior)
        : undefined;
    return finish({
      ...failure.outcome,
      ...(prior === undefined ? {} : { prior }),
      ...(observed === undefined ? {} : { verified: observed }),
    });
  }
};
