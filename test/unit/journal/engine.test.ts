import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  applyPlan,
  findInterrupted,
  resumeBatch,
  rollBackBatch,
  undoScope,
} from '../../../main/actions/apply';
import { CommandFailed, DeviceOffline } from '../../../main/adb/errors';
import { MEMORY_DATABASE } from '../../../main/db/open-database';
import { createJournalRepository } from '../../../main/db/repositories/journal-repository';
import type { SqliteDatabase } from '../../../main/db/sqlite-database';
import { openStore } from '../../../main/journal/open-store';
import type { Journal } from '../../../main/journal/journal-types';
import { DeviceIdentityMismatch } from '../../../main/plan/plan-errors';
import { FakePhone, keyOf, planOf } from './fake-phone';

let db: SqliteDatabase;
let journal: Journal;
let phone: FakePhone;

beforeEach(() => {
  db = openStore({ file: MEMORY_DATABASE });
  journal = createJournalRepository(db);
  phone = new FakePhone();
});
afterEach(() => db.close());

const engine = () => ({ session: phone.session(), journal, executors: phone.executors() });
const device = () => ({ serial: 'fake-1', fingerprint: phone.fingerprint, hardwareId: 'fake-1' });

describe('applyPlan', () => {
  it('records the intent (running, target, prior) before apply touches the phone', async () => {
    const seen: unknown[] = [];
    phone.hooks.beforeApply = async (step) => {
      const batch = (await journal.listBatches(device()))[0];
      const row = batch?.steps.find((entry) => entry.stepId === step.id);
      seen.push({
        status: row?.status,
        target: row?.target.packageName,
        prior: row?.prior,
        outcome: row?.outcome,
      });
    };
    const result = await applyPlan({ ...engine(), plan: planOf(2) });
    expect(result.state).toBe('completed');
    expect(result.counts).toEqual({ verified: 2 });
    expect(seen).toEqual([
      {
        status: 'running',
        target: 'com.example.app1',
        prior: { granted: true, flags: ['USER_SET'] },
        outcome: undefined,
      },
      {
        status: 'running',
        target: 'com.example.app2',
        prior: { granted: true, flags: ['USER_SET'] },
        outcome: undefined,
      },
    ]);
    const [batch] = await journal.listBatches(device());
    expect(batch?.state).toBe('completed');
    expect(batch?.steps.map((step) => step.outcome?.verified)).toEqual([
      { granted: false, flags: ['USER_SET', 'USER_FIXED'] },
      { granted: false, flags: ['USER_SET', 'USER_FIXED'] },
    ]);
  });

  it('refuses a plan made for another phone before journaling anything', async () => {
    await expect(
      applyPlan({ ...engine(), plan: planOf(1, { fingerprint: 'other' }) }),
    ).rejects.toBeInstanceOf(DeviceIdentityMismatch);
    expect(await journal.listBatches(device())).toEqual([]);
  });

  it('marks a step whose change does not show as failed and continues (or stops when asked)', async () => {
    phone.hooks.silentNoOp = (step) => step.id === '2';
    const result = await applyPlan({ ...engine(), plan: planOf(3) });
    expect(result.counts).toEqual({ verified: 2, failed: 1 });
    const stopped = await applyPlan({ ...engine(), plan: planOf(3), stopOnFailure: true, batchId: 'b2' });
    expect(stopped.counts).toEqual({ failed: 1, verified: 1, skipped: 1 });
  });

  it('records a device refusal with its message and guidance', async () => {
    const message =
      'Exception occurred while executing:\njava.lang.SecurityException: grantRuntimePermission: Neither user 2000 nor current process has android.permission.GRANT_RUNTIME_PERMISSIONS.';
    phone.hooks.beforeApply = (step) => {
      if (step.id === '1')
        throw new CommandFailed('pm revoke failed', { exitCode: 255, deviceMessage: message });
    };
    const result = await applyPlan({ ...engine(), plan: planOf(2) });
    expect(result.counts).toEqual({ refused: 1, verified: 1 });
    const [batch] = await journal.listBatches(device());
    expect(batch?.steps[0]?.outcome).toMatchObject({
      status: 'refused',
      guidance: 'miui-security-debugging',
    });
    expect(batch?.steps[0]?.outcome?.deviceMessage).toContain('GRANT_RUNTIME_PERMISSIONS');
  });

  it('treats an adb-level failure (no exit status) as a lost connection, never a refusal', async () => {
    phone.hooks.beforeApply = (step) => {
      if (step.id === '1')
        throw new CommandFailed('shell: closed the connection', { deviceMessage: 'Premature end of stream' });
    };
    const result = await applyPlan({ ...engine(), plan: planOf(2) });
    expect(result).toMatchObject({ state: 'interrupted', counts: { running: 1, pending: 1 } });
  });

  it('stops between steps when cancelled, leaving the rest pending for resume', async () => {
    const controller = new AbortController();
    const progress: string[] = [];
    const result = await applyPlan({
      ...engine(),
      plan: planOf(4),
      signal: controller.signal,
      onProgress: (event) => {
        progress.push(`${event.type} ${event.stepId} ${event.status}`);
        if (event.type === 'step-finished' && event.stepId === '2') controller.abort();
      },
    });
    expect(result).toMatchObject({ state: 'interrupted', counts: { verified: 2, pending: 2 } });
    expect(progress).toEqual([
      'step-started 1 running',
      'step-finished 1 verified',
      'step-started 2 running',
      'step-finished 2 verified',
    ]);
    expect((await findInterrupted(journal, device())).map((batch) => batch.id)).toEqual([result.batchId]);
    const resumed = await resumeBatch({ ...engine(), batchId: result.batchId });
    expect(resumed).toMatchObject({ state: 'completed', counts: { verified: 4 } });
    expect(await findInterrupted(journal, device())).toEqual([]);
  });
});

