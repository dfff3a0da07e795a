// "Restore a snapshot" through the API as the renderer uses it (composed services, `dispatch`,
// a private real adb server, a demo phone): scan A → revoke one grant and stand in for another
// (plan:build + plan:apply) → scan B → plan:restore {scanId: A} → plan:apply → scan C has the
// permissions and app ops of scan A again.
import { describe, expect, it } from 'vitest';
import type { AuditedScan } from '../../../preload/contract';
import { useComposedApi } from './composed-api';
import { runtimePermission } from '../../../main/catalogue/runtime-permissions';

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
});
