// "Restore a snapshot" through the API as the renderer uses it (composed services, `dispatch`,
// a private real adb server, a demo phone): scan A → revoke one grant and stand in for another
// (plan:build + plan:apply) → scan B → plan:restore {scanId: A} → plan:apply → scan C has the
// permissions and app ops of scan A again. Then the whole state: app states (hidden through the
// hide ladder, disabled and suspended behind the app's back) and the two special-access lists
// come back too, and undoing the restore batch returns the phone to its pre-restore state.
import { describe, expect, it } from 'vitest';
import type { AuditedScan } from '../../../preload/contract';
import { PackageVerb, pmPackage } from '../../../main/actions/executors/commands';
import { runStep } from '../../../main/actions/executors/step-commands';
import { isProtectedPackage } from '../../../main/actions/protected-packages';
import { useComposedApi } from './composed-api';
import { runtimePermission } from '../../../main/catalogue/runtime-permissions';
import { adbFor, restorableState } from './restore-support';

const api = useComposedApi({ prefix: 'ps-restore-' });
const { call } = api;

type App = AuditedScan['apps'][number];
const FIXED = ['SYSTEM_FIXED', 'POLICY_FIXED'];
const appOf = (scan: AuditedScan, packageName: string): App | undefined =>
  scan.apps.find((app) => app.packageName === packageName);
const permissionOf = (scan: AuditedScan, packageName: string, permission: string) => {
  const entry = appOf(scan, packageName)?.permissions.find((p) => p.name === permission);
  return entry === undefined ? undefined : { granted: entry.granted, flags: [...entry.flags].sort() };
};
/** The package mode (uid modes follow the grants); undefined when nothing is recorded. */
const opModeOf = (scan: AuditedScan, packageName: string, op: string): string | undefined =>
  appOf(scan, packageName)?.appOps.find((entry) => entry.op === op && entry.uidMode !== true)?.mode;

/** Two granted, changeable, excess runtime grants of two apps; the second has an app op. */
const pickTargets = (scan: AuditedScan) => {
  const excess = scan.apps.flatMap((app) =>
    app.findings
      .filter((finding) => finding.action === 'revoke' && finding.subject.type === 'permission')
      .filter((finding) =>
        app.permissions.some(
          (p) => p.name === finding.subject.name && p.granted && !p.flags.some((f) => FIXED.includes(f)),
        ),
      )
      .filter(() => !app.isSystem)
      .map((finding) => ({ packageName: app.packageName, permission: finding.subject.name })),
  );
  const revoke = excess[0];
  const opOf = (entry: { permission: string }) => runtimePermission(entry.permission)?.op;
  const candidates = excess.filter(
    (entry) => entry.packageName !== revoke?.packageName && opOf(entry) !== undefined,
  );
  // Prefer an op scan A does not list (nothing recorded): the restore must prune it again.
  const unlisted = (entry: { packageName: string; permission: string }) =>
    appOf(scan, entry.packageName)?.appOps.some((op) => op.op === opOf(entry)) !== true;
  const standIn = candidates.find(unlisted) ?? candidates[0];
  if (revoke === undefined || standIn === undefined) throw new Error('the demo phone has no targets');
  return { revoke, standIn, op: runtimePermission(standIn.permission)?.op ?? '' };
};

