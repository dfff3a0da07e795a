// buildRestorePlan: restore-grant steps for every runtime grant/flags and package op mode that
// differ between an earlier and the current scan; skips for apps gone and fixed permissions.
// (App states and special access: restore-plan-state.test.ts.)
import { describe, expect, it } from 'vitest';
import type { RestoreGrantTarget } from '../../../main/actions/executors';
import { PlanFileError, RestoreUserMismatch } from '../../../main/plan/plan-errors';
import { parsePlan, serializePlan } from '../../../main/plan/plan-file';
import { buildRestorePlan } from '../../../main/plan/restore-plan';
import type { AppEntry, AppOpAccess, DeviceSnapshot } from '../../../main/snapshot/device-snapshot';
import { SNAPSHOT } from './plan-fixtures';

const P = (name: string) => `android.permission.${name}`;
const FLASHLIGHT = 'com.example.flashlight';
const KEYBOARD = 'com.example.keyboard';
const device = { serial: 'emu-1', fingerprint: 'fp', sdk: 34 };

/** SNAPSHOT with one app changed. */
const changed = (
  base: DeviceSnapshot,
  packageName: string,
  change: (app: AppEntry) => Partial<AppEntry>,
): DeviceSnapshot => ({
  ...base,
  apps: base.apps.map((app) => (app.packageName === packageName ? { ...app, ...change(app) } : app)),
});

const setPermission = (name: string, granted: boolean, flags: string[]) => (app: AppEntry) => ({
  permissions: app.permissions.map((p) => (p.name === P(name) ? { ...p, granted, flags } : p)),
});
const withOps = (ops: AppOpAccess[]) => () => ({ appOps: ops });

const plan = (earlier: DeviceSnapshot, current: DeviceSnapshot, sdk = 34) =>
  buildRestorePlan({ earlier, current, device: { ...device, sdk }, now: () => 5, newId: () => 'r1' });
const targets = (result: ReturnType<typeof plan>) =>
  result.steps.map((step) => step.target as RestoreGrantTarget);

