// revoke-permission on virtual phones through the real adb server: Android 14 (revoke +
// USER_SET|USER_FIXED + force-stop), Android 7.1 (no flag command; legacy app → app op),
// the MIUI refusal with its guidance, and undo restoring the exact prior snapshot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionKind, SkipReason } from '../../../../main/actions/action-types';
import { ActionRefused, EXECUTORS } from '../../../../main/actions/executors';
import { RefusalGuidance } from '../../../../main/actions/refusal-guidance';
import { scanDevice } from '../../../../main/reader/scan';
import { appOf, createExecutorBench, runCycle, step, type ExecutorBench } from './executor-support';

let bench: ExecutorBench;
beforeAll(async () => {
  bench = await createExecutorBench();
});
afterAll(async () => bench.teardown());

const CAMERA = 'android.permission.CAMERA';

describe('revoke-permission', () => {
  it('revokes with USER_FIXED on Android 14 and undo restores the exact snapshot', async () => {
    const { context } = await bench.phone('pixel-14');
    const planned = step(ActionKind.RevokePermission, {
      packageName: 'com.whatsapp',
      userId: 0,
      permission: 'android.permission.READ_CONTACTS',
    });
    const result = await runCycle(context, planned);
    expect(result.skip).toBeUndefined();
    expect(result.prior).toMatchObject({ granted: true, method: 'revoke' });
    expect(result.verification.ok).toBe(true);
    expect(result.verification.observed.flags).toEqual(expect.arrayContaining(['USER_SET', 'USER_FIXED']));
    const revoked = appOf(result.afterApply, 'com.whatsapp')?.permissions.find(
      (entry) => entry.name === 'android.permission.READ_CONTACTS',
    );
    expect(revoked?.granted).toBe(false);
    expect(result.leftOver).toEqual([]);
  });

  it('revokes on the Chinese flagship (Android 14) and restores it', async () => {
    const { context } = await bench.phone('cn-flagship-14');
    const result = await runCycle(
      context,
      step(ActionKind.RevokePermission, { packageName: 'com.tencent.mm', userId: 0, permission: CAMERA }),
    );
    expect(result.verification.ok).toBe(true);
    expect(result.leftOver).toEqual([]);
  });

  it('revokes without flags on Android 7.1 and uses the app op for a legacy app', async () => {
    const { context } = await bench.phone('legacy-7');
    const modern = await runCycle(
      context,
      step(ActionKind.RevokePermission, { packageName: 'com.tencent.mm', userId: 0, permission: CAMERA }),
    );
    expect(modern.prior.method).toBe('revoke');
    expect(modern.verification.ok).toBe(true);
    expect(modern.verification.observed.flags).not.toContain('USER_FIXED');
    expect(modern.leftOver).toEqual([]);

    const legacy = await runCycle(
      context,
      step(ActionKind.RevokePermission, {
        packageName: 'com.autonavi.minimap',
        userId: 0,
        permission: 'android.permission.ACCESS_FINE_LOCATION',
      }),
    );
    expect(legacy.prior.method).toBe('app-op');
    expect(legacy.verification).toMatchObject({ ok: true, observed: { opMode: 'ignore', granted: true } });
    expect(legacy.leftOver).toEqual([]);
  });

  it('skips what is not granted or not installed', async () => {
    const { context } = await bench.phone('cn-flagship-14');
    const executor = EXECUTORS[ActionKind.RevokePermission];
    const background = step(ActionKind.RevokePermission, {
      packageName: 'com.tencent.mm',
      userId: 0,
      permission: 'android.permission.ACCESS_BACKGROUND_LOCATION',
    });
    expect(await executor.check(context, background)).toBe(SkipReason.NotGranted);
    const missing = step(ActionKind.RevokePermission, {
      packageName: 'com.not.installed',
      userId: 0,
      permission: CAMERA,
    });
    expect(await executor.check(context, missing)).toBe(SkipReason.NotInstalled);
  });

  it('comes back refused with the MIUI guidance and changes nothing', async () => {
    const { context } = await bench.phone('miui-strict');
    const executor = EXECUTORS[ActionKind.RevokePermission];
    const planned = step(ActionKind.RevokePermission, {
      packageName: 'com.tencent.mm',
      userId: 0,
      permission: CAMERA,
    });
    const before = await scanDevice(context.session);
    const prior = await executor.readPrior(context, planned);
    const error = await executor.apply(context, planned, prior).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ActionRefused);
    expect((error as ActionRefused).guidance).toBe(RefusalGuidance.MiuiSecurityDebugging);
    expect((error as ActionRefused).deviceMessage).toContain('REVOKE_RUNTIME_PERMISSIONS');
    const after = await scanDevice(context.session);
    expect(appOf(after, 'com.tencent.mm')?.permissions).toEqual(appOf(before, 'com.tencent.mm')?.permissions);
  });
});
