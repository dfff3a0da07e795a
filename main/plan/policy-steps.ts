// Policy rules → step drafts for the apps installed on this phone. The later rule wins for the
// same subject ("keep" after a wildcard revoke exempts one app).
import { runtimePermission } from '../catalogue/runtime-permissions';
import type { AppEntry, DeviceSnapshot } from '../snapshot/device-snapshot';
import { permissionSkip, specialAccessDrafts } from './finding-steps';
import type { StepDraft } from './plan-draft';
import type { PolicyFile, PolicyRule } from './policy-file';
import { packageMatches } from './policy-file';

const reasonOf = (rule: PolicyRule, policyName: string | undefined) => {
  const subject = rule.permission ?? rule.op ?? rule.specialAccess ?? rule.package;
  const source = policyName ?? 'policy';
  return { en: `${source}: ${rule.decision} ${subject}`, zh: `${source}：${rule.decision} ${subject}` };
};

const subjectKey = (rule: PolicyRule): string =>
  rule.permission !== undefined
    ? `p:${rule.permission}`
    : rule.op !== undefined
      ? `o:${rule.op}`
      : rule.specialAccess !== undefined
        ? `s:${rule.specialAccess}`
        : 'app';

const draftsFor = (rule: PolicyRule, app: AppEntry, snapshot: DeviceSnapshot): StepDraft[] => {
  const base = { packageName: app.packageName, userId: snapshot.userId };
  const permission = rule.permission;
  if (rule.decision === 'hide') return [{ kind: 'hide-app', target: base }];
  if (permission !== undefined && (rule.decision === 'revoke' || rule.decision === 'stand-in')) {
    // Only apps that hold the permission: a policy is written for many phones.
    if (!app.permissions.some((p) => p.name === permission && p.granted)) return [];
    const skip = permissionSkip(app, permission, { needsGrant: true });
    const op = rule.decision === 'stand-in' ? runtimePermission(permission)?.op : undefined;
    const kind = rule.decision === 'revoke' ? 'revoke-permission' : 'stand-in';
    const draft: StepDraft = { kind, target: { ...base, permission, ...(op === undefined ? {} : { op }) } };
    if (kind === 'stand-in' && op === undefined) return [{ ...draft, skip: 'unsupported-on-this-android' }];
    return [skip === undefined ? draft : { ...draft, skip }];
  }
  if (rule.op !== undefined && rule.decision !== 'keep') {
    if (!app.appOps.some((entry) => entry.op === rule.op)) return [];
    return [{ kind: 'set-app-op', target: { ...base, op: rule.op, mode: rule.mode ?? 'ignore' } }];
  }
  if (rule.specialAccess !== undefined && rule.decision === 'revoke-special-access') {
    return specialAccessDrafts({ app, packageName: app.packageName, snapshot }, rule.specialAccess);
  }
  return [];
};

export const policyDrafts = (options: {
  readonly snapshot: DeviceSnapshot;
  readonly policy: PolicyFile;
}): StepDraft[] => {
  const { snapshot, policy } = options;
  const drafts: StepDraft[] = [];
  for (const app of snapshot.apps.filter((entry) => entry.installed)) {
    const chosen = new Map<string, PolicyRule>();
    for (const rule of policy.rules)
      if (packageMatches(rule.package, app.packageName)) chosen.set(subjectKey(rule), rule);
    for (const rule of chosen.values()) {
      const reason = reasonOf(rule, policy.name);
      drafts.push(...draftsFor(rule, app, snapshot).map((draft) => ({ ...draft, reason })));
    }
  }
  return drafts;
};
