// hide-app with a scripted phone: the probing order, falling through refusals and no-effect
// answers, the uninstall rung only where install-existing exists (7.0+), the exact reverse on
// undo, and the refusal when nothing works.
import { describe, expect, it } from 'vitest';
import { ActionKind } from '../../../main/actions/action-types';
import { ActionRefused, EXECUTORS, HideMethod } from '../../../main/actions/executors';
import { RefusalGuidance } from '../../../main/actions/refusal-guidance';
import { createFakeDevice, type Reply } from './fake-device';
import { makeStep } from './make-step';

const hide = EXECUTORS[ActionKind.HideApp];
const step = makeStep(ActionKind.HideApp);
const MANAGE_USERS: Reply = {
  stdout:
    "\nException occurred while executing 'hide':\njava.lang.SecurityException: Neither user 2000 nor current process has android.permission.MANAGE_USERS.\n",
  exitCode: 255,
};
const SHELL_CANNOT: Reply = {
  stdout:
    "\nException occurred while executing 'disable-user':\njava.lang.SecurityException: Shell cannot change component state for null to 3\n",
  exitCode: 255,
};

describe('hide-app', () => {
  it('uses pm hide when allowed and unhides on undo', async () => {
    const device = createFakeDevice();
    const context = device.context(34);
    const prior = await hide.readPrior(context, step);
    await hide.apply(context, step, prior);
    expect(device.changes()).toEqual(['pm hide --user 0 com.example.app']);
    expect(await hide.verify(context, step, prior)).toMatchObject({
      ok: true,
      observed: { method: HideMethod.Hide },
    });
    await hide.undo(context, step, prior);
    expect(device.changes().at(-1)).toBe('pm unhide --user 0 com.example.app');
  });

  it('falls through MANAGE_USERS to suspend, and a suspend without effect to disable-user', async () => {
    const device = createFakeDevice();
    device.override = (line) => {
      if (line.startsWith('pm hide')) return MANAGE_USERS;
      if (line.startsWith('pm suspend'))
        return { stdout: 'Package com.example.app new suspended state: false\n' };
      return undefined;
    };
    const context = device.context(34);
    const prior = await hide.readPrior(context, step);
    await hide.apply(context, step, prior);
    expect(device.changes()).toEqual([
      'pm hide --user 0 com.example.app',
      'pm suspend --user 0 com.example.app',
      'pm disable-user --user 0 com.example.app',
    ]);
    expect((await hide.verify(context, step, prior)).observed.method).toBe(HideMethod.DisableUser);
    await hide.undo(context, step, prior);
    expect(device.changes().at(-1)).toBe('pm default-state --user 0 com.example.app');
    expect(device.state.enabled).toBe(0);
  });

  it('ends with uninstall -k and restores with install-existing', async () => {
    const device = createFakeDevice({ enabled: 1 });
    device.override = (line) =>
      /^pm (hide|suspend)/.test(line)
        ? MANAGE_USERS
        : line.startsWith('pm disable-user')
          ? SHELL_CANNOT
          : undefined;
    const context = device.context(29);
    const prior = await hide.readPrior(context, step);
    await hide.apply(context, step, prior);
    expect(device.changes().at(-1)).toBe('pm uninstall -k --user 0 com.example.app');
    expect((await hide.verify(context, step, prior)).observed.method).toBe(HideMethod.UninstallKeepData);
    await hide.undo(context, step, prior);
    expect(device.changes().at(-1)).toBe('cmd package install-existing --user 0 com.example.app');
    expect(device.state.installed).toBe(true);
  });

  it('never offers uninstall below Android 7.0 and reports the last refusal', async () => {
    const device = createFakeDevice();
    device.override = (line) =>
      /^pm (hide|suspend)/.test(line)
        ? MANAGE_USERS
        : line.startsWith('pm disable-user')
          ? SHELL_CANNOT
          : undefined;
    const context = device.context(23);
    expect(hide.describe(step, 23).join('\n')).not.toContain('uninstall');
    const error = await hide
      .apply(context, step, await hide.readPrior(context, step))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionRefused);
    expect((error as ActionRefused).guidance).toBe(RefusalGuidance.ShellCannotChangeState);
    expect((error as ActionRefused).details).toHaveLength(3);
    expect(device.changes().some((line) => line.includes('uninstall'))).toBe(false);
  });
});
