// revoke-permission with a scripted phone: the exact commands per Android version (7.1 / 10:
// no flag command; 11 / 14 / 16: USER_SET|USER_FIXED), the legacy-app app-op path, undo
// restoring the exact flags, the Android 16 silent no-op caught by verify, refusals typed
// with guidance, and unsafe names refused before anything is sent.
import { describe, expect, it } from 'vitest';
import { ActionKind, SkipReason } from '../../../main/actions/action-types';
import { ActionRefused, EXECUTORS, UndoNotVerified } from '../../../main/actions/executors';
import { RefusalGuidance } from '../../../main/actions/refusal-guidance';
import { UnsafeShellArgument } from '../../../main/adb/errors';
import { createFakeDevice } from './fake-device';
import { makeStep } from './make-step';

const executor = EXECUTORS[ActionKind.RevokePermission];
const CAMERA = 'android.permission.CAMERA';

const revoke = makeStep(ActionKind.RevokePermission, { permission: CAMERA });

describe('revoke-permission', () => {
  it.each([30, 34, 36])('revokes, sets USER_SET|USER_FIXED and force-stops on API %i', async (sdk) => {
    const device = createFakeDevice();
    const context = device.context(sdk);
    expect(await executor.check(context, revoke)).toBeUndefined();
    const prior = await executor.readPrior(context, revoke);
    expect(prior).toEqual({ granted: true, flags: ['USER_SET'], method: 'revoke' });
    await executor.apply(context, revoke, prior);
    expect(device.changes()).toEqual([
      `pm revoke --user 0 com.example.app ${CAMERA}`,
      `pm set-permission-flags --user 0 com.example.app ${CAMERA} user-set user-fixed`,
      'am force-stop --user 0 com.example.app',
    ]);
    const verification = await executor.verify(context, revoke, prior);
    expect(verification.ok).toBe(true);
    await executor.undo(context, revoke, prior);
    expect(device.changes().slice(3)).toEqual([
      `pm clear-permission-flags --user 0 com.example.app ${CAMERA} user-fixed`,
      `pm grant --user 0 com.example.app ${CAMERA}`,
    ]);
    expect(device.state.permissions.get(CAMERA)).toEqual({ granted: true, flags: ['USER_SET'] });
  });

  it.each([25, 29])('has no flag command on API %i and says so in the preview', async (sdk) => {
    const device = createFakeDevice();
    const context = device.context(sdk);
    const prior = await executor.readPrior(context, revoke);
    await executor.apply(context, revoke, prior);
    expect(device.changes()).toEqual([
      `pm revoke --user 0 com.example.app ${CAMERA}`,
      'am force-stop --user 0 com.example.app',
    ]);
    expect((await executor.verify(context, revoke, prior)).ok).toBe(true);
    expect(executor.describe(revoke, sdk).join('\n')).toContain('below Android 11');
    await executor.undo(context, revoke, prior);
    expect(device.changes().at(-1)).toBe(`pm grant --user 0 com.example.app ${CAMERA}`);
  });

  it('sets the app op to ignore for an app targeting API 22 and restores the mode', async () => {
    const device = createFakeDevice({ targetSdk: 22, ops: new Map([['CAMERA', 'allow']]) });
    const context = device.context(29);
    const prior = await executor.readPrior(context, revoke);
    expect(prior).toMatchObject({ method: 'app-op', opMode: 'allow' });
    await executor.apply(context, revoke, prior);
    expect(device.changes()).toEqual([
      'appops set --user 0 com.example.app CAMERA ignore',
      'am force-stop --user 0 com.example.app',
    ]);
    expect((await executor.verify(context, revoke, prior)).observed.opMode).toBe('ignore');
    await executor.undo(context, revoke, prior);
    expect(device.changes().at(-1)).toBe('appops set --user 0 com.example.app CAMERA allow');
  });

  it('catches the Android 16 silent no-op in verify', async () => {
    const device = createFakeDevice();
    device.override = (line) => (line.startsWith('pm ') ? { stdout: '' } : undefined);
    const context = device.context(36);
    const prior = await executor.readPrior(context, revoke);
    await executor.apply(context, revoke, prior);
    const verification = await executor.verify(context, revoke, prior);
    expect(verification).toMatchObject({ ok: false, observed: { granted: true } });
  });

  it('skips system-fixed, policy-fixed, not granted and not installed', async () => {
    const cases: [Partial<Parameters<typeof createFakeDevice>[0]>, SkipReason][] = [
      [
        { permissions: new Map([[CAMERA, { granted: true, flags: ['SYSTEM_FIXED'] }]]) },
        SkipReason.SystemFixed,
      ],
      [
        { permissions: new Map([[CAMERA, { granted: true, flags: ['POLICY_FIXED'] }]]) },
        SkipReason.PolicyFixed,
      ],
      [{ permissions: new Map([[CAMERA, { granted: false, flags: [] }]]) }, SkipReason.NotGranted],
      [{ installed: false, permissions: new Map() }, SkipReason.NotInstalled],
    ];
    for (const [state, reason] of cases) {
      expect(await executor.check(createFakeDevice(state).context(34), revoke)).toBe(reason);
    }
  });

  it('turns a MIUI refusal into ActionRefused with its guidance', async () => {
    const device = createFakeDevice();
    device.override = (line) =>
      line.startsWith('pm revoke')
        ? {
            stdout:
              "\nException occurred while executing 'revoke':\njava.lang.SecurityException: revokeRuntimePermission: Neither user 2000 nor current process has android.permission.REVOKE_RUNTIME_PERMISSIONS.\n\tat android.app.ContextImpl.enforce(ContextImpl.java:2253)\n",
            exitCode: 255,
          }
        : undefined;
    const context = device.context(34);
    const error = await executor
      .apply(context, revoke, await executor.readPrior(context, revoke))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionRefused);
    expect((error as ActionRefused).guidance).toBe(RefusalGuidance.MiuiSecurityDebugging);
    expect(device.changes()).toEqual([`pm revoke --user 0 com.example.app ${CAMERA}`]);
  });

  it('reports an undo that does not stick', async () => {
    const device = createFakeDevice();
    const context = device.context(34);
    const prior = await executor.readPrior(context, revoke);
    await executor.apply(context, revoke, prior);
    device.override = (line) => (line.startsWith('pm grant') ? { stdout: '' } : undefined);
    await expect(executor.undo(context, revoke, prior)).rejects.toBeInstanceOf(UndoNotVerified);
  });

  it('refuses unsafe names before sending anything', async () => {
    const device = createFakeDevice();
    const context = device.context(34);
    const bad = makeStep(ActionKind.RevokePermission, { permission: 'android.permission.CAMERA; reboot' });
    await expect(executor.apply(context, bad, { method: 'revoke' })).rejects.toBeInstanceOf(
      UnsafeShellArgument,
    );
    const badPackage = makeStep(ActionKind.RevokePermission, { packageName: '$(id)', permission: CAMERA });
    await expect(executor.readPrior(context, badPackage)).rejects.toBeInstanceOf(UnsafeShellArgument);
    expect(() =>
      executor.describe(makeStep(ActionKind.RevokePermission, { userId: -1, permission: CAMERA }), 34),
    ).toThrow(UnsafeShellArgument);
    expect(device.sent).toEqual([]);
  });
});
