// Per-step progress of an apply/undo task, folded from its `task:progress` events: each step's
// latest status and the overall position, so every step can show its own progress bar.
import type { ProgressEvent } from '../../../../preload/contract';

export interface StepProgressState {
  /** stepId → latest status reported ('running', then 'verified', 'refused'…). */
  readonly statuses: Readonly<Record<string, string>>;
  readonly index: number;
  readonly total: number;
  readonly done: boolean;
}

export const EMPTY_PROGRESS: StepProgressState = { statuses: {}, index: 0, total: 0, done: false };

export const foldProgress = (state: StepProgressState, event: ProgressEvent): StepProgressState => {
  const step = event.step;
  if (step === undefined) return { ...state, done: state.done || event.done };
  return {
    statuses: { ...state.statuses, [step.id]: step.status },
    index: step.index,
    total: step.total,
    done: state.done || event.done,
  };
};

/** 0 not started, 0.5 running, 1 finished (any final status) — the value of a step's bar. */
export const stepFraction = (status: string | undefined): number =>
  status === undefined || status === 'pending' ? 0 : status === 'running' ? 0.5 : 1;

export interface OutcomeCounts {
  readonly verified: number;
  readonly refused: number;
  readonly failed: number;
  readonly skipped: number;
}

export const countOutcomes = (steps: readonly { readonly status: string }[]): OutcomeCounts => {
  const count = (status: string): number => steps.filter((step) => step.status === status).length;
  return {
    verified: count('verified'),
    refused: count('refused'),
    failed: count('failed'),
    skipped: count('skipped'),
  };
};

/** Whether an applied batch fully succeeded, so the user's selection can be cleared. */
export const isFullSuccess = (batch: {
  readonly state: string;
  readonly steps: readonly { readonly status: string }[];
}): boolean =>
  batch.state === 'completed' &&
  batch.steps.every((step) => step.status === 'verified' || step.status === 'skipped');