describe('restoring a snapshot over the API', () => {
  it('brings a demo phone back to an earlier scan', async () => {
    const demo = await call('demo:start', { profile: 'cn-flagship-14' });
    const device = { serial: demo.serial };
    const scanA = await call('scan:run', { device, taskId: 'scan-a' });
    const { revoke, standIn, op } = pickTargets(scanA);

    const plan = await call('plan:build', {
      device,
      selections: [
        { packageName: revoke.packageName, action: 'revoke', subject: revoke.permission },
        { packageName: standIn.packageName, action: 'stand-in', subject: standIn.permission },
      ],
    });
    const applied = await call('plan:apply', { device, plan, taskId: 'apply-change' });
    expect(applied.steps.map((step) => step.status)).toEqual(['verified', 'verified']);

    const scanB = await call('scan:run', { device, taskId: 'scan-b' });
    expect(permissionOf(scanB, revoke.packageName, revoke.permission)?.granted).toBe(false);
    expect(opModeOf(scanB, standIn.packageName, op)).toBe('ignore');

    const restore = await call('plan:restore', { device, scanId: scanA.scanId });
    expect(restore.device.serial).toBe(demo.serial);
    expect(restore.steps.every((step) => step.kind === 'restore-grant')).toBe(true);
    const targets = restore.steps.map((step) => step.target);
    expect(targets).toContainEqual(
      expect.objectContaining({
        packageName: revoke.packageName,
        permission: revoke.permission,
        granted: true,
      }),
    );
    expect(targets).toContainEqual(
      expect.objectContaining({
        packageName: standIn.packageName,
        op,
        // Nothing recorded = the op's default (allow for the ops behind runtime permissions).
        mode: opModeOf(scanA, standIn.packageName, op) ?? 'allow',
      }),
    );
    expect(restore.steps.every((step) => step.commands.length > 0 && step.expected.zh.length > 0)).toBe(true);

    const restored = await call('plan:apply', { device, plan: restore, taskId: 'apply-restore' });
    expect(restored.steps.map((step) => step.status)).toEqual(restore.steps.map(() => 'verified'));

    const scanC = await call('scan:run', { device, taskId: 'scan-c' });
    expect(permissionOf(scanC, revoke.packageName, revoke.permission)).toEqual(
      permissionOf(scanA, revoke.packageName, revoke.permission),
    );
    expect(permissionOf(scanC, standIn.packageName, standIn.permission)).toEqual(
      permissionOf(scanA, standIn.packageName, standIn.permission),
    );
    expect(opModeOf(scanC, standIn.packageName, op)).toBe(opModeOf(scanA, standIn.packageName, op));
    const opsOf = (scan: AuditedScan, packageName: string) =>
      appOf(scan, packageName)
        ?.appOps.filter((entry) => entry.uidMode !== true)
        .map((entry) => `${entry.op}:${entry.mode}`)
        .sort();
    expect(opsOf(scanC, standIn.packageName)).toEqual(opsOf(scanA, standIn.packageName));
    expect(opsOf(scanC, revoke.packageName)).toEqual(opsOf(scanA, revoke.packageName));

    // Nothing is left to restore.
    const again = await call('plan:restore', { device, scanId: scanA.scanId });
    expect(again.steps).toEqual([]);

    await expect(call('plan:restore', { device, scanId: 999_999 })).rejects.toThrow(/not a scan of/);
    expect(await call('demo:stop', { serial: demo.serial })).toEqual({ stopped: true });
  });

  it('restores app states and special access too, and undoing the restore returns to scan B', async () => {
    const demo = await call('demo:start', { profile: 'cn-flagship-14' });
    const device = { serial: demo.serial };
    const scanA = await call('scan:run', { device, taskId: 'state-a' });
    const { revoke, standIn } = pickTargets(scanA);
    const installed = (name: string) => appOf(scanA, name)?.installed === true;
    const packageOf = (component: string) => component.split('/')[0] ?? component;
    const service = scanA.specialAccess.accessibilityServices.find((c) => installed(packageOf(c)));
    const listener = scanA.specialAccess.notificationListeners.find((c) => installed(packageOf(c)));
    if (service === undefined || listener === undefined) throw new Error('no special access to change');
    const busy = new Set([revoke.packageName, standIn.packageName, packageOf(service), packageOf(listener)]);
    const [hidden, disabled, suspended] = scanA.apps
      .filter((app) => app.installed && !app.isSystem && !busy.has(app.packageName))
      .filter((app) => !isProtectedPackage(app.packageName))
      .filter((app) => app.enabled === 'default' && !app.hidden && !app.suspended)
      .map((app) => app.packageName);
    if (hidden === undefined || disabled === undefined || suspended === undefined) {
      throw new Error('the demo phone has too few apps');
    }

    const change = await call('plan:build', {
      device,
      selections: [
        { packageName: revoke.packageName, action: 'revoke', subject: revoke.permission },
        { packageName: standIn.packageName, action: 'stand-in', subject: standIn.permission },
        { packageName: hidden, action: 'hide' },
        { packageName: packageOf(service), action: 'revoke-special-access', subject: 'accessibility' },
        {
          packageName: packageOf(listener),
          action: 'revoke-special-access',
          subject: 'notification-listener',
        },
      ],
    });
    const changed = await call('plan:apply', { device, plan: change, taskId: 'state-change' });
    expect(changed.steps.every((step) => step.status === 'verified')).toBe(true);
    // Disabled and suspended behind PrivacyScope's back (another tool, or the user).
    const adb = adbFor(demo.server);
    const context = { session: adb.device(demo.serial), sdk: demo.sdk ?? 34 };
    await runStep(context, pmPackage({ packageName: disabled, userId: 0, verb: PackageVerb.DisableUser }));
    await runStep(context, pmPackage({ packageName: suspended, userId: 0, verb: PackageVerb.Suspend }));
    await adb.dispose();

    const scanB = await call('scan:run', { device, taskId: 'state-b' });
    expect(appOf(scanB, disabled)?.enabled).toBe('disabled-user');
    expect(appOf(scanB, suspended)?.suspended).toBe(true);
    expect(restorableState(scanB)).not.toEqual(restorableState(scanA));

    const restore = await call('plan:restore', { device, scanId: scanA.scanId });
    const kinds = new Set(restore.steps.map((step) => step.kind));
    expect([...kinds].sort()).toEqual(['restore-app-state', 'restore-grant', 'set-component-access']);
    expect(restore.steps.filter((step) => step.kind === 'restore-app-state').map((s) => s.target)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ packageName: disabled, appState: { enabled: 'default' } }),
        expect.objectContaining({ packageName: suspended, appState: { suspended: false } }),
        expect.objectContaining({ packageName: hidden }),
      ]),
    );
    expect(restore.steps.filter((step) => step.kind === 'set-component-access').map((s) => s.target)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ component: service, access: 'accessibility-service', enabled: true }),
        expect.objectContaining({ component: listener, access: 'notification-listener', enabled: true }),
      ]),
    );
    const restored = await call('plan:apply', { device, plan: restore, taskId: 'state-restore' });
    expect(restored.steps.map((step) => step.status)).toEqual(restore.steps.map(() => 'verified'));
    const scanC = await call('scan:run', { device, taskId: 'state-c' });
    expect(restorableState(scanC)).toEqual(restorableState(scanA));

    const undone = await call('journal:undo', {
      device,
      scope: { batchId: restored.id },
      taskId: 'state-undo',
    });
    expect(undone.steps.map((step) => step.status)).toEqual(restore.steps.map(() => 'verified'));
    const scanD = await call('scan:run', { device, taskId: 'state-d' });
    expect(restorableState(scanD)).toEqual(restorableState(scanB));
    expect(await call('demo:stop', { serial: demo.serial })).toEqual({ stopped: true });
  });
});
