// buildRestorePlan for app states (installed / enabled / hidden / suspended, both directions)
// and the special-access component lists: which steps, in which order, with which commands,
// and what is skipped (protected packages, never uninstall, what the shell cannot do).
import { describe, expect, it } from 'vitest';
import { PlanFileError } from '../../../main/plan/plan-errors';
import { parsePlan, serializePlan } from '../../../main/plan/plan-file';
import { buildRestorePlan } from '../../../main/plan/restore-plan';
import type { AppEntry, DeviceSnapshot } from '../../../main/snapshot/device-snapshot';
import { SNAPSHOT } from './plan-fixtures';

const FLASHLIGHT = 'com.example.flashlight';
const KEYBOARD = 'com.example.keyboard';
const SYSTEMUI = 'com.android.systemui';

const withApp = (base: DeviceSnapshot, packageName: string, change: Partial<AppEntry>): DeviceSnapshot => ({
  ...base,
  apps: base.apps.map((app) => (app.packageName === packageName ? { ...app, ...change } : app)),
});
const withAccess = (
  base: DeviceSnapshot,
  lists: { accessibilityServices?: string[]; notificationListeners?: string[] },
): DeviceSnapshot => ({ ...base, specialAccess: { ...base.specialAccess, ...lists } });
const withRoot = (base: DeviceSnapshot, shellHasRoot: boolean): DeviceSnapshot => ({
  ...base,
  device: { ...base.device, shellHasRoot },
});

const plan = (
  earlier: DeviceSnapshot,
  current: DeviceSnapshot,
  options: { sdk?: number; expertOverride?: boolean } = {},
) =>
  buildRestorePlan({
    earlier,
    current,
    device: { serial: 'emu-1', sdk: options.sdk ?? 34 },
    ...(options.expertOverride === undefined ? {} : { expertOverride: options.expertOverride }),
    now: () => 5,
    newId: () => 'r1',
  });
const summary = (result: ReturnType<typeof plan>) =>
  result.steps.map((step) => [step.kind, step.target.packageName, step.commands]);
const skips = (result: ReturnType<typeof plan>) =>
  result.skipped.map((skip) => [skip.kind, skip.target.packageName, skip.reason]);

