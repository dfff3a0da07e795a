// Issue 6 "Done when": each kind of action changes the phone, verification reads it back, and
// undo restores the exact prior state — a live scan before the batch equals one after undo
// (permissions with flags, app ops, enabled/hidden/suspended, special-access lists).
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../../../main/actions/apply/apply-plan';
import { undoScope } from '../../../../main/actions/apply/undo-journal';
import { EXECUTORS } from '../../../../main/actions/executors';
import { isProtectedPackage } from '../../../../main/actions/protected-packages';
import { buildPlan } from '../../../../main/plan/build-plan';
import type { PolicyFile, PolicyRule } from '../../../../main/plan/policy-file';
import { scanDevice } from '../../../../main/reader/scan';
import type { DeviceSnapshot } from '../../../../main/snapshot/device-snapshot';
import { executorsReady, packageStates, planPackages, revocableTargets } from './engine-support';
import { useEngineRig } from './engine-rig';

const rig = useEngineRig();

const ownerOf = (component: string): string => component.split('/')[0] ?? component;

const thirdParty = (snapshot: DeviceSnapshot) =>
  snapshot.apps.filter((app) => app.installed && !app.isSystem && !isProtectedPackage(app.packageName));

/** One rule per action kind, on apps of this phone that have something to take away. */
const mixedPolicy = (snapshot: DeviceSnapshot): PolicyFile => {
  const rules: PolicyRule[] = [];
  const [revoke] = revocableTargets(snapshot, 1);
  if (revoke !== undefined)
    rules.push({ package: revoke.packageName, permission: revoke.permission, decision: 'revoke' });
  const contacts = thirdParty(snapshot).find(
    (app) =>
      app.packageName !== revoke?.packageName &&
      app.permissions.some(
        (p) =>
          p.name === 'android.permission.READ_CONTACTS' &&
          p.granted &&
          !p.flags.some((flag) => flag === 'SYSTEM_FIXED' || flag === 'POLICY_FIXED'),
      ),
  );
  if (contacts !== undefined)
    rules.push({
      package: contacts.packageName,
      permission: 'android.permission.READ_CONTACTS',
      decision: 'stand-in',
    });
  const overlay = snapshot.specialAccess.overlay.find((name) => !isProtectedPackage(name));
  if (overlay !== undefined)
    rules.push({ package: overlay, specialAccess: 'overlay', decision: 'revoke-special-access' });
  const a11y = snapshot.specialAccess.accessibilityServices
    .map(ownerOf)
    .find((name) => !isProtectedPackage(name));
  if (a11y !== undefined)
    rules.push({ package: a11y, specialAccess: 'accessibility', decision: 'revoke-special-access' });
  const listener = snapshot.specialAccess.notificationListeners
    .map(ownerOf)
    .find((name) => !isProtectedPackage(name));
  if (listener !== undefined)
    rules.push({
      package: listener,
      specialAccess: 'notification-listener',
      decision: 'revoke-special-access',
    });
  const hide = thirdParty(snapshot).find((app) => !rules.some((rule) => rule.package === app.packageName));
  if (hide !== undefined) rules.push({ package: hide.packageName, decision: 'hide' });
  return { schemaVersion: 1, name: 'mixed', rules };
};

const visible = (snapshot: DeviceSnapshot, packages: readonly string[]) => ({
  packages: packageStates(snapshot, packages),
  accessibility: snapshot.specialAccess.accessibilityServices,
  listeners: snapshot.specialAccess.notificationListeners,
  overlay: snapshot.specialAccess.overlay,
});

describe.skipIf(!executorsReady())('apply then undo restores the exact prior state', () => {
  for (const profile of ['cn-flagship-14', 'pixel-14']) {
    it(profile, async () => {
      const { serial } = await rig.connect(profile);
      const session = rig.service.device(serial);
      const before = await scanDevice(session);
      const properties = await session.getProperties();
      const sdk = before.device.sdk ?? 0;
      const plan = await buildPlan({
        snapshot: {
          ...before,
          device: { ...before.device, serial, fingerprint: String(properties['ro.build.fingerprint'] ?? '') },
        },
        findings: [],
        select: { policy: mixedPolicy(before) },
        executors: EXECUTORS,
        context: { session, sdk },
        isProtectedPackage: (name) => isProtectedPackage(name),
      });
      const kinds = new Set(plan.steps.map((step) => step.kind));
      expect([...kinds].sort(), JSON.stringify(plan.skipped)).toEqual([
        'disable-accessibility-service',
        'disallow-notification-listener',
        'hide-app',
        'revoke-permission',
        'set-app-op',
        'stand-in',
      ]);
      const engine = { session, journal: rig.journal, executors: EXECUTORS };
      const applied = await applyPlan({ ...engine, plan });
      expect(
        applied.counts,
        JSON.stringify((await rig.journal.getBatch(applied.batchId))?.steps.map((s) => s.outcome)),
      ).toEqual({
        verified: plan.steps.length,
      });
      const packages = planPackages(plan);
      const changed = await scanDevice(session);
      expect(visible(changed, packages)).not.toEqual(visible(before, packages));
      const undone = await undoScope({ ...engine, sdk, scope: { all: true } });
      expect(undone.counts).toEqual({ verified: plan.steps.length });
      expect(visible(await scanDevice(session), packages)).toEqual(visible(before, packages));
    });
  }
});
