// Rule keys are contract vocabulary (preload/contract/rule-keys.ts); main adds the catalogue
// fallback for permissions a snapshot carries without a group, and the key → group mapping.
import { runtimePermission } from '../catalogue/runtime-permissions';
import { PERMISSION_GROUP_KEYS, ruleKeyOf } from '../../preload/contract/rule-keys';
import type { PermissionGroupKey, RuleKey } from '../../preload/contract/rule-keys';

export * from '../../preload/contract/rule-keys';

const GROUP_SET: ReadonlySet<string> = new Set(PERMISSION_GROUP_KEYS);

/**
 * The rule key a runtime permission is judged under, or undefined when no rule covers it (e.g.
 * XR tracking permissions without a group). `group` is the snapshot's group when it has one.
 */
export const ruleKeyForPermission = (name: string, group?: string): RuleKey | undefined =>
  ruleKeyOf(name, group ?? runtimePermission(name)?.group);

/** The permission group a rule key belongs to (the key itself for groups). */
export const groupOfRuleKey = (key: RuleKey): PermissionGroupKey | undefined => {
  if (GROUP_SET.has(key)) return key as PermissionGroupKey;
  if (key === 'BACKGROUND_LOCATION') return 'LOCATION';
  if (key === 'READ_PHONE_NUMBERS' || key === 'READ_PHONE_STATE' || key === 'CALL_PHONE') return 'PHONE';
  if (key === 'ACCESS_MEDIA_LOCATION') return 'STORAGE';
  if (key === 'POST_NOTIFICATIONS') return 'NOTIFICATIONS';
  return undefined;
};
