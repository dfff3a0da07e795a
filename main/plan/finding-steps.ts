// Finding → step drafts: revoke → revoke-permission; stand-in → stand-in (the permission's app
// op, from the catalogue); revoke-special-access → set-app-op / disable-accessibility-service /
// disallow-notification-listener; hide → hide-app. Permission state from the snapshot decides
// the skips the phone would refuse anyway (system-fixed, policy-fixed, not granted).
import type { ActionKind, SkipReason, StepTarget } from '../actions/action-types';
import { runtimePermission } from '../catalogue/runtime-permissions';
import type { Finding } from '../findings/finding';
import type { AppEntry, DeviceSnapshot } from '../snapshot/device-snapshot';
import type { StepDraft } from './plan-draft';

/** Special accesses held through an app op: the op and the mode that takes them away. */
export const SPECIAL_ACCESS_OPS: Readonly<Record<string, string>> = {
  overlay: 'SYSTEM_ALERT_WINDOW',
  'install-unknown-apps': 'REQUEST_INSTALL_PACKAGES',
  'usage-access': 'GET_USAGE_STATS',
  'all-files-access': 'MANAGE_EXTERNAL_STORAGE',
};

interface DraftContext {
  readonly app: AppEntry | undefined;
  readonly packageName: string;
  readonly snapshot: DeviceSnapshot;
}

const target = (ctx: DraftContext, extra: Omit<StepTarget, 'packageName' | 'userId'>): StepTarget => ({
  packageName: ctx.packageName,
  userId: ctx.snapshot.userId,
  ...extra,
});

/** Why a permission step cannot run, judged from the snapshot's flags and grant state. */
export const permissionSkip = (
  app: AppEntry | undefined,
  permission: string,
  options: { needsGrant: boolean },
): SkipReason | undefined => {
  if (app === undefined || !app.installed) return 'not-installed';
  const entry = app.permissions.find((p) => p.name === permission);
  if (entry?.flags.includes('SYSTEM_FIXED') === true) return 'system-fixed';
  if (entry?.flags.includes('POLICY_FIXED') === true) return 'policy-fixed';
  if (options.needsGrant && entry?.granted !== true) return 'not-granted';
  return undefined;
};

const permissionDraft = (ctx: DraftContext, kind: ActionKind, permission: string): StepDraft => {
  const op = kind === 'stand-in' ? runtimePermission(permission)?.op : undefined;
  const skip = permissionSkip(ctx.app, permission, { needsGrant: true });
  const draft = { kind, target: target(ctx, { permission, ...(op === undefined ? {} : { op }) }) };
  if (kind === 'stand-in' && op === undefined) return { ...draft, skip: 'unsupported-on-this-android' };
  return skip === undefined ? draft : { ...draft, skip };
};

const ownComponents = (components: readonly string[], packageName: string): string[] =>
  components.filter((component) => component.startsWith(`${packageName}/`));

export const specialAccessDrafts = (ctx: DraftContext, key: string): StepDraft[] => {
  const access = ctx.snapshot.specialAccess;
  if (key === 'accessibility') {
    return ownComponents(access.accessibilityServices, ctx.packageName).map((component) => ({
      kind: 'disable-accessibility-service',
      target: target(ctx, { component }),
    }));
  }
  if (key === 'notification-listener') {
    return ownComponents(access.notificationListeners, ctx.packageName).map((component) => ({
      kind: 'disallow-notification-listener',
      target: target(ctx, { component }),
    }));
  }
  const op = SPECIAL_ACCESS_OPS[key];
  if (op !== undefined) return [{ kind: 'set-app-op', target: target(ctx, { op, mode: 'ignore' }) }];
  // device-admin, ad-id, battery-exemption: nothing adb shell can take away safely.
  return [{ kind: 'set-app-op', target: target(ctx, { op: key }), skip: 'shell-cannot' }];
};

const draftsFor = (ctx: DraftContext, finding: Finding): StepDraft[] => {
  const { subject } = finding;
  switch (finding.action) {
    case 'revoke':
      return subject.type === 'permission' ? [permissionDraft(ctx, 'revoke-permission', subject.name)] : [];
    case 'stand-in':
      return subject.type === 'permission' ? [permissionDraft(ctx, 'stand-in', subject.name)] : [];
    case 'revoke-special-access':
      return subject.type === 'special-access' ? specialAccessDrafts(ctx, subject.name) : [];
    case 'hide':
      return [{ kind: 'hide-app', target: target(ctx, {}) }];
    case 'none':
      return [];
  }
};

export const findingDrafts = (options: {
  readonly snapshot: DeviceSnapshot;
  readonly packageName: string;
  readonly findings: readonly Finding[];
}): StepDraft[] => {
  const ctx: DraftContext = {
    snapshot: options.snapshot,
    packageName: options.packageName,
    app: options.snapshot.apps.find((app) => app.packageName === options.packageName),
  };
  return options.findings.flatMap((finding) =>
    draftsFor(ctx, finding).map((draft) => ({
      ...draft,
      reason: { findingKind: finding.kind, en: finding.explanation.en, zh: finding.explanation.zh },
    })),
  );
};
