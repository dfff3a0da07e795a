// What every check needs about one app: its category and rules, the grants that are in effect, the
// special accesses it holds, and helpers to describe a rule key and cite the rule.
import { opForPermission, runtimePermission } from '../catalogue/runtime-permissions';
import { categoryOf } from '../rules/categories';
import type { ResolvedDecision, RuleSet } from '../rules/rule-set';
import { decisionFor } from '../rules/rule-set';
import type { RuleKey, SpecialAccessKey } from '../rules/rule-keys';
import type { Category, Sensitivity, Text } from '../rules/schema';
import type { AppEntry, DeviceSnapshot, PermissionEntry, SpecialAccess } from '../snapshot/device-snapshot';
import type { CategoryAssignment, FindingRule } from './finding';

export interface JudgeContext {
  readonly app: AppEntry;
  readonly assignment: CategoryAssignment;
  readonly category: Category;
  readonly rules: RuleSet;
  readonly snapshot: DeviceSnapshot;
  readonly nowMs: number;
  readonly unusedDays: number;
  readonly recentDays: number;
  /** A preinstalled system component never updated: judged for its platform role only. */
  readonly platform: boolean;
  readonly held: ReadonlySet<SpecialAccessKey>;
}

const packageOfComponent = (component: string): string => component.split('/')[0] ?? component;

/** The special accesses the snapshot shows this package holding. */
export const heldSpecialAccess = (access: SpecialAccess, app: AppEntry): ReadonlySet<SpecialAccessKey> => {
  const pkg = app.packageName;
  const held = new Set<SpecialAccessKey>();
  const inComponents = (list: readonly string[]): boolean => list.some((c) => packageOfComponent(c) === pkg);
  if (inComponents(access.accessibilityServices)) held.add('accessibility');
  if (inComponents(access.notificationListeners)) held.add('notification-listener');
  const owners = [access.deviceOwner ?? '', ...access.profileOwners.map((owner) => owner.component)];
  if (inComponents(access.deviceAdmins) || inComponents(owners)) held.add('device-admin');
  if (access.overlay.includes(pkg)) held.add('overlay');
  if (access.installUnknownApps.includes(pkg)) held.add('install-unknown-apps');
  if (access.usageAccess.includes(pkg)) held.add('usage-access');
  if (access.allFilesAccess.includes(pkg)) held.add('all-files-access');
  if (access.batteryOptimisationExempt.includes(pkg)) held.add('battery-exemption');
  const adId = app.permissions.some((p) => p.name === 'com.google.android.gms.permission.AD_ID' && p.granted);
  if (access.advertisingId.includes(pkg) || adId) held.add('ad-id');
  return held;
};

const RESTRICTED_MODES: ReadonlySet<string> = new Set(['ignore', 'deny', 'errored']);

/**
 * Storage permissions that grant nothing: WRITE_EXTERNAL_STORAGE for apps targeting API 30+ on
 * Android 11+ (scoped storage), READ_EXTERNAL_STORAGE for apps targeting API 33+ on Android 13+
 * (replaced by READ_MEDIA_*). A phone may still list them as granted; they are not over-grants.
 */
const INERT_FROM_API: ReadonlyMap<string, number> = new Map([
  ['android.permission.WRITE_EXTERNAL_STORAGE', 30],
  ['android.permission.READ_EXTERNAL_STORAGE', 33],
]);

const isInert = (permission: PermissionEntry, app: AppEntry, sdk: number | undefined): boolean => {
  const api = INERT_FROM_API.get(permission.name);
  return api !== undefined && sdk !== undefined && sdk >= api && (app.targetSdk ?? 0) >= api;
};

/**
 * Runtime permissions granted and in effect: granted, known to the runtime catalogue, not
 * restricted through the permission's app op (how legacy apps are "revoked"), and not inert on
 * the phone's Android version (`sdk`, when known).
 */
export const effectiveGrants = (app: AppEntry, sdk?: number): readonly PermissionEntry[] =>
  app.permissions.filter((permission) => {
    if (!permission.granted || runtimePermission(permission.name) === undefined) return false;
    if (isInert(permission, app, sdk)) return false;
    const op = opForPermission(permission.name);
    const entry = op === undefined ? undefined : app.appOps.find((access) => access.op === op);
    return entry === undefined || !RESTRICTED_MODES.has(entry.mode);
  });

export const decisionOf = (ctx: JudgeContext, key: RuleKey): ResolvedDecision =>
  decisionFor(ctx.rules, ctx.category.id, key);

/** necessary or conditional: the category justifies the grant. */
export const isJustified = (decision: ResolvedDecision): boolean =>
  decision.decision === 'necessary' || decision.decision === 'conditional';

export const ruleOf = (ctx: JudgeContext, decision?: ResolvedDecision): FindingRule => ({
  categoryId: ctx.category.id,
  citation: ctx.category.citation,
  ...(decision === undefined ? {} : { decision: decision.decision }),
  ...(decision?.piItem === undefined ? {} : { piItem: decision.piItem }),
  ...(decision?.condition === undefined ? {} : { condition: decision.condition }),
  ...(decision?.source === 'user' ? { overridden: true } : {}),
});

export const sensitivityOf = (ctx: JudgeContext, key: RuleKey): Sensitivity =>
  ctx.rules.subjects.get(key)?.sensitivity ?? 'medium';

const shortName = (permission: string): string => permission.slice(permission.lastIndexOf('.') + 1);

/** "Contacts (READ_CONTACTS)" / "通讯录（READ_CONTACTS）"; the label alone without a permission. */
export const subjectText = (ctx: JudgeContext, key: RuleKey, permission?: string): Text => {
  const label = ctx.rules.subjects.get(key)?.label ?? { zh: key, en: key };
  if (permission === undefined) return label;
  const short = shortName(permission);
  return { en: `${label.en} (${short})`, zh: `${label.zh}（${short}）` };
};

export const categoryText = (ctx: JudgeContext): Text => ({
  en: ctx.category.nameEn,
  zh: ctx.category.nameZh,
});

/** Parameters every message may use. */
export const baseParams = (ctx: JudgeContext): Readonly<Record<string, Text>> => ({
  category: categoryText(ctx),
  citation: ctx.category.citation,
});

export const createContext = (options: {
  readonly app: AppEntry;
  readonly assignment: CategoryAssignment;
  readonly rules: RuleSet;
  readonly snapshot: DeviceSnapshot;
  readonly nowMs: number;
  readonly unusedDays: number;
  readonly recentDays: number;
}): JudgeContext => ({
  ...options,
  category: categoryOf(options.rules, options.assignment.categoryId),
  platform: options.app.isSystem && !options.app.isUpdatedSystem,
  held: heldSpecialAccess(options.snapshot.specialAccess, options.app),
});