describe('buildRestorePlan: app states', () => {
  it('brings apps back first and takes apps away last, around the grants', async () => {
    const earlier = withApp(withRoot(SNAPSHOT, true), KEYBOARD, {
      hidden: true,
      suspended: true,
      enabled: 'disabled-user',
    });
    const current = withApp(withRoot(SNAPSHOT, true), FLASHLIGHT, {
      suspended: true,
      enabled: 'disabled-user',
      hidden: true,
      permissions: SNAPSHOT.apps[0]?.permissions.map((p) => ({ ...p, granted: false })) ?? [],
    });
    const result = plan(earlier, current);
    expect(summary(result)).toEqual([
      [
        'restore-app-state',
        FLASHLIGHT,
        [
          `pm unhide --user 0 ${FLASHLIGHT}`,
          `pm unsuspend --user 0 ${FLASHLIGHT}`,
          `pm default-state --user 0 ${FLASHLIGHT}`,
        ],
      ],
      ['restore-grant', FLASHLIGHT, [`pm grant --user 0 ${FLASHLIGHT} android.permission.CAMERA`]],
      ['restore-grant', FLASHLIGHT, [`pm grant --user 0 ${FLASHLIGHT} android.permission.READ_CONTACTS`]],
      [
        'restore-app-state',
        KEYBOARD,
        [
          `pm hide --user 0 ${KEYBOARD}`,
          `pm suspend --user 0 ${KEYBOARD}`,
          `pm disable-user --user 0 ${KEYBOARD}`,
        ],
      ],
    ]);
    expect(result.steps[0]?.target.appState).toEqual({ hidden: false, suspended: false, enabled: 'default' });
    expect(result.steps[3]?.target.appState).toEqual({
      hidden: true,
      suspended: true,
      enabled: 'disabled-user',
    });
    expect(result.steps[0]?.expected.en).toBe(
      `${FLASHLIGHT} is brought back to its recorded state: not hidden, not suspended, enabled (default state).`,
    );
    expect(result.steps[3]?.expected.zh).toBe(`按记录将 ${KEYBOARD} 恢复为：已隐藏、已暂停、已停用。`);
    expect(result.steps.map((step) => step.id)).toEqual(['1', '2', '3', '4']);
    // Only fixed permissions are skipped (flashlight's location and calendar).
    expect(skips(result).every(([kind]) => kind === 'restore-grant')).toBe(true);
  });

  it('never hides, suspends or disables a protected package without the expert override', async () => {
    const earlier = withApp(SNAPSHOT, SYSTEMUI, { suspended: true, enabled: 'disabled-user' });
    const guarded = plan(earlier, SNAPSHOT);
    expect(guarded.steps).toEqual([]);
    expect(guarded.skipped).toMatchObject([
      {
        kind: 'restore-app-state',
        target: { packageName: SYSTEMUI, appState: { suspended: true, enabled: 'disabled-user' } },
        reason: 'protected-package',
      },
    ]);
    expect(summary(plan(earlier, SNAPSHOT, { expertOverride: true }))).toEqual([
      [
        'restore-app-state',
        SYSTEMUI,
        [`pm suspend --user 0 ${SYSTEMUI}`, `pm disable-user --user 0 ${SYSTEMUI}`],
      ],
    ]);
    // Bringing a protected package back is always fine.
    expect(summary(plan(SNAPSHOT, earlier))).toEqual([
      [
        'restore-app-state',
        SYSTEMUI,
        [`pm unsuspend --user 0 ${SYSTEMUI}`, `pm default-state --user 0 ${SYSTEMUI}`],
      ],
    ]);
  });

  it('reinstalls an app removed for the user (data kept) and then restores its grants', async () => {
    const current = withApp(SNAPSHOT, KEYBOARD, { installed: false, permissions: [], appOps: [] });
    const result = plan(SNAPSHOT, current);
    expect(summary(result)).toEqual([
      ['restore-app-state', KEYBOARD, [`cmd package install-existing --user 0 ${KEYBOARD}`]],
      // READ_CONTACTS's recorded op mode is its default (allow): nothing to set.
      ['restore-grant', KEYBOARD, [`pm grant --user 0 ${KEYBOARD} android.permission.READ_CONTACTS`]],
    ]);
    expect(result.steps[0]?.target.appState).toEqual({ installed: true });
    expect(result.steps[0]?.expected.en).toContain('installed for user 0');
    const old = plan(SNAPSHOT, current, { sdk: 23 });
    expect(old.steps).toEqual([]);
    expect(skips(old)).toEqual([['restore-app-state', KEYBOARD, 'unsupported-on-this-android']]);
  });

  it('never uninstalls an app the earlier scan had not installed', async () => {
    const earlier = withApp(SNAPSHOT, KEYBOARD, { installed: false });
    const result = plan(earlier, SNAPSHOT);
    expect(result.steps).toEqual([]);
    expect(result.skipped).toMatchObject([
      {
        kind: 'restore-app-state',
        target: { packageName: KEYBOARD, appState: { installed: false } },
        reason: 'kept-installed',
      },
    ]);
    expect(result.skipped[0]?.explanation.en).toMatch(/never uninstalls/);
  });

  it('skips what the shell cannot do and keeps the rest of the app state', async () => {
    const earlier = withApp(SNAPSHOT, KEYBOARD, { hidden: true, enabled: 'disabled-user' });
    const noRoot = plan(earlier, withRoot(SNAPSHOT, false));
    expect(summary(noRoot)).toEqual([
      ['restore-app-state', KEYBOARD, [`pm disable-user --user 0 ${KEYBOARD}`]],
    ]);
    expect(noRoot.skipped).toMatchObject([
      { target: { appState: { hidden: true } }, reason: 'shell-cannot' },
    ]);
    const systemDisabled = withApp(SNAPSHOT, KEYBOARD, { enabled: 'disabled' });
    expect(skips(plan(systemDisabled, SNAPSHOT))).toEqual([['restore-app-state', KEYBOARD, 'shell-cannot']]);
    expect(skips(plan(SNAPSHOT, systemDisabled))).toEqual([['restore-app-state', KEYBOARD, 'shell-cannot']]);
    const suspended = withApp(SNAPSHOT, KEYBOARD, { suspended: true });
    expect(skips(plan(suspended, SNAPSHOT, { sdk: 27 }))).toEqual([
      ['restore-app-state', KEYBOARD, 'shell-cannot'],
    ]);
    expect(summary(plan(suspended, SNAPSHOT, { sdk: 28 }))).toEqual([
      ['restore-app-state', KEYBOARD, [`pm suspend --user 0 ${KEYBOARD}`]],
    ]);
  });
});

