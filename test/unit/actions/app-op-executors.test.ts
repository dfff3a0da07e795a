// stand-in and set-app-op with a scripted phone: exact commands, the Settings modes per
// special access, `default` restored on undo, the uid-mode caveat, ColorOS refusal guidance.
import { describe, expect, it } from 'vitest';
import { ActionKind, SkipReason } from '../../../main/actions/action-types';
import { ActionRefused, EXECUTORS } from '../../../main/actions/executors';
import { RefusalGuidance } from '../../../main/actions/refusal-guidance';
import { createFakeDevice } from './fake-device';
import { makeStep } from './make-step';

const standIn = EXECUTORS[ActionKind.StandIn];
const setAppOp = EXECUTORS[ActionKind.SetAppOp];
const CONTACTS = 'android.permission.READ_CONTACTS';

describe('stand-in', () => {
  const step = makeStep(ActionKind.StandIn, { permission: CONTACTS });
  const granted = new Map([[CONTACTS, { granted: true, flags: ['USER_SET'] }]]);

  it('keeps the grant, sets the op to ignore and restores `default`', async () => {
    const device = createFakeDevice({ permissions: granted });
    const context = device.context(34);
    expect(await standIn.check(context, step)).toBeUndefined();
    const prior = await standIn.readPrior(context, step);
    expect(prior).toEqual({ opMode: 'default' });
    await standIn.apply(context, step, prior);
    expect(device.changes()).toEqual(['appops set --user 0 com.example.app READ_CONTACTS ignore']);
    expect(await standIn.verify(context, step, prior)).toEqual({ ok: true, observed: { opMode: 'ignore' } });
    expect(device.state.permissions.get(CONTACTS)?.granted).toBe(true);
    await standIn.undo(context, step, prior);
    expect(device.changes().at(-1)).toBe('appops set --user 0 com.example.app READ_CONTACTS default');
  });

  it('restores an unrecorded op to the default mode Android 13+ prints (so AppOpsService prunes it)', async () => {
    const device = createFakeDevice({ permissions: granted });
    device.override = (line, state) =>
      line.startsWith('appops get') && !state.ops.has('READ_CONTACTS')
        ? { stdout: 'No operations.\nDefault mode: allow\n' }
        : undefined;
    const context = device.context(34);
    const prior = await standIn.readPrior(context, step);
    expect(prior).toEqual({ opMode: 'allow' });
    await standIn.apply(context, step, prior);
    await standIn.undo(context, step, prior);
    expect(device.changes().at(-1)).toBe('appops set --user 0 com.example.app READ_CONTACTS allow');
  });

  it('is unsupported where a foreground uid mode takes over, or without an op', async () => {
    const device = createFakeDevice({
      permissions: granted,
      ops: new Map([['uid:READ_CONTACTS', 'foreground']]),
    });
    expect(await standIn.check(device.context(34), step)).toBe(SkipReason.Unsupported);
    const noOp = makeStep(ActionKind.StandIn, { permission: 'android.permission.BODY_SENSORS_BACKGROUND' });
    expect(await standIn.check(createFakeDevice().context(34), noOp)).toBe(SkipReason.Unsupported);
    expect(standIn.describe(noOp, 34)).toEqual([]);
  });

  it('skips a permission that is not granted', async () => {
    const device = createFakeDevice({ permissions: new Map([[CONTACTS, { granted: false, flags: [] }]]) });
    expect(await standIn.check(device.context(34), step)).toBe(SkipReason.NotGranted);
  });

  it('turns the ColorOS refusal into the ColorOS guidance', async () => {
    const device = createFakeDevice({ permissions: granted });
    device.override = (line) =>
      line.startsWith('appops set')
        ? {
            stdout:
              "\nException occurred while executing 'set':\njava.lang.SecurityException: uid 2000 does not have android.permission.MANAGE_APP_OPS_MODES.\n",
            exitCode: 255,
          }
        : undefined;
    const context = device.context(34);
    const error = await standIn.apply(context, step, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionRefused);
    expect((error as ActionRefused).guidance).toBe(RefusalGuidance.AppOpsRefused);
  });
});

describe('set-app-op', () => {
  it.each([
    ['SYSTEM_ALERT_WINDOW', 'deny'],
    ['REQUEST_INSTALL_PACKAGES', 'deny'],
    ['MANAGE_EXTERNAL_STORAGE', 'deny'],
    ['GET_USAGE_STATS', 'ignore'],
  ])('switches %s off the way Settings does (%s) and back', async (op, mode) => {
    const device = createFakeDevice({ ops: new Map([[op, 'allow']]) });
    const context = device.context(34);
    const step = makeStep(ActionKind.SetAppOp, { op });
    const prior = await setAppOp.readPrior(context, step);
    await setAppOp.apply(context, step, prior);
    expect(device.changes()).toEqual([`appops set --user 0 com.example.app ${op} ${mode}`]);
    expect((await setAppOp.verify(context, step, prior)).ok).toBe(true);
    await setAppOp.undo(context, step, prior);
    expect(device.state.ops.get(op)).toBe('allow');
  });

  it('uses the step mode when given, skips when already there, and refuses unknown modes', async () => {
    const device = createFakeDevice({ ops: new Map([['SYSTEM_ALERT_WINDOW', 'ignore']]) });
    const context = device.context(34);
    expect(
      await setAppOp.check(
        context,
        makeStep(ActionKind.SetAppOp, { op: 'SYSTEM_ALERT_WINDOW', mode: 'ignore' }),
      ),
    ).toBe(SkipReason.NotGranted);
    expect(() =>
      setAppOp.describe(makeStep(ActionKind.SetAppOp, { op: 'SYSTEM_ALERT_WINDOW', mode: 'always' }), 34),
    ).toThrow();
    expect(() => setAppOp.describe(makeStep(ActionKind.SetAppOp, { op: 'camera; rm' }), 34)).toThrow();
  });
});