describe('interrupted batches', () => {
  it('resume re-reads a step that lost its connection after the change and does not apply it twice', async () => {
    phone.hooks.afterApply = (step) => {
      if (step.id === '2') throw new DeviceOffline('fake-1');
    };
    const result = await applyPlan({ ...engine(), plan: planOf(3) });
    expect(result).toMatchObject({ state: 'interrupted', counts: { verified: 1, running: 1, pending: 1 } });
    phone.hooks = {};
    phone.calls.length = 0;
    const resumed = await resumeBatch({ ...engine(), batchId: result.batchId });
    expect(resumed.counts).toEqual({ verified: 3 });
    expect(phone.calls).toEqual(['verify 2', 'readPrior 3', 'apply 3', 'verify 3']);
  });

  it('resume applies a running step the phone never saw', async () => {
    phone.hooks.beforeApply = (step) => {
      if (step.id === '2') throw new DeviceOffline('fake-1');
    };
    const result = await applyPlan({ ...engine(), plan: planOf(2) });
    phone.hooks = {};
    phone.calls.length = 0;
    await resumeBatch({ ...engine(), batchId: result.batchId });
    expect(phone.calls).toEqual(['verify 2', 'apply 2', 'verify 2']);
  });

  it('roll back undoes the steps that may have changed the phone, newest first', async () => {
    phone.hooks.afterApply = (step) => {
      if (step.id === '3') throw new DeviceOffline('fake-1');
    };
    const plan = planOf(4);
    const result = await applyPlan({ ...engine(), plan });
    phone.hooks = {};
    phone.calls.length = 0;
    const rolled = await rollBackBatch({ ...engine(), batchId: result.batchId });
    expect(rolled.state).toBe('rolled-back');
    expect(phone.calls.filter((call) => call.startsWith('undo'))).toEqual(['undo 3', 'undo 2', 'undo 1']);
    for (const step of plan.steps) expect(phone.read(step)).toEqual({ granted: true, flags: ['USER_SET'] });
    const batch = await journal.getBatch(result.batchId);
    expect(batch?.state).toBe('rolled-back');
    expect(batch?.steps.map((step) => step.status)).toEqual(['undone', 'undone', 'undone', 'skipped']);
    expect(await findInterrupted(journal, device())).toEqual([]);
  });
});

describe('undo', () => {
  it('undoes one step, then everything, each journaled with undo_of', async () => {
    const plan = planOf(3);
    phone.state.set(keyOf(plan.steps[1]!), { granted: true, flags: ['USER_SET', 'GRANTED_BY_DEFAULT'] });
    const applied = await applyPlan({ ...engine(), plan });
    const batch = await journal.getBatch(applied.batchId);
    const second = batch?.steps[1];
    const one = await undoScope({
      ...engine(),
      sdk: 34,
      scope: { step: second?.rowId ?? -1 },
    });
    expect(one.counts).toEqual({ verified: 1 });
    expect(phone.read(plan.steps[1]!)).toEqual({ granted: true, flags: ['USER_SET', 'GRANTED_BY_DEFAULT'] });
    const undoBatch = await journal.getBatch(one.batchId);
    expect(undoBatch).toMatchObject({ kind: 'undo', state: 'completed' });
    expect(undoBatch?.steps[0]?.undoOf).toBe(second?.rowId);
    const all = await undoScope({ ...engine(), sdk: 34, scope: { all: true } });
    expect(all.counts).toEqual({ verified: 2 });
    const after = await journal.getBatch(applied.batchId);
    expect(after?.steps.map((step) => step.status)).toEqual(['undone', 'undone', 'undone']);
    await expect(undoScope({ ...engine(), sdk: 34, scope: { all: true } })).rejects.toThrow(
      /nothing to undo/,
    );
  });

  it('an undo the phone does not take is failed and the step stays undoable', async () => {
    const applied = await applyPlan({ ...engine(), plan: planOf(1) });
    const executors = phone.executors();
    const broken = {
      ...engine(),
      executors: {
        ...executors,
        'revoke-permission': { ...executors['revoke-permission'], undo: async () => undefined },
      },
    };
    const result = await undoScope({
      ...broken,
      sdk: 34,
      scope: { batch: applied.batchId },
    });
    expect(result.counts).toEqual({ failed: 1 });
    expect((await journal.getBatch(applied.batchId))?.steps[0]?.status).toBe('verified');
  });
});
