// reset-app (one app back to defaults, per permission — `pm reset-permissions` is global) and
// restore-grant (re-apply a recorded grant/flags/op) on virtual phones; undo of each restores
// the exact snapshot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionKind } from '../../../../main/actions/action-types';
import type { RestoreGrantTarget } from '../../../../main/actions/executors';
import { appOf, createExecutorBench, runCycle, step, type ExecutorBench } from './executor-support';

let bench: ExecutorBench;
beforeAll(async () => {
  bench = await createExecutorBench();
});
afterAll(async () => bench.teardown());

const grantsOf = (snapshot: Parameters<typeof appOf>[0], pkg: string) =>
  appOf(snapshot, pkg)?.permissions.filter((entry) => entry.type === 'runtime' && entry.granted) ?? [];

describe('reset-app', () => {
  it('revokes the user grants, clears user flags and resets ops for one app (Android 14)', async () => {
    const { context } = await bench.phone('pixel-14');
    const result = await runCycle(
      context,
      step(ActionKind.ResetApp, { packageName: 'com.whatsapp', userId: 0 }),
    );
    expect(result.verification.ok).toBe(true);
    expect(grantsOf(result.afterApply, 'com.whatsapp')).toEqual([]);
    expect(grantsOf(result.afterApply, 'org.telegram.messenger').length).toBeGreaterThan(0);
    const flags = appOf(result.afterApply, 'com.whatsapp')?.permissions.flatMap((entry) => entry.flags) ?? [];
    expect(flags).not.toContain('USER_SET');
    expect(result.leftOver).toEqual([]);
  });

  it('resets on Android 7.1 (no flag command) and restores', async () => {
    const { context } = await bench.phone('legacy-7');
    const result = await runCycle(
      context,
      step(ActionKind.ResetApp, { packageName: 'com.tencent.mm', userId: 0 }),
    );
    expect(result.verification.ok).toBe(true);
    expect(grantsOf(result.afterApply, 'com.tencent.mm')).toEqual([]);
    expect(result.leftOver).toEqual([]);
  });
});

describe('restore-grant', () => {
  it('re-applies a recorded grant with its flags (clearing USER_FIXED first) and undoes it', async () => {
    const { context } = await bench.phone('cn-flagship-14');
    const target: RestoreGrantTarget = {
      packageName: 'com.tencent.mm',
      userId: 0,
      permission: 'android.permission.ACCESS_BACKGROUND_LOCATION',
      granted: true,
      flags: ['USER_SET'],
    };
    const result = await runCycle(context, step(ActionKind.RestoreGrant, target));
    expect(result.prior).toMatchObject({ granted: false });
    expect(result.prior.flags).toContain('USER_FIXED');
    expect(result.verification.ok).toBe(true);
    expect(result.verification.observed.flags).not.toContain('USER_FIXED');
    expect(result.leftOver).toEqual([]);
  });

  it('re-applies a recorded denial and a recorded op mode', async () => {
    const { context } = await bench.phone('pixel-14');
    const denial: RestoreGrantTarget = {
      packageName: 'com.instagram.android',
      userId: 0,
      permission: 'android.permission.READ_CONTACTS',
      granted: false,
      flags: ['USER_SET', 'USER_FIXED'],
    };
    const revoked = await runCycle(context, step(ActionKind.RestoreGrant, denial));
    expect(revoked.verification).toMatchObject({ ok: true, observed: { granted: false } });
    expect(revoked.leftOver).toEqual([]);
    const op = await runCycle(
      context,
      step(ActionKind.RestoreGrant, {
        packageName: 'com.zhiliaoapp.musically',
        userId: 0,
        op: 'SYSTEM_ALERT_WINDOW',
        mode: 'deny',
      }),
    );
    expect(op.verification).toMatchObject({ ok: true, observed: { opMode: 'deny' } });
    expect(op.leftOver).toEqual([]);
  });
});