describe('buildRestorePlan', () => {
  it('is empty when nothing changed', () => {
    const result = plan(SNAPSHOT, SNAPSHOT);
    expect(result).toMatchObject({ id: 'r1', createdAtMs: 5, device, steps: [], skipped: [] });
  });

  it('re-grants a revoked permission with its recorded flags', () => {
    const current = changed(SNAPSHOT, FLASHLIGHT, setPermission('CAMERA', false, ['USER_SET', 'USER_FIXED']));
    const result = plan(SNAPSHOT, current);
    expect(targets(result)).toEqual([
      { packageName: FLASHLIGHT, userId: 0, permission: P('CAMERA'), granted: true, flags: [] },
    ]);
    const [step] = result.steps;
    expect(step).toMatchObject({ id: '1', kind: 'restore-grant' });
    expect(step?.commands).toEqual([`pm grant --user 0 ${FLASHLIGHT} ${P('CAMERA')}`]);
    expect(step?.expected.en).toMatch(/CAMERA is granted again/);
    expect(step?.expected.zh).toMatch(/重新授予 CAMERA/);
    expect(step?.undo.zh.length).toBeGreaterThan(0);
    expect(step?.reason?.en).toMatch(/^As recorded in the scan of 2023-11-14 \d\d:\d\d UTC\.$/);
    const named = buildRestorePlan({ earlier: SNAPSHOT, current, device, earlierScanId: 12 });
    expect(named.steps[0]?.reason).toEqual({
      en: expect.stringMatching(/^As recorded in scan #12 \(2023-11-14 \d\d:\d\d UTC\)\.$/),
      zh: expect.stringMatching(/^与扫描 #12（2023-11-14 \d\d:\d\d UTC）的记录一致。$/),
    });
  });

  it('re-revokes a permission granted since, and restores flags that alone changed', () => {
    const earlier = changed(
      SNAPSHOT,
      FLASHLIGHT,
      setPermission('RECORD_AUDIO', false, ['USER_SET', 'USER_FIXED']),
    );
    const current = changed(
      changed(SNAPSHOT, FLASHLIGHT, setPermission('RECORD_AUDIO', true, ['USER_SET'])),
      KEYBOARD,
      setPermission('READ_CONTACTS', true, ['USER_SET', 'GRANTED_BY_DEFAULT']),
    );
    const result = plan(earlier, current);
    expect(targets(result)).toEqual([
      {
        packageName: FLASHLIGHT,
        userId: 0,
        permission: P('RECORD_AUDIO'),
        granted: false,
        flags: ['USER_FIXED', 'USER_SET'],
      },
      { packageName: KEYBOARD, userId: 0, permission: P('READ_CONTACTS'), granted: true, flags: [] },
    ]);
    expect(result.steps[0]?.commands).toEqual([
      `pm revoke --user 0 ${FLASHLIGHT} ${P('RECORD_AUDIO')}`,
      `pm set-permission-flags --user 0 ${FLASHLIGHT} ${P('RECORD_AUDIO')} user-fixed user-set`,
    ]);
  });

  it('ignores flag-only differences the shell cannot set, and all flags before Android 11', () => {
    const systemFlag = changed(
      SNAPSHOT,
      KEYBOARD,
      setPermission('READ_CONTACTS', true, ['GRANTED_BY_DEFAULT']),
    );
    expect(plan(SNAPSHOT, systemFlag).steps).toEqual([]);
    const userFlag = changed(SNAPSHOT, KEYBOARD, setPermission('READ_CONTACTS', true, ['USER_SET']));
    expect(plan(SNAPSHOT, userFlag, 29).steps).toEqual([]);
    const revoked = changed(SNAPSHOT, KEYBOARD, setPermission('READ_CONTACTS', false, ['USER_SET']));
    expect(targets(plan(SNAPSHOT, revoked, 29))).toEqual([
      { packageName: KEYBOARD, userId: 0, permission: P('READ_CONTACTS'), granted: true },
    ]);
  });

  it('restores package op modes, including ops the earlier scan did not list', () => {
    const earlier = changed(
      SNAPSHOT,
      FLASHLIGHT,
      withOps([
        { op: 'READ_CONTACTS', mode: 'allow' },
        { op: 'SYSTEM_ALERT_WINDOW', mode: 'deny' },
        { op: 'CAMERA', mode: 'foreground', uidMode: true },
      ]),
    );
    const current = changed(
      SNAPSHOT,
      FLASHLIGHT,
      withOps([
        { op: 'READ_CONTACTS', mode: 'ignore' },
        { op: 'READ_SMS', mode: 'ignore' },
        { op: 'CAMERA', mode: 'allow', lastAccessMs: 1 },
        { op: 'RUN_IN_BACKGROUND', mode: 'ignore' },
        { op: 'CAMERA', mode: 'ignore', uidMode: true },
      ]),
    );
    const result = plan(earlier, current);
    expect(targets(result)).toEqual([
      { packageName: FLASHLIGHT, userId: 0, op: 'READ_CONTACTS', mode: 'allow' },
      { packageName: FLASHLIGHT, userId: 0, op: 'READ_SMS', mode: 'allow' },
      { packageName: FLASHLIGHT, userId: 0, op: 'RUN_IN_BACKGROUND', mode: 'default' },
      { packageName: FLASHLIGHT, userId: 0, op: 'SYSTEM_ALERT_WINDOW', mode: 'deny' },
    ]);
    expect(result.steps.map((step) => step.id)).toEqual(['1', '2', '3', '4']);
    expect(result.steps[0]?.commands).toEqual([`appops set --user 0 ${FLASHLIGHT} READ_CONTACTS allow`]);
    expect(result.steps[0]?.expected.en).toMatch(/READ_CONTACTS .* set back to allow/);
    expect(result.steps[0]?.expected.zh).toMatch(/恢复为 allow/);
  });

  it('leaves ops alone that a partial earlier scan does not list', () => {
    const current = changed(
      SNAPSHOT,
      FLASHLIGHT,
      withOps([
        { op: 'READ_CONTACTS', mode: 'ignore' },
        { op: 'READ_SMS', mode: 'ignore' },
      ]),
    );
    const earlier = { ...SNAPSHOT, partial: true };
    expect(targets(plan(earlier, current))).toEqual([
      { packageName: FLASHLIGHT, userId: 0, op: 'READ_CONTACTS', mode: 'allow' },
    ]);
  });

  it('skips apps no longer installed and system- or policy-fixed permissions', () => {
    const earlier = changed(
      changed(SNAPSHOT, FLASHLIGHT, setPermission('ACCESS_FINE_LOCATION', false, ['SYSTEM_FIXED'])),
      FLASHLIGHT,
      (app) => ({
        permissions: app.permissions.map((p) =>
          p.name === P('READ_CALENDAR') ? { ...p, granted: false } : p,
        ),
      }),
    );
    const current = { ...SNAPSHOT, apps: SNAPSHOT.apps.filter((app) => app.packageName !== KEYBOARD) };
    const result = plan(earlier, current);
    expect(result.steps).toEqual([]);
    expect(
      result.skipped.map((skip) => [skip.target.packageName, skip.target.permission, skip.reason]),
    ).toEqual([
      [FLASHLIGHT, P('ACCESS_FINE_LOCATION'), 'system-fixed'],
      [FLASHLIGHT, P('READ_CALENDAR'), 'policy-fixed'],
      [KEYBOARD, undefined, 'not-installed'],
    ]);
    expect(result.skipped.every((skip) => skip.kind === 'restore-grant' && skip.explanation.zh !== '')).toBe(
      true,
    );
  });

  it('skips a recorded op mode the shell cannot set', () => {
    const earlier = changed(SNAPSHOT, FLASHLIGHT, withOps([{ op: 'READ_CONTACTS', mode: 'weird' }]));
    const result = plan(earlier, SNAPSHOT);
    expect(result.steps).toEqual([]);
    expect(result.skipped).toMatchObject([
      { target: { op: 'READ_CONTACTS', mode: 'weird' }, reason: 'unsupported-on-this-android' },
    ]);
  });

  it('refuses scans of different users', () => {
    expect(() => plan({ ...SNAPSHOT, userId: 10 }, SNAPSHOT)).toThrow(RestoreUserMismatch);
  });

  it('makes a plan that plan.json accepts (granted and flags travel in the target)', () => {
    const current = changed(SNAPSHOT, FLASHLIGHT, setPermission('CAMERA', false, ['USER_SET']));
    const result = plan(SNAPSHOT, current);
    expect(parsePlan(serializePlan(result), 'plan.json')).toEqual(result);
    const bad = JSON.parse(serializePlan(result)) as { steps: { target: { flags: unknown } }[] };
    if (bad.steps[0] !== undefined) bad.steps[0].target.flags = ['user-set; reboot'];
    expect(() => parsePlan(JSON.stringify(bad), 'plan.json')).toThrow(PlanFileError);
  });
});
