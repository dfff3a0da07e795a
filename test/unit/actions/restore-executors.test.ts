// restore-app-state and set-component-access with a scripted phone: the exact commands in both
// directions, verification that catches a command without effect, the protected-package and
// never-uninstall guards, and undo back to the exact prior state (uninstall -k only on undo).
import { describe, expect, it } from 'vitest';
import { ActionKind, SkipReason } from '../../../main/actions/action-types';
import type { StepTarget } from '../../../main/actions/action-types';
import { appStateCommands } from '../../../main/actions/executors/app-state-change';
import {
  ActionRefused,
  EXECUTORS,
  type HideContext,
  StepNotApplicable,
} from '../../../main/actions/executors';
import { createFakeDevice } from './fake-device';
import { makeStep } from './make-step';

const restoreState = EXECUTORS[ActionKind.RestoreAppState];
const access = EXECUTORS[ActionKind.SetComponentAccess];
const APP = 'com.example.app';
const A11Y = 'enabled_accessibility_services';
const LISTENERS = 'enabled_notification_listeners';

const stateStep = (appState: NonNullable<StepTarget['appState']>, packageName = APP) =>
  makeStep(ActionKind.RestoreAppState, { packageName, appState });
const accessStep = (target: Pick<StepTarget, 'component' | 'access' | 'enabled'>) =>
  makeStep(ActionKind.SetComponentAccess, target);

describe('restore-app-state', () => {
  it('reinstalls and re-enables as recorded; undo disables and uninstalls -k again, last', async () => {
    const device = createFakeDevice({ installed: false, enabled: 3 });
    const context = device.context(34);
    const step = stateStep({ installed: true, enabled: 'default' });
    expect(restoreState.describe(step, 34)).toEqual([
      `cmd package install-existing --user 0 ${APP}`,
      `pm default-state --user 0 ${APP}`,
    ]);
    const prior = await restoreState.readPrior(context, step);
    expect(prior.app).toEqual({
      enabled: 'disabled-user',
      hidden: false,
      suspended: false,
      installed: false,
    });
    await restoreState.apply(context, step, prior);
    expect(device.changes()).toEqual([
      `cmd package install-existing --user 0 ${APP}`,
      `pm default-state --user 0 ${APP}`,
    ]);
    expect(await restoreState.verify(context, step, prior)).toMatchObject({
      ok: true,
      observed: { app: { installed: true, enabled: 'default' } },
    });
    await restoreState.undo(context, step, prior);
    expect(device.changes().slice(2)).toEqual([
      `pm disable-user --user 0 ${APP}`,
      `pm uninstall -k --user 0 ${APP}`,
    ]);
    expect(await restoreState.readPrior(context, step)).toEqual(prior);
  });

  it('hides and suspends as recorded and only touches the aspects the step names', async () => {
    const device = createFakeDevice({ enabled: 1 });
    const context = device.context(34);
    const step = stateStep({ hidden: true, suspended: true });
    const prior = await restoreState.readPrior(context, step);
    await restoreState.apply(context, step, prior);
    expect(device.changes()).toEqual([`pm hide --user 0 ${APP}`, `pm suspend --user 0 ${APP}`]);
    expect(device.state.enabled).toBe(1);
    await restoreState.undo(context, step, prior);
    expect(device.changes().slice(2)).toEqual([`pm unhide --user 0 ${APP}`, `pm unsuspend --user 0 ${APP}`]);
  });

  it('fails verification when a command printed success but changed nothing, and reports refusals', async () => {
    const device = createFakeDevice({ suspended: true });
    device.override = (line) =>
      line.startsWith('pm unsuspend') ? { stdout: `Package ${APP} new suspended state: true\n` } : undefined;
    const context = device.context(34);
    const step = stateStep({ suspended: false });
    const prior = await restoreState.readPrior(context, step);
    await restoreState.apply(context, step, prior);
    expect((await restoreState.verify(context, step, prior)).ok).toBe(false);
    const hidden = createFakeDevice({ hidden: true });
    hidden.override = (line) =>
      line.startsWith('pm unhide')
        ? {
            stdout:
              "\nException occurred while executing 'unhide':\njava.lang.SecurityException: Neither user 2000 nor current process has android.permission.MANAGE_USERS.\n",
            exitCode: 255,
          }
        : undefined;
    const unhide = stateStep({ hidden: false });
    await expect(
      restoreState.apply(
        hidden.context(34),
        unhide,
        await restoreState.readPrior(hidden.context(34), unhide),
      ),
    ).rejects.toBeInstanceOf(ActionRefused);
  });

  it('skips taking a protected package away unless the expert override is given', async () => {
    const device = createFakeDevice({ packageName: 'com.android.systemui' });
    const context = device.context(34);
    const away = stateStep({ suspended: true }, 'com.android.systemui');
    expect(await restoreState.check(context, away)).toBe(SkipReason.ProtectedPackage);
    const expert: HideContext = { ...context, expertOverride: true };
    expect(await restoreState.check(expert, away)).toBeUndefined();
    expect(await restoreState.check(context, stateStep({ enabled: 'default' }, 'com.android.systemui'))).toBe(
      undefined,
    );
  });

  it('re-checks when it runs: the input method in use is not taken away even if the plan says so', async () => {
    const ime = 'com.example.keyboard';
    const device = createFakeDevice({
      packageName: ime,
      settings: new Map([['default_input_method', `${ime}/.KeyboardService`]]),
    });
    const context = device.context(34);
    const away = stateStep({ suspended: true }, ime);
    const prior = await restoreState.readPrior(context, away);
    await expect(restoreState.apply(context, away, prior)).rejects.toMatchObject({
      reason: SkipReason.ProtectedPackage,
    });
    expect(device.changes()).toEqual([]);
    const expert: HideContext = { ...context, expertOverride: true };
    await restoreState.apply(expert, away, prior);
    expect(device.changes()).toEqual([`pm suspend --user 0 ${ime}`]);
  });

  it('never uninstalls, and says what the shell cannot do', () => {
    expect(() => restoreState.describe(stateStep({ installed: false }), 34)).toThrow(StepNotApplicable);
    expect(() => restoreState.describe(stateStep({ installed: true }), 23)).toThrow(/Android 7.0/);
    const target = { packageName: APP, userId: 0 };
    const from = { enabled: 'disabled', hidden: false, suspended: false, installed: true };
    expect(() => appStateCommands(target, { from, to: { ...from, enabled: 'default' }, sdk: 34 })).toThrow(
      expect.objectContaining({ reason: SkipReason.ShellCannot }),
    );
  });
});

