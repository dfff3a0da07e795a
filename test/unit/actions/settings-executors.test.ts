// disable-accessibility-service and disallow-notification-listener with a scripted phone:
// short/long component forms, other entries kept in order, `cmd notification` from 8.1 with
// the settings fallback before it, undo restoring the exact string or deleting an unset key.
import { describe, expect, it } from 'vitest';
import { ActionKind, SkipReason } from '../../../main/actions/action-types';
import { EXECUTORS } from '../../../main/actions/executors';
import { createFakeDevice } from './fake-device';
import { makeStep } from './make-step';

const a11y = EXECUTORS[ActionKind.DisableAccessibilityService];
const listener = EXECUTORS[ActionKind.DisallowNotificationListener];
const A11Y_KEY = 'enabled_accessibility_services';
const LISTENER_KEY = 'enabled_notification_listeners';

describe('disable-accessibility-service', () => {
  it('removes both forms of the component, keeps the others in order, and restores the string', async () => {
    const value = 'com.a/.One:com.example.app/com.example.app.Spy:com.b/com.b.Two';
    const device = createFakeDevice({ settings: new Map([[A11Y_KEY, value]]) });
    const context = device.context(34);
    const step = makeStep(ActionKind.DisableAccessibilityService, { component: 'com.example.app/.Spy' });
    const prior = await a11y.readPrior(context, step);
    expect(prior).toEqual({ settingValue: value });
    await a11y.apply(context, step, prior);
    expect(device.changes()).toEqual([`settings --user 0 put secure ${A11Y_KEY} com.a/.One:com.b/com.b.Two`]);
    expect((await a11y.verify(context, step, prior)).ok).toBe(true);
    await a11y.undo(context, step, prior);
    expect(device.state.settings.get(A11Y_KEY)).toBe(value);
  });

  it('deletes the key on undo when it was unset, keeps an empty value empty, and skips an absent service', async () => {
    const device = createFakeDevice({ settings: new Map([[A11Y_KEY, 'com.example.app/.Spy']]) });
    const context = device.context(25);
    const step = makeStep(ActionKind.DisableAccessibilityService, { component: 'com.example.app/.Spy' });
    await a11y.apply(context, step, {});
    expect(device.state.settings.get(A11Y_KEY)).toBe('');
    expect((await a11y.verify(context, step, {})).observed).toEqual({ settingValue: '' });
    await a11y.undo(context, step, { settingValue: null });
    expect(device.changes().at(-1)).toBe(`settings --user 0 delete secure ${A11Y_KEY}`);
    expect(device.state.settings.has(A11Y_KEY)).toBe(false);
    expect(await a11y.check(context, step)).toBe(SkipReason.NotGranted);
  });
});

describe('disallow-notification-listener', () => {
  const step = makeStep(ActionKind.DisallowNotificationListener, {
    component: 'com.example.app/com.example.app.Listener',
  });

  it('uses cmd notification on 8.1+ and allow_listener on undo', async () => {
    const value = 'com.example.app/com.example.app.Listener:com.b/com.b.L';
    const device = createFakeDevice({ settings: new Map([[LISTENER_KEY, value]]) });
    const context = device.context(27);
    const prior = await listener.readPrior(context, step);
    await listener.apply(context, step, prior);
    expect(device.changes()).toEqual([
      'cmd notification disallow_listener com.example.app/com.example.app.Listener 0',
    ]);
    expect((await listener.verify(context, step, prior)).ok).toBe(true);
    await listener.undo(context, step, prior);
    // allow_listener appends; the exact previous order is written back.
    expect(device.changes().slice(1)).toEqual([
      'cmd notification allow_listener com.example.app/com.example.app.Listener 0',
      `settings --user 0 put secure ${LISTENER_KEY} ${value}`,
    ]);
    expect(device.state.settings.get(LISTENER_KEY)).toBe(value);
  });

  it('edits the setting below 8.1 and when cmd left a short-form entry behind', async () => {
    const old = createFakeDevice({
      settings: new Map([[LISTENER_KEY, 'com.example.app/com.example.app.Listener']]),
    });
    await listener.apply(old.context(26), step, {});
    expect(old.changes()).toEqual([`settings --user 0 put secure ${LISTENER_KEY} `]);
    const short = createFakeDevice({ settings: new Map([[LISTENER_KEY, 'com.example.app/.Listener']]) });
    await listener.apply(short.context(34), step, {});
    expect(short.changes()).toEqual([
      'cmd notification disallow_listener com.example.app/com.example.app.Listener 0',
      `settings --user 0 put secure ${LISTENER_KEY} `,
    ]);
    expect(listener.describe(step, 26)[1]).toContain('put secure enabled_notification_listeners');
  });
});
