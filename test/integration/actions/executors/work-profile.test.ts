// Every command carries the step's user: changes in the Pixel's work profile (user 10) touch
// that user only — user 0 keeps its state — and undo restores user 10's exact snapshot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionKind } from '../../../../main/actions/action-types';
import { scanDevice } from '../../../../main/reader/scan';
import { createExecutorBench, differences, runCycle, step, type ExecutorBench } from './executor-support';

let bench: ExecutorBench;
beforeAll(async () => {
  bench = await createExecutorBench();
});
afterAll(async () => bench.teardown());

describe('work profile (user 10)', () => {
  it('revokes, stands in and hides in user 10 only', async () => {
    const { context } = await bench.phone('pixel-14');
    const owner = await scanDevice(context.session, { userId: 0 });
    const target = { packageName: 'com.google.android.contacts', userId: 10 };
    const cycles = [
      step(ActionKind.RevokePermission, { ...target, permission: 'android.permission.READ_CONTACTS' }),
      step(ActionKind.StandIn, { ...target, permission: 'android.permission.READ_CALL_LOG' }),
      step(ActionKind.HideApp, target),
    ];
    for (const planned of cycles) {
      const result = await runCycle(context, planned);
      expect(result.verification, planned.kind).toMatchObject({ ok: true });
      // User 10 had no READ_CALL_LOG op recorded ("No operations." / "Default mode: allow"); undo
      // writes the op's default mode, which AOSP's AppOpsService.setMode prunes again. The virtual
      // phone keeps the entry, so exactly that line may remain — nothing else.
      const pruned = /^\$\.apps\.\d+\.appOps\.\d+: undefined vs \{"op":"READ_CALL_LOG","mode":"allow"\}$/;
      expect(
        result.leftOver.filter((line) => !pruned.test(line)),
        planned.kind,
      ).toEqual([]);
    }
    expect(differences(owner, await scanDevice(context.session, { userId: 0 }))).toEqual([]);
  });
});