describe('set-component-access', () => {
  it('turns an accessibility service on after the others; undo deletes a setting that was unset', async () => {
    const device = createFakeDevice();
    const context = device.context(34);
    const step = accessStep({ component: `${APP}/.Spy`, access: 'accessibility-service', enabled: true });
    const prior = await access.readPrior(context, step);
    expect(prior).toEqual({ settingValue: null });
    await access.apply(context, step, prior);
    expect(device.state.settings.get(A11Y)).toBe(`${APP}/.Spy`);
    expect((await access.verify(context, step, prior)).ok).toBe(true);
    await access.undo(context, step, prior);
    expect(device.state.settings.has(A11Y)).toBe(false);

    device.state.settings.set(A11Y, 'com.other/.Service');
    await access.apply(context, step, await access.readPrior(context, step));
    expect(device.state.settings.get(A11Y)).toBe(`com.other/.Service:${APP}/.Spy`);
  });

  it('allows a listener with cmd notification on 8.1+ and restores the exact string on undo', async () => {
    const device = createFakeDevice({ settings: new Map([[LISTENERS, 'com.other/.L']]) });
    const context = device.context(34);
    const step = accessStep({ component: `${APP}/${APP}.L`, access: 'notification-listener', enabled: true });
    const prior = await access.readPrior(context, step);
    await access.apply(context, step, prior);
    expect(device.changes()).toEqual([`cmd notification allow_listener ${APP}/${APP}.L 0`]);
    await access.undo(context, step, prior);
    expect(device.changes().at(-1)).toBe(`cmd notification disallow_listener ${APP}/${APP}.L 0`);
    expect(device.state.settings.get(LISTENERS)).toBe('com.other/.L');
  });

  it('turns off a listener stored in short form (cmd, then the setting) and puts it back exactly', async () => {
    const device = createFakeDevice({ settings: new Map([[LISTENERS, `${APP}/.L:com.other/.L`]]) });
    const context = device.context(34);
    const step = accessStep({
      component: `${APP}/${APP}.L`,
      access: 'notification-listener',
      enabled: false,
    });
    const prior = await access.readPrior(context, step);
    await access.apply(context, step, prior);
    expect(device.state.settings.get(LISTENERS)).toBe('com.other/.L');
    expect((await access.verify(context, step, prior)).ok).toBe(true);
    await access.undo(context, step, prior);
    expect(device.state.settings.get(LISTENERS)).toBe(`${APP}/.L:com.other/.L`);
  });

  it('edits the setting before Android 8.1 and rejects a step without a list', async () => {
    const device = createFakeDevice();
    const context = device.context(26);
    const step = accessStep({ component: `${APP}/.L`, access: 'notification-listener', enabled: true });
    await access.apply(context, step, await access.readPrior(context, step));
    expect(device.changes()).toEqual([`settings --user 0 put secure ${LISTENERS} ${APP}/.L`]);
    expect(() => access.describe(accessStep({ component: `${APP}/.L`, enabled: true }), 34)).toThrow(
      StepNotApplicable,
    );
    expect(
      await access.check(
        context,
        accessStep({ component: `${APP}/.L`, access: 'accessibility-service', enabled: true }),
      ),
    ).toBeUndefined();
  });
});