describe('buildRestorePlan: special access', () => {
  it('turns components on again and off again, for installed packages only', async () => {
    const current = withAccess(SNAPSHOT, {
      // The same service in its full class form, and one switched on since.
      accessibilityServices: [`${FLASHLIGHT}/${FLASHLIGHT}.Spy`, `${KEYBOARD}/.Helper`],
      notificationListeners: [],
    });
    const result = plan(SNAPSHOT, current);
    expect(summary(result)).toEqual([
      [
        'set-component-access',
        KEYBOARD,
        [
          'settings --user 0 get secure enabled_accessibility_services',
          `settings --user 0 put secure enabled_accessibility_services <the list without ${KEYBOARD}/.Helper>`,
        ],
      ],
      [
        'set-component-access',
        FLASHLIGHT,
        [
          `cmd notification allow_listener ${FLASHLIGHT}/.Listener 0`,
          `# if still not listed: settings --user 0 put secure enabled_notification_listeners <the list with ${FLASHLIGHT}/.Listener>`,
        ],
      ],
    ]);
    expect(result.steps.map((step) => step.target)).toEqual([
      {
        packageName: KEYBOARD,
        userId: 0,
        component: `${KEYBOARD}/.Helper`,
        access: 'accessibility-service',
        enabled: false,
      },
      {
        packageName: FLASHLIGHT,
        userId: 0,
        component: `${FLASHLIGHT}/.Listener`,
        access: 'notification-listener',
        enabled: true,
      },
    ]);
    expect(result.steps[1]?.expected.zh).toBe(`按记录重新允许 ${FLASHLIGHT}/.Listener 读取通知。`);
    // com.other is not installed: its service is not turned back on.
    expect(skips(result)).toEqual([['set-component-access', 'com.other', 'not-installed']]);
  });

  it('edits the setting before Android 8.1 and turns nothing off after a partial scan', async () => {
    const current = withAccess(SNAPSHOT, { notificationListeners: [`${KEYBOARD}/.Reader`] });
    expect(summary(plan(SNAPSHOT, current, { sdk: 26 }))).toContainEqual([
      'set-component-access',
      FLASHLIGHT,
      [
        'settings --user 0 get secure enabled_notification_listeners',
        `settings --user 0 put secure enabled_notification_listeners <the list with ${FLASHLIGHT}/.Listener>`,
      ],
    ]);
    const partial = plan({ ...SNAPSHOT, partial: true }, current);
    expect(partial.steps.map((step) => step.target.enabled)).toEqual([true]);
  });

  it('turns a service back on for an app the plan reinstalls', async () => {
    const current = withAccess(withApp(SNAPSHOT, 'com.example.keyboard', { installed: false }), {
      accessibilityServices: [`${FLASHLIGHT}/.Spy`],
    });
    const earlier = withAccess(SNAPSHOT, {
      accessibilityServices: [`${FLASHLIGHT}/.Spy`, `${KEYBOARD}/.Helper`],
    });
    const result = plan(earlier, current);
    expect(result.steps[0]?.kind).toBe('restore-app-state');
    expect(result.steps.at(-1)?.target).toMatchObject({ component: `${KEYBOARD}/.Helper`, enabled: true });
  });

  it('makes a plan that plan.json accepts, and rejects a hand-edited app state', async () => {
    const earlier = withApp(SNAPSHOT, KEYBOARD, { suspended: true });
    const current = withAccess(SNAPSHOT, { notificationListeners: [] });
    const result = plan(earlier, current);
    expect(result.steps.map((step) => step.kind)).toEqual(['set-component-access', 'restore-app-state']);
    expect(parsePlan(serializePlan(result), 'plan.json')).toEqual(result);
    const bad = JSON.parse(serializePlan(result)) as { steps: { target: Record<string, unknown> }[] };
    const last = bad.steps[1];
    if (last !== undefined) last.target.appState = { suspended: true, uninstall: true };
    expect(() => parsePlan(JSON.stringify(bad), 'plan.json')).toThrow(PlanFileError);
  });
});
