import { describe, expect, it } from 'vitest';
import type { ActionExecutor } from '../../../main/actions/action-executor';
import type { ActionKind } from '../../../main/actions/action-types';
import { ActionKind as Kinds } from '../../../main/actions/action-types';
import { isProtectedPackage } from '../../../main/actions/protected-packages';
import type { DeviceSession } from '../../../main/adb/device-session';
import { buildPlan } from '../../../main/plan/build-plan';
import { PlanFileError } from '../../../main/plan/plan-errors';
import { parsePlan, serializePlan } from '../../../main/plan/plan-file';
import { parsePolicyFile } from '../../../main/plan/policy-file';
import { SNAPSHOT, finding } from './plan-fixtures';

const executors = (check: ActionExecutor['check'] = async () => undefined) => {
  const executor: ActionExecutor = {
    check,
    describe: (step) => [`cmd ${step.kind} ${step.target.packageName}`],
    readPrior: async () => ({}),
    apply: async () => undefined,
    verify: async () => ({ ok: true, observed: {} }),
    undo: async () => undefined,
  };
  return Object.fromEntries(Object.values(Kinds).map((kind) => [kind, executor])) as Record<
    ActionKind,
    ActionExecutor
  >;
};

const context = { session: {} as DeviceSession, sdk: 34 };
const perm = (name: string) => ({ type: 'permission' as const, name: `android.permission.${name}` });

const FINDINGS = [
  {
    packageName: 'com.example.flashlight',
    findings: [
      finding('revoke', perm('CAMERA')),
      finding('stand-in', perm('READ_CONTACTS')),
      finding('revoke', perm('ACCESS_FINE_LOCATION')),
      finding('revoke', perm('RECORD_AUDIO')),
      finding('revoke', perm('READ_CALENDAR')),
      finding('revoke-special-access', { type: 'special-access', name: 'accessibility' }),
      finding('revoke-special-access', { type: 'special-access', name: 'notification-listener' }),
      finding('revoke-special-access', { type: 'special-access', name: 'overlay' }),
      finding('revoke-special-access', { type: 'special-access', name: 'device-admin' }),
      finding('revoke', perm('CAMERA'), 'low'),
      finding('none', perm('CAMERA')),
    ],
  },
  {
    packageName: 'com.android.systemui',
    findings: [finding('hide', { type: 'app', name: 'com.android.systemui' })],
  },
];

const base = {
  snapshot: SNAPSHOT,
  findings: FINDINGS,
  executors: executors(),
  context,
  newId: () => 'p1',
  now: () => 5,
};

describe('buildPlan from findings', () => {
  it('maps actions to steps with commands, expected and undo text, and skips with reasons', async () => {
    const plan = await buildPlan({
      ...base,
      select: { severities: ['high'] },
      isProtectedPackage: (name) => isProtectedPackage(name),
    });
    expect(plan.device).toEqual({
      serial: 'emu-1',
      sdk: 34,
      fingerprint: 'test/fp:14/UQ1A/1:user/release-keys',
    });
    expect(plan.steps.map((step) => [step.id, step.kind, step.target])).toEqual([
      [
        '1',
        'revoke-permission',
        { packageName: 'com.example.flashlight', userId: 0, permission: 'android.permission.CAMERA' },
      ],
      [
        '2',
        'stand-in',
        {
          packageName: 'com.example.flashlight',
          userId: 0,
          permission: 'android.permission.READ_CONTACTS',
          op: 'READ_CONTACTS',
        },
      ],
      [
        '3',
        'disable-accessibility-service',
        { packageName: 'com.example.flashlight', userId: 0, component: 'com.example.flashlight/.Spy' },
      ],
      [
        '4',
        'disallow-notification-listener',
        { packageName: 'com.example.flashlight', userId: 0, component: 'com.example.flashlight/.Listener' },
      ],
      [
        '5',
        'set-app-op',
        { packageName: 'com.example.flashlight', userId: 0, op: 'SYSTEM_ALERT_WINDOW', mode: 'ignore' },
      ],
    ]);
    expect(plan.steps[0]?.commands).toEqual(['cmd revoke-permission com.example.flashlight']);
    expect(plan.steps[0]?.expected.zh).toContain('CAMERA');
    expect(plan.steps[0]?.undo.en).toContain('Grant CAMERA back');
    expect(plan.steps[0]?.reason?.findingKind).toBe('excess-grant');
    expect(
      plan.skipped.map((skip) => [
        skip.reason,
        skip.target.permission ?? skip.target.op ?? skip.target.packageName,
      ]),
    ).toEqual([
      ['system-fixed', 'android.permission.ACCESS_FINE_LOCATION'],
      ['not-granted', 'android.permission.RECORD_AUDIO'],
      ['policy-fixed', 'android.permission.READ_CALENDAR'],
      ['shell-cannot', 'device-admin'],
      ['protected-package', 'com.android.systemui'],
    ]);
    expect(plan.skipped[0]?.explanation.en).toContain('SYSTEM_FIXED');
  });

  it('hides a protected package only with the expert override', async () => {
    const plan = await buildPlan({
      ...base,
      select: {},
      isProtectedPackage: () => true,
      expertOverride: true,
    });
    expect(plan.steps.some((step) => step.kind === 'hide-app')).toBe(true);
  });

  it('skips what executor.check says this phone cannot do', async () => {
    const plan = await buildPlan({
      ...base,
      select: {},
      executors: executors(async (_context, step) =>
        step.kind === 'stand-in' ? 'unsupported-on-this-android' : undefined,
      ),
    });
    expect(plan.steps.some((step) => step.kind === 'stand-in')).toBe(false);
    expect(plan.skipped.find((skip) => skip.kind === 'stand-in')?.reason).toBe('unsupported-on-this-android');
  });

  it('selects by severity (default high and medium)', async () => {
    const low = await buildPlan({ ...base, select: { severities: ['low'] } });
    expect(low.steps.map((step) => step.kind)).toEqual(['revoke-permission']);
  });
});

