// Per-step progress is folded from task:progress events; outcomes are counted per status.
import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../../../preload/contract';
import {
  EMPTY_PROGRESS,
  countOutcomes,
  foldProgress,
  isFullSuccess,
  stepFraction,
} from '../../../../renderer/src/views/plan/step-progress';

const event = (id: string, index: number, status: string, done = false): ProgressEvent => ({
  taskId: 't',
  phase: 'step',
  step: { id, index, total: 2, status },
  done,
});

describe('step progress', () => {
  it('keeps each step’s latest status and the overall position', () => {
    const events = [event('1', 1, 'running'), event('1', 1, 'verified'), event('2', 2, 'running')];
    const state = events.reduce(foldProgress, EMPTY_PROGRESS);
    expect(state).toEqual({ statuses: { '1': 'verified', '2': 'running' }, index: 2, total: 2, done: false });
    const finished = foldProgress(state, { taskId: 't', phase: 'step', done: true });
    expect(finished.done).toBe(true);
    expect(finished.statuses).toEqual(state.statuses);
  });

  it('turns a status into a bar value', () => {
    expect(stepFraction(undefined)).toBe(0);
    expect(stepFraction('pending')).toBe(0);
    expect(stepFraction('running')).toBe(0.5);
    expect(stepFraction('refused')).toBe(1);
  });

  it('counts outcomes and recognises a full success', () => {
    const steps = [
      { status: 'verified' },
      { status: 'refused' },
      { status: 'skipped' },
      { status: 'failed' },
    ];
    expect(countOutcomes(steps)).toEqual({ verified: 1, refused: 1, failed: 1, skipped: 1 });
    expect(isFullSuccess({ state: 'completed', steps })).toBe(false);
    expect(
      isFullSuccess({ state: 'completed', steps: [{ status: 'verified' }, { status: 'skipped' }] }),
    ).toBe(true);
    expect(isFullSuccess({ state: 'interrupted', steps: [{ status: 'verified' }] })).toBe(false);
  });
});
