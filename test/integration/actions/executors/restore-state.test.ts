// restore-app-state and set-component-access on virtual phones through the real adb server:
// each brings the app state or the component list to the recorded value in both directions,
// verification reads it back, and undo restores the exact snapshot (install-existing and
// uninstall -k with data kept, pm hide as root, cmd notification and the secure settings).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionContext } from '../../../../main/actions/action-executor';
import { ActionKind } from '../../../../main/actions/action-types';
import type { StepTarget } from '../../../../main/actions/action-types';
import { PackageVerb, pmPackage, pmUninstallKeepData } from '../../../../main/actions/executors/commands';
import { writeSecureSetting } from '../../../../main/actions/executors/read-setting';
import { runStep } from '../../../../main/actions/executors/step-commands';
import { appOf, createExecutorBench, runCycle, step, type ExecutorBench } from './executor-support';

let bench: ExecutorBench;
beforeAll(async () => {
  bench = await createExecutorBench();
});
afterAll(async () => bench.teardown());

const PIXEL_A11Y = 'com.life360.android.safetymapd/com.life360.android.shared.AccessibilityService';
const PIXEL_LISTENER = 'com.pushbullet.android/.notifications.mirroring.CopyListenerService';

const restoreState = (packageName: string, appState: NonNullable<StepTarget['appState']>) =>
  step(ActionKind.RestoreAppState, { packageName, userId: 0, appState });
const setAccess = (target: Pick<StepTarget, 'component' | 'access' | 'enabled'> & { packageName: string }) =>
  step(ActionKind.SetComponentAccess, { userId: 0, ...target });

const pm = (context: ActionContext, packageName: string, verb: PackageVerb) =>
  runStep(context, pmPackage({ packageName, userId: 0, verb }));

describe('restore-app-state', () => {
  it('suspends and disables an app as recorded (Android 14, shell) and undo brings it back', async () => {
    const { context } = await bench.phone('pixel-14');
    const result = await runCycle(
      context,
      restoreState('com.spotify.music', { suspended: true, enabled: 'disabled-user' }),
    );
    expect(result.verification.ok).toBe(true);
    expect(appOf(result.afterApply, 'com.spotify.music')).toMatchObject({
      suspended: true,
      enabled: 'disabled-user',
      hidden: false,
      installed: true,
    });
    expect(result.leftOver).toEqual([]);
  });

  it('unsuspends and re-enables an app that was later suspended and disabled', async () => {
    const { context } = await bench.phone('pixel-14');
    await pm(context, 'com.instagram.android', PackageVerb.Suspend);
    await pm(context, 'com.instagram.android', PackageVerb.DisableUser);
    const result = await runCycle(
      context,
      restoreState('com.instagram.android', { suspended: false, enabled: 'default' }),
    );
    expect(result.prior.app).toMatchObject({ suspended: true, enabled: 'disabled-user' });
    expect(result.verification.ok).toBe(true);
    expect(appOf(result.afterApply, 'com.instagram.android')).toMatchObject({
      suspended: false,
      enabled: 'default',
    });
    expect(result.leftOver).toEqual([]);
  });

  it('reinstalls an app removed with uninstall -k; undo removes it again, data kept', async () => {
    const { context } = await bench.phone('cn-flagship-14');
    await runStep(context, pmUninstallKeepData({ packageName: 'com.tencent.mm', userId: 0 }));
    const result = await runCycle(context, restoreState('com.tencent.mm', { installed: true }));
    expect(result.prior.app?.installed).toBe(false);
    expect(result.verification.ok).toBe(true);
    const back = appOf(result.afterApply, 'com.tencent.mm');
    expect(back?.installed).toBe(true);
    expect(back?.permissions.some((entry) => entry.granted)).toBe(true);
    expect(result.leftOver).toEqual([]);
  });

  it('hides and unhides with pm hide when adb runs as root', async () => {
    const { context } = await bench.phone('pixel-14', { runAs: 'root' });
    const hidden = await runCycle(context, restoreState('com.netflix.mediaclient', { hidden: true }));
    expect(hidden.verification).toMatchObject({ ok: true, observed: { app: { hidden: true } } });
    expect(hidden.leftOver).toEqual([]);
    await pm(context, 'com.netflix.mediaclient', PackageVerb.Hide);
    const shown = await runCycle(context, restoreState('com.netflix.mediaclient', { hidden: false }));
    expect(shown.verification).toMatchObject({ ok: true, observed: { app: { hidden: false } } });
    expect(shown.leftOver).toEqual([]);
  });
});

describe('set-component-access', () => {
  it('turns an accessibility service back on after the others, and undo restores the exact string', async () => {
    const { context } = await bench.phone('pixel-14');
    await writeSecureSetting(context, { key: 'enabled_accessibility_services', userId: 0, value: '' });
    const result = await runCycle(
      context,
      setAccess({
        packageName: 'com.life360.android.safetymapd',
        component: PIXEL_A11Y,
        access: 'accessibility-service',
        enabled: true,
      }),
    );
    expect(result.prior.settingValue).toBe('');
    expect(result.verification).toMatchObject({ ok: true, observed: { settingValue: PIXEL_A11Y } });
    expect(result.afterApply.specialAccess.accessibilityServices).toEqual([PIXEL_A11Y]);
    expect(result.leftOver).toEqual([]);
  });

  it('turns a listener off and on with cmd notification (Android 14)', async () => {
    const { context } = await bench.phone('pixel-14');
    const target = { packageName: 'com.pushbullet.android', component: PIXEL_LISTENER } as const;
    const off = await runCycle(
      context,
      setAccess({ ...target, access: 'notification-listener', enabled: false }),
    );
    expect(off.verification.ok).toBe(true);
    expect(off.afterApply.specialAccess.notificationListeners).toEqual([]);
    expect(off.leftOver).toEqual([]);
    await writeSecureSetting(context, { key: 'enabled_notification_listeners', userId: 0, value: null });
    const on = await runCycle(
      context,
      setAccess({ ...target, access: 'notification-listener', enabled: true }),
    );
    expect(on.prior.settingValue).toBeNull();
    expect(on.verification.ok).toBe(true);
    expect(on.afterApply.specialAccess.notificationListeners).toHaveLength(1);
    expect(on.leftOver).toEqual([]);
  });
});
