// disable-accessibility-service and disallow-notification-listener on virtual phones: the
// secure setting loses exactly that component (short and long forms), verify reads it back,
// undo restores the exact previous string; Android 7.1 edits the setting (no cmd verb).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionKind, SkipReason } from '../../../../main/actions/action-types';
import { EXECUTORS } from '../../../../main/actions/executors';
import { createExecutorBench, runCycle, step, type ExecutorBench } from './executor-support';

let bench: ExecutorBench;
beforeAll(async () => {
  bench = await createExecutorBench();
});
afterAll(async () => bench.teardown());

const PIXEL_A11Y = 'com.life360.android.safetymapd/com.life360.android.shared.AccessibilityService';
const PIXEL_LISTENER = 'com.pushbullet.android/.notifications.mirroring.CopyListenerService';

describe('disable-accessibility-service', () => {
  it('removes the service on Android 14 and restores the exact string', async () => {
    const { context } = await bench.phone('pixel-14');
    const result = await runCycle(
      context,
      step(ActionKind.DisableAccessibilityService, {
        packageName: 'com.life360.android.safetymapd',
        userId: 0,
        component: PIXEL_A11Y,
      }),
    );
    expect(result.prior.settingValue).toBe(PIXEL_A11Y);
    expect(result.verification).toMatchObject({ ok: true, observed: { settingValue: '' } });
    expect(result.afterApply.specialAccess.accessibilityServices).toEqual([]);
    expect(result.leftOver).toEqual([]);
  });

  it('works on Android 7.1 with the short class form and skips a service that is not on', async () => {
    const { context } = await bench.phone('legacy-7');
    const result = await runCycle(
      context,
      step(ActionKind.DisableAccessibilityService, {
        packageName: 'com.qihoo360.mobilesafe',
        userId: 0,
        component: 'com.qihoo360.mobilesafe/.accessibility.AccessibilityService',
      }),
    );
    expect(result.verification.ok).toBe(true);
    expect(result.leftOver).toEqual([]);
    const off = step(ActionKind.DisableAccessibilityService, {
      packageName: 'com.tencent.mm',
      userId: 0,
      component: 'com.tencent.mm/.Service',
    });
    expect(await EXECUTORS[ActionKind.DisableAccessibilityService].check(context, off)).toBe(
      SkipReason.NotGranted,
    );
  });
});

describe('disallow-notification-listener', () => {
  it('disallows a listener stored in short form (cmd, then the setting) and restores it', async () => {
    const { context } = await bench.phone('pixel-14');
    const result = await runCycle(
      context,
      step(ActionKind.DisallowNotificationListener, {
        packageName: 'com.pushbullet.android',
        userId: 0,
        component: PIXEL_LISTENER,
      }),
    );
    expect(result.prior.settingValue).toBe(PIXEL_LISTENER);
    expect(result.verification.ok).toBe(true);
    expect(result.afterApply.specialAccess.notificationListeners).toEqual([]);
    expect(result.leftOver).toEqual([]);
  });

  it('keeps the other listeners in order on the Chinese flagship', async () => {
    const { context } = await bench.phone('cn-flagship-14');
    const result = await runCycle(
      context,
      step(ActionKind.DisallowNotificationListener, {
        packageName: 'com.mi.health',
        userId: 0,
        component: 'com.mi.health/com.xiaomi.fitness.notify.NotificationListenerService',
      }),
    );
    expect(result.verification).toMatchObject({
      ok: true,
      observed: {
        settingValue: 'com.tencent.qqpimsecure/com.tencent.qqpimsecure.service.NotificationListener',
      },
    });
    expect(result.leftOver).toEqual([]);
  });
});
