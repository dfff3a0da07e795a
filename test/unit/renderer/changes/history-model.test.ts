// The History view's reading of the journal matches main's undo and resume rules.
import { describe, expect, it } from 'vitest';
import type { JournalBatch, JournalStep, StepStatus } from '../../../../preload/contract';
import {
  canUndoAnything,
  canUndoBatch,
  defaultDiffPair,
  interruptedBatches,
  isUndoableStep,
  newestFirst,
} from '../../../../renderer/src/views/history/history-model';

const target = { packageName: 'com.example', userId: 0, permission: 'android.permission.CAMERA' };
const plannedStep = {
  id: '1',
  kind: 'revoke-permission',
  target,
  commands: [],
  expected: { en: '', zh: '' },
  undo: { en: '', zh: '' },
} as const;

const step = (status: StepStatus, extra: Partial<JournalStep> = {}): JournalStep => ({
  rowId: 1,
  batchId: 'b',
  stepId: '1',
  position: 0,
  kind: 'revoke-permission',
  target,
  step: plannedStep,
  status,
  prior: { granted: true },
  createdAt: '2026-11-28T10:00:00Z',
  updatedAt: '2026-11-28T10:00:00Z',
  ...extra,
});

const batch = (
  id: string,
  state: JournalBatch['state'],
  steps: JournalStep[],
  createdAt: string,
): JournalBatch => ({
  id,
  device: { serial: 's', fingerprint: 'f' },
  kind: 'apply',
  plan: { schemaVersion: 1, id, createdAtMs: 0, device: { serial: 's', sdk: 34 }, steps: [], skipped: [] },
  state,
  createdAt,
  updatedAt: createdAt,
  steps,
});

describe('history model', () => {
  it('undoes only steps that may have changed the phone and are not undo steps', () => {
    expect(isUndoableStep(step('verified'))).toBe(true);
    expect(isUndoableStep(step('failed'))).toBe(true);
    expect(isUndoableStep(step('undone'))).toBe(false);
    expect(isUndoableStep(step('refused'))).toBe(false);
    const { prior: _prior, ...withoutPrior } = step('verified');
    expect(isUndoableStep(withoutPrior)).toBe(false);
    expect(isUndoableStep(step('verified', { undoOf: 3 }))).toBe(false);
  });

  it('finds interrupted batches and offers undo only for finished ones', () => {
    const done = batch('a', 'completed', [step('verified')], '2026-11-28T10:00:00Z');
    const cut = batch('b', 'interrupted', [step('verified'), step('pending')], '2026-11-28T11:00:00Z');
    const rolled = batch('c', 'rolled-back', [step('pending')], '2026-11-28T12:00:00Z');
    expect(interruptedBatches([done, cut, rolled]).map((b) => b.id)).toEqual(['b']);
    expect(canUndoBatch(done)).toBe(true);
    expect(canUndoBatch(cut)).toBe(false);
    expect(canUndoAnything([cut, rolled])).toBe(false);
    expect(newestFirst([done, cut, rolled]).map((b) => b.id)).toEqual(['c', 'b', 'a']);
  });

  it('compares the two latest scans by default', () => {
    const scan = (id: number, takenAtMs: number) => ({
      id,
      takenAtMs,
      score: 1,
      appCount: 1,
      rulesetVersion: 'r',
    });
    expect(defaultDiffPair([scan(1, 10)])).toBeUndefined();
    expect(defaultDiffPair([scan(3, 30), scan(1, 10), scan(2, 20)])).toEqual({ fromId: 2, toId: 3 });
  });
});
