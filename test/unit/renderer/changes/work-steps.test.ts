// History knows, before an undo / resume / roll back starts, which steps main will run and under
// which ids it reports them, so each gets its own progress row; the returned batch has the last word.
import { describe, expect, it } from 'vitest';
import type { JournalBatch, JournalStep, StepStatus } from '../../../../preload/contract';
import type { HistoryWork } from '../../../../renderer/src/views/history/work-steps';
import {
  expectedWorkSteps,
  finalStatuses,
  workRows,
  workStepById,
} from '../../../../renderer/src/views/history/work-steps';

const text = { en: '', zh: '' };
const step = (rowId: number, status: StepStatus, extra: Partial<JournalStep> = {}): JournalStep => {
  const target = { packageName: `app${rowId}`, userId: 0, permission: 'android.permission.CAMERA' };
  return {
    rowId,
    batchId: extra.batchId ?? 'a',
    stepId: String(rowId),
    position: rowId,
    kind: 'revoke-permission',
    target,
    step: { id: String(rowId), kind: 'revoke-permission', target, commands: [], expected: text, undo: text },
    status,
    prior: { granted: true },
    createdAt: '2026-11-28T10:00:00Z',
    updatedAt: '2026-11-28T10:00:00Z',
    ...extra,
  };
};
const batch = (id: string, kind: JournalBatch['kind'], steps: JournalStep[]): JournalBatch => ({
  id,
  device: { serial: 's', fingerprint: 'f' },
  kind,
  plan: { schemaVersion: 1, id, createdAtMs: 0, device: { serial: 's', sdk: 34 }, steps: [], skipped: [] },
  state: 'completed',
  createdAt: '2026-11-28T10:00:00Z',
  updatedAt: '2026-11-28T10:00:00Z',
  steps: steps.map((entry) => ({ ...entry, batchId: id })),
});

const first = batch('a', 'apply', [step(1, 'verified'), step(2, 'refused'), step(3, 'verified')]);
const second = batch('b', 'apply', [step(4, 'verified'), step(5, 'undone'), step(6, 'failed')]);
const undoBatch = batch('u', 'undo', [step(7, 'verified', { undoOf: 5 })]);
const cut = batch('c', 'apply', [step(8, 'verified'), step(9, 'running'), step(10, 'pending')]);
const journal = [first, second, undoBatch, cut];
const ids = (work: HistoryWork): string[] => expectedWorkSteps(journal, work).map((entry) => entry.id);

describe('history work steps', () => {
  it('undoes the undoable steps of a batch newest first, as undo-<rowId>', () => {
    expect(ids({ kind: 'undo', scope: { batchId: 'a' } })).toEqual(['undo-3', 'undo-1']);
    expect(ids({ kind: 'undo', scope: { batchId: 'b' } })).toEqual(['undo-6', 'undo-4']);
    expect(expectedWorkSteps(journal, { kind: 'undo', scope: { batchId: 'a' } })[0]?.target).toEqual(
      first.steps[2]?.target,
    );
  });

  it('undoes one step, or every undoable step of every apply batch', () => {
    expect(ids({ kind: 'undo', scope: { rowId: 4 } })).toEqual(['undo-4']);
    expect(ids({ kind: 'undo', scope: { rowId: 2 } })).toEqual([]); // refused: nothing to undo
    expect(ids({ kind: 'undo', scope: { all: true } })).toEqual([
      'undo-9',
      'undo-8',
      'undo-6',
      'undo-4',
      'undo-3',
      'undo-1',
    ]);
  });

  it('rolls back what an interrupted batch may have changed, and resumes what it left', () => {
    expect(ids({ kind: 'rollback', batchId: 'c' })).toEqual(['undo-9', 'undo-8']);
    expect(ids({ kind: 'resume', batchId: 'c' })).toEqual(['9', '10']);
    expect(ids({ kind: 'resume', batchId: 'missing' })).toEqual([]);
    const undoes = (work: HistoryWork) => expectedWorkSteps(journal, work).map((entry) => entry.undo);
    expect(undoes({ kind: 'rollback', batchId: 'c' })).toEqual([true, true]);
    expect(undoes({ kind: 'resume', batchId: 'c' })).toEqual([false, false]);
  });

  it('labels a reported step the journal did not predict, or keeps its bare id', () => {
    const undoAll: HistoryWork = { kind: 'undo', scope: { all: true } };
    expect(workStepById(journal, undoAll, 'undo-2')?.target.packageName).toBe('app2');
    expect(workStepById(journal, { kind: 'resume', batchId: 'c' }, '8')?.target.packageName).toBe('app8');
    expect(workStepById(journal, undoAll, '8')).toBeUndefined();
    const rows = workRows({
      expected: expectedWorkSteps(journal, { kind: 'undo', scope: { rowId: 4 } }),
      reportedIds: ['undo-4', 'undo-2', 'mystery'],
      lookUp: (id) => workStepById(journal, undoAll, id),
    });
    expect(rows.map((row) => row.id)).toEqual(['undo-4', 'undo-2', 'mystery']);
    expect('kind' in (rows[1] ?? {})).toBe(true);
    expect(rows[2]).toEqual({ id: 'mystery' });
  });

  it('lets the returned batch override the statuses the events left', () => {
    const returned = batch('u2', 'undo', [
      step(11, 'verified', { stepId: 'undo-4' }),
      step(12, 'failed', { stepId: 'undo-6' }),
    ]);
    expect(finalStatuses({ 'undo-4': 'running', 'undo-9': 'verified' }, returned)).toEqual({
      'undo-4': 'verified',
      'undo-6': 'failed',
      'undo-9': 'verified',
    });
    expect(finalStatuses({ 'undo-4': 'running' }, undefined)).toEqual({ 'undo-4': 'running' });
  });
});
