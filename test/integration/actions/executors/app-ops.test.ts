// stand-in and set-app-op on virtual phones: the op changes, verify reads it back, undo
// restores the exact snapshot; ColorOS refuses app-op changes and the refusal carries the
// ColorOS guidance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionKind, SkipReason } from '../../../../main/actions/action-types';
import { ActionRefused, EXECUTORS } from '../../../../main/actions/executors';
import { RefusalGuidance } from '../../../../main/actions/refusal-guidance';
import { scanDevice } from '../../../../main/reader/scan';
import {
  appOf,
  createExecutorBench,
  differences,
  runCycle,
  step,
  type ExecutorBench,
} from './executor-support';

let bench: ExecutorBench;
beforeAll(async () => {
  bench = await createExecutorBench();
});
afterAll(async () => bench.teardown());

const opMode = (snapshot: Awaited<ReturnType<typeof scanDevice>>, pkg: string, op: string) =>
  appOf(snapshot, pkg)?.appOps.find((entry) => entry.op === op && entry.uidMode !== true)?.mode;

describe('stand-in', () => {
  it('keeps the contacts grant and feeds the app nothing (Android 14)', async () => {
    const { context } = await bench.phone('pixel-14');
    const planned = step(ActionKind.StandIn, {
      packageName: 'com.whatsapp',
      userId: 0,
      permission: 'android.permission.READ_CONTACTS',
    });
    const result = await runCycle(context, planned);
    expect(result.skip).toBeUndefined();
    expect(result.prior.opMode).toBe('allow');
    expect(result.verification).toMatchObject({ ok: true, observed: { opMode: 'ignore' } });
    expect(opMode(result.afterApply, 'com.whatsapp', 'READ_CONTACTS')).toBe('ignore');
    const contacts = appOf(result.afterApply, 'com.whatsapp')?.permissions.find(
      (entry) => entry.name === 'android.permission.READ_CONTACTS',
    );
    expect(contacts?.granted).toBe(true);
    expect(result.leftOver).toEqual([]);
  });

  it('works on Android 7.1 and says unsupported for a permission without an op', async () => {
    const { context } = await bench.phone('legacy-7');
    const result = await runCycle(
      context,
      step(ActionKind.StandIn, {
        packageName: 'com.tencent.mm',
        userId: 0,
        permission: 'android.permission.READ_CONTACTS',
      }),
    );
    expect(result.verification.ok).toBe(true);
    expect(result.leftOver).toEqual([]);
    const noOp = step(ActionKind.StandIn, {
      packageName: 'com.tencent.mm',
      userId: 0,
      permission: 'android.permission.BODY_SENSORS_BACKGROUND',
    });
    expect(await EXECUTORS[ActionKind.StandIn].check(context, noOp)).toBe(SkipReason.Unsupported);
  });
});

describe('set-app-op', () => {
  it('takes overlay access away the way Settings does (deny) and restores it', async () => {
    const { context } = await bench.phone('pixel-14');
    const result = await runCycle(
      context,
      step(ActionKind.SetAppOp, {
        packageName: 'com.zhiliaoapp.musically',
        userId: 0,
        op: 'SYSTEM_ALERT_WINDOW',
      }),
    );
    expect(result.verification).toMatchObject({ ok: true, observed: { opMode: 'deny' } });
    expect(opMode(result.afterApply, 'com.zhiliaoapp.musically', 'SYSTEM_ALERT_WINDOW')).toBe('deny');
    expect(result.leftOver).toEqual([]);
  });

  it('takes install-unknown-apps away on the Chinese flagship and restores it', async () => {
    const { context } = await bench.phone('cn-flagship-14');
    const result = await runCycle(
      context,
      step(ActionKind.SetAppOp, { packageName: 'com.tencent.mm', userId: 0, op: 'REQUEST_INSTALL_PACKAGES' }),
    );
    expect(result.verification.ok).toBe(true);
    expect(result.leftOver).toEqual([]);
  });

  it('comes back refused with the ColorOS guidance and changes nothing', async () => {
    const { context } = await bench.phone('coloros-strict');
    const before = await scanDevice(context.session);
    for (const planned of [
      step(ActionKind.SetAppOp, { packageName: 'com.tencent.mm', userId: 0, op: 'SYSTEM_ALERT_WINDOW' }),
      step(ActionKind.StandIn, {
        packageName: 'com.tencent.mm',
        userId: 0,
        permission: 'android.permission.READ_CONTACTS',
      }),
    ]) {
      const executor = EXECUTORS[planned.kind];
      const prior = await executor.readPrior(context, planned);
      const error = await executor.apply(context, planned, prior).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ActionRefused);
      expect((error as ActionRefused).guidance).toBe(RefusalGuidance.AppOpsRefused);
      expect((error as ActionRefused).deviceMessage).toContain('MANAGE_APP_OPS_MODES');
    }
    expect(differences(before, await scanDevice(context.session))).toEqual([]);
  });
});