describe('policy files', () => {
  const policy = parsePolicyFile(
    JSON.stringify({
      schemaVersion: 1,
      name: 'no contacts',
      rules: [
        { package: '*', permission: 'android.permission.READ_CONTACTS', decision: 'revoke' },
        { package: 'com.example.keyboard', permission: 'android.permission.READ_CONTACTS', decision: 'keep' },
        {
          package: 'com.example.*',
          permission: 'android.permission.ACCESS_FINE_LOCATION',
          decision: 'revoke',
        },
        { package: 'com.example.flashlight', specialAccess: 'overlay', decision: 'revoke-special-access' },
        { package: 'com.android.systemui', decision: 'hide' },
      ],
    }),
  );

  it('drives the plan instead of findings, the later rule winning', async () => {
    const plan = await buildPlan({
      ...base,
      findings: [],
      select: { policy },
      isProtectedPackage: (name) => isProtectedPackage(name),
    });
    expect(
      plan.steps.map(
        (step) => `${step.kind} ${step.target.packageName} ${step.target.permission ?? step.target.op ?? ''}`,
      ),
    ).toEqual([
      'revoke-permission com.example.flashlight android.permission.READ_CONTACTS',
      'set-app-op com.example.flashlight SYSTEM_ALERT_WINDOW',
    ]);
    expect(plan.steps[0]?.reason?.en).toBe('no contacts: revoke android.permission.READ_CONTACTS');
    expect(plan.skipped.map((skip) => skip.reason)).toEqual(['system-fixed', 'protected-package']);
  });

  it('rejects malformed policies with the path of each problem', () => {
    expect(() =>
      parsePolicyFile('{"schemaVersion":1,"rules":[{"package":"a b","decision":"nuke"}]}', 'p.json'),
    ).toThrow(PlanFileError);
    try {
      parsePolicyFile('{"schemaVersion":1,"rules":[{"package":"a b","decision":"nuke"}]}', 'p.json');
    } catch (error) {
      expect((error as PlanFileError).details.join('\n')).toMatch(
        /rules\.0\.package[\s\S]*rules\.0\.decision/,
      );
    }
    expect(() => parsePolicyFile('not json')).toThrow(/not JSON/);
  });
});

describe('plan.json', () => {
  it('round-trips and validates on load', async () => {
    const plan = await buildPlan({ ...base, select: {} });
    expect(parsePlan(serializePlan(plan))).toEqual(plan);
    const broken = JSON.parse(serializePlan(plan)) as {
      steps: { kind: string; target: { packageName: string } }[];
    };
    broken.steps[0]!.target.packageName = 'x; reboot';
    expect(() => parsePlan(JSON.stringify(broken))).toThrow(PlanFileError);
    const duplicate = JSON.parse(serializePlan(plan)) as { steps: { id: string }[] };
    duplicate.steps[1]!.id = duplicate.steps[0]!.id;
    expect(() => parsePlan(JSON.stringify(duplicate))).toThrow(/unique/);
  });
});
