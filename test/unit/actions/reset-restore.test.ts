// reset-app and restore-grant with a scripted phone: reset revokes user grants and clears
// user flags per permission (never `pm reset-permissions`, which is global), keeps
// system-fixed and default grants, resets the app's ops, and undo puts everything back;
// restore-grant re-applies a recorded grant/flags/op and undoes it.
import { describe, expect, it } from 'vitest';
import { ActionKind, SkipReason } from '../../../main/actions/action-types';
import { EXECUTORS, type ResetAppPrior } from '../../../main/actions/executors';
import { createFakeDevice } from './fake-device';
import { makeStep } from './make-step';

const reset = EXECUTORS[ActionKind.ResetApp];
const restore = EXECUTORS[ActionKind.RestoreGrant];
const CAMERA = 'android.permission.CAMERA';
const SMS = 'android.permission.READ_SMS';
const PHONE = 'android.permission.READ_PHONE_STATE';

const phone = () =>
  createFakeDevice({
    permissions: new Map([
      [CAMERA, { granted: true, flags: ['USER_SET'] }],
      [SMS, { granted: false, flags: ['USER_SET', 'USER_FIXED'] }],
      [PHONE, { granted: true, flags: ['SYSTEM_FIXED'] }],
    ]),
    ops: new Map([
      ['CAMERA', 'allow'],
      ['READ_CLIPBOARD', 'ignore'],
    ]),
  });

describe('reset-app', () => {
  it('resets per permission on Android 11+ and undo restores grants, flags and ops', async () => {
    const device = phone();
    const context = device.context(34);
    const step = makeStep(ActionKind.ResetApp);
    const prior = (await reset.readPrior(context, step)) as ResetAppPrior;
    expect(prior.permissions).toHaveLength(3);
    expect(prior.ops).toEqual([
      { op: 'CAMERA', mode: 'allow', uidMode: false },
      { op: 'READ_CLIPBOARD', mode: 'ignore', uidMode: false },
    ]);
    await reset.apply(context, step, prior);
    expect(device.changes()).toEqual([
      `pm revoke --user 0 com.example.app ${CAMERA}`,
      `pm clear-permission-flags --user 0 com.example.app ${CAMERA} user-set`,
      `pm clear-permission-flags --user 0 com.example.app ${SMS} user-set user-fixed`,
      'appops reset --user 0 com.example.app',
      'am force-stop --user 0 com.example.app',
    ]);
    expect(device.changes().some((line) => line.includes('reset-permissions'))).toBe(false);
    expect((await reset.verify(context, step, prior)).ok).toBe(true);
    expect(device.state.permissions.get(PHONE)).toEqual({ granted: true, flags: ['SYSTEM_FIXED'] });
    await reset.undo(context, step, prior);
    expect(device.state.permissions.get(CAMERA)).toEqual({ granted: true, flags: ['USER_SET'] });
    expect(device.state.permissions.get(SMS)?.flags.sort()).toEqual(['USER_FIXED', 'USER_SET']);
    expect([...device.state.ops.entries()]).toEqual([
      ['CAMERA', 'allow'],
      ['READ_CLIPBOARD', 'ignore'],
    ]);
  });

  it('only revokes below Android 11 and skips an app that is not installed', async () => {
    const device = phone();
    const context = device.context(29);
    await reset.apply(context, makeStep(ActionKind.ResetApp), {});
    expect(device.changes().filter((line) => line.includes('permission-flags'))).toEqual([]);
    const gone = createFakeDevice({ installed: false, permissions: new Map() });
    expect(await reset.check(gone.context(34), makeStep(ActionKind.ResetApp))).toBe(SkipReason.NotInstalled);
  });
});

describe('restore-grant', () => {
  it('grants back with the recorded flags (clearing USER_FIXED before the grant) and undoes it', async () => {
    const device = phone();
    const context = device.context(34);
    const step = makeStep(ActionKind.RestoreGrant, { permission: SMS });
    const target = { ...step, target: { ...step.target, granted: true, flags: ['USER_SET'] } };
    const prior = await restore.readPrior(context, target);
    expect(prior).toEqual({ granted: false, flags: ['USER_SET', 'USER_FIXED'] });
    await restore.apply(context, target, prior);
    expect(device.changes()).toEqual([
      `pm clear-permission-flags --user 0 com.example.app ${SMS} user-fixed`,
      `pm grant --user 0 com.example.app ${SMS}`,
    ]);
    expect((await restore.verify(context, target, prior)).ok).toBe(true);
    await restore.undo(context, target, prior);
    expect(device.state.permissions.get(SMS)).toEqual({ granted: false, flags: ['USER_SET', 'USER_FIXED'] });
  });

  it('re-applies an op mode, and skips system-fixed permissions', async () => {
    const device = phone();
    const context = device.context(34);
    const step = makeStep(ActionKind.RestoreGrant, { op: 'READ_CLIPBOARD', mode: 'allow' });
    const prior = await restore.readPrior(context, step);
    await restore.apply(context, step, prior);
    expect(device.changes()).toEqual(['appops set --user 0 com.example.app READ_CLIPBOARD allow']);
    await restore.undo(context, step, prior);
    expect(device.state.ops.get('READ_CLIPBOARD')).toBe('ignore');
    expect(await restore.check(context, makeStep(ActionKind.RestoreGrant, { permission: PHONE }))).toBe(
      SkipReason.SystemFixed,
    );
  });

  it('takes a recorded "default" (nothing recorded) as the op default the phone prints', async () => {
    const device = phone();
    // Android 13+: with nothing recorded, `appops get <pkg> <op>` prints the op's default mode.
    device.override = (line, state) => {
      const get = /^appops get --user 0 com\.example\.app (\w+)$/.exec(line);
      return get?.[1] !== undefined && !state.ops.has(get[1])
        ? { stdout: 'No operations.\nDefault mode: allow\n' }
        : undefined;
    };
    const context = device.context(34);
    const step = makeStep(ActionKind.RestoreGrant, { op: 'READ_SMS', mode: 'default' });
    const prior = await restore.readPrior(context, step);
    expect(prior.opMode).toBe('allow');
    await restore.apply(context, step, prior);
    expect(device.changes()).toEqual([]);
    expect(await restore.verify(context, step, prior)).toMatchObject({
      ok: true,
      observed: { opMode: 'allow' },
    });
  });

  it('writes "default" literally when the phone does not print the op default', async () => {
    const device = phone();
    const context = device.context(30);
    const step = makeStep(ActionKind.RestoreGrant, { op: 'READ_CLIPBOARD', mode: 'default' });
    const prior = await restore.readPrior(context, step);
    await restore.apply(context, step, prior);
    expect(device.changes()).toEqual(['appops set --user 0 com.example.app READ_CLIPBOARD default']);
    expect(await restore.verify(context, step, prior)).toMatchObject({ ok: true });
  });
});
