// Helpers for the apply engine's integration tests: a virtual phone on a private adb server,
// a journal, a revoke plan made by the real planner and executors, the phone state a plan's
// targets touch (compared before vs after), and a session wrapper that drops the connection
// around chosen commands.
import { EXECUTORS } from '../../../../main/actions/executors';
import type { Plan } from '../../../../main/actions/action-types';
import { isProtectedPackage } from '../../../../main/actions/protected-packages';
import type { AdbService } from '../../../../main/adb/adb-service';
import type { DeviceSession } from '../../../../main/adb/device-session';
import type { ShellCommand } from '../../../../main/adb/shell-arguments';
import { buildPlan } from '../../../../main/plan/build-plan';
import type { PolicyFile } from '../../../../main/plan/policy-file';
import { scanDevice } from '../../../../main/reader/scan';
import { opForPermission } from '../../../../main/catalogue/runtime-permissions';
import type { AppEntry, AppOpAccess, DeviceSnapshot } from '../../../../main/snapshot/device-snapshot';
import type { PrivateAdbServer } from '../../../support/private-adb-server';

/** Whether the executors helper has landed (a pending executor describes no commands). */
export const executorsReady = (): boolean =>
  EXECUTORS['revoke-permission'].describe(
    {
      id: '1',
      kind: 'revoke-permission',
      target: { packageName: 'a.b', userId: 0, permission: 'android.permission.CAMERA' },
      commands: [],
      expected: { en: '', zh: '' },
      undo: { en: '', zh: '' },
    },
    34,
  ).length > 0;

const FIXED = ['SYSTEM_FIXED', 'POLICY_FIXED'];

/** Up to `count` granted, changeable runtime permissions of third-party apps. */
export const revocableTargets = (
  snapshot: DeviceSnapshot,
  count: number,
): { packageName: string; permission: string }[] =>
  snapshot.apps
    .filter(
      (app) =>
        app.installed && !app.isSystem && (app.targetSdk ?? 99) >= 23 && !isProtectedPackage(app.packageName),
    )
    .flatMap((app) =>
      app.permissions
        .filter((p) => p.type === 'runtime' && p.granted && !p.flags.some((flag) => FIXED.includes(flag)))
        .map((p) => ({ packageName: app.packageName, permission: p.name })),
    )
    .slice(0, count);

export const revokePlan = async (
  session: DeviceSession,
  count: number,
): Promise<{ plan: Plan; snapshot: DeviceSnapshot }> => {
  const snapshot = await scanDevice(session);
  const policy: PolicyFile = {
    schemaVersion: 1,
    name: 'test',
    rules: revocableTargets(snapshot, count).map((t) => ({
      package: t.packageName,
      permission: t.permission,
      decision: 'revoke' as const,
    })),
  };
  const sdk = snapshot.device.sdk ?? 0;
  const properties = await session.getProperties();
  const plan = await buildPlan({
    snapshot: {
      ...snapshot,
      device: {
        ...snapshot.device,
        serial: session.serial,
        fingerprint: String(properties['ro.build.fingerprint'] ?? ''),
      },
    },
    findings: [],
    select: { policy },
    executors: EXECUTORS,
    context: { session, sdk },
  });
  return { plan, snapshot };
};

/**
 * Uid-mode entries of ops that back one of the app's runtime permissions are derived state:
 * Android (PermissionPolicyService, and the virtual phone with it) rewrites them on every grant
 * and revoke, so a grant back creates `allow`/`foreground` uid entries a profile may not have
 * listed. They are left out of the comparison; package-mode ops and all other uid ops count.
 * An op whose mode is `default` is the same as no mode set (Android's AppOpsService prunes such
 * entries; the virtual phone lists `appops set … default` as an explicit entry).
 */
const isDerivedUidOp = (op: AppOpAccess, app: AppEntry): boolean =>
  op.uidMode === true &&
  app.permissions.some((p) => p.type === 'runtime' && opForPermission(p.name) === op.op);

/** What a plan's packages look like: permissions (grant + flags), ops, enabled/hidden/suspended. */
export const packageStates = (
  snapshot: DeviceSnapshot,
  packages: readonly string[],
): Record<string, unknown> =>
  Object.fromEntries(
    packages.map((name) => {
      const app = snapshot.apps.find((entry) => entry.packageName === name);
      return [
        name,
        app === undefined
          ? 'missing'
          : {
              installed: app.installed,
              enabled: app.enabled,
              hidden: app.hidden,
              suspended: app.suspended,
              permissions: app.permissions
                .filter((p) => p.type === 'runtime')
                .map((p) => `${p.name}=${p.granted} [${[...p.flags].sort().join(',')}]`)
                .sort(),
              ops: app.appOps
                .filter((op) => !isDerivedUidOp(op, app) && op.mode !== 'default')
                .map((op) => `${op.op}=${op.mode}${op.uidMode === true ? ' (uid)' : ''}`)
                .sort(),
            },
      ];
    }),
  );

export const planPackages = (plan: Plan): string[] => [
  ...new Set(plan.steps.map((step) => step.target.packageName)),
];

/** `adb connect` until the phone is listed as `device` again. */
export const reconnect = async (server: PrivateAdbServer, serial: string): Promise<void> => {
  const deadline = Date.now() + 15_000;
  for (;;) {
    if ((await server.adb(['devices'])).stdout.includes(`${serial}\tdevice`)) return;
    if (Date.now() > deadline) throw new Error(`${serial} did not come back`);
    await server.adb(['connect', serial]);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

export type DropHook = (command: ShellCommand, when: 'before' | 'after') => Promise<void> | void;

/** The service's session for `serial`, calling `hook` around every shell command. */
export const droppingSession = (
  service: AdbService,
  serial: string,
  hook: { current: DropHook | undefined },
): DeviceSession => {
  const inner = service.device(serial);
  const wrap =
    (call: DeviceSession['run']): DeviceSession['run'] =>
    async (command, options) => {
      await hook.current?.(command, 'before');
      const result = await call(command, options);
      await hook.current?.(command, 'after');
      return result;
    };
  return {
    serial: inner.serial,
    server: inner.server,
    run: wrap((command, options) => inner.run(command, options)),
    runChecked: wrap((command, options) => inner.runChecked(command, options)),
    stream: (command, options) => inner.stream(command, options),
    getProperties: (options) => inner.getProperties(options),
    pull: (path, options) => inner.pull(path, options),
  };
};
