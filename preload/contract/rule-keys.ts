// The subjects a necessity rule decides on ("rule keys"): PermissionController groups,
// single permissions where the group is too coarse (background location, phone numbers…) and the
// special accesses. Shared by main (rules, findings) and the renderer (permission tables).

export const PERMISSION_GROUP_KEYS = [
  'LOCATION',
  'CAMERA',
  'MICROPHONE',
  'CONTACTS',
  'CALL_LOG',
  'PHONE',
  'SMS',
  'CALENDAR',
  'STORAGE',
  'READ_MEDIA_VISUAL',
  'READ_MEDIA_AURAL',
  'SENSORS',
  'ACTIVITY_RECOGNITION',
  'NEARBY_DEVICES',
  'NOTIFICATIONS',
] as const;

export const SINGLE_PERMISSION_KEYS = [
  'BACKGROUND_LOCATION',
  'READ_PHONE_NUMBERS',
  'READ_PHONE_STATE',
  'CALL_PHONE',
  'ACCESS_MEDIA_LOCATION',
  'POST_NOTIFICATIONS',
] as const;

export const SPECIAL_ACCESS_KEYS = [
  'accessibility',
  'notification-listener',
  'device-admin',
  'overlay',
  'install-unknown-apps',
  'usage-access',
  'all-files-access',
  'battery-exemption',
  'ad-id',
] as const;

export const RULE_KEYS = [
  ...PERMISSION_GROUP_KEYS,
  ...SINGLE_PERMISSION_KEYS,
  ...SPECIAL_ACCESS_KEYS,
] as const;

export type PermissionGroupKey = (typeof PERMISSION_GROUP_KEYS)[number];
export type SinglePermissionKey = (typeof SINGLE_PERMISSION_KEYS)[number];
export type SpecialAccessKey = (typeof SPECIAL_ACCESS_KEYS)[number];
export type RuleKey = (typeof RULE_KEYS)[number];

const RULE_KEY_SET: ReadonlySet<string> = new Set(RULE_KEYS);
export const isRuleKey = (value: string): value is RuleKey => RULE_KEY_SET.has(value);

const SPECIAL_SET: ReadonlySet<string> = new Set(SPECIAL_ACCESS_KEYS);
export const isSpecialAccessKey = (value: string): value is SpecialAccessKey => SPECIAL_SET.has(value);

const SINGLE_BY_PERMISSION: ReadonlyMap<string, SinglePermissionKey> = new Map([
  ['android.permission.ACCESS_BACKGROUND_LOCATION', 'BACKGROUND_LOCATION'],
  ['android.permission.READ_PHONE_NUMBERS', 'READ_PHONE_NUMBERS'],
  ['android.permission.READ_PHONE_STATE', 'READ_PHONE_STATE'],
  ['android.permission.CALL_PHONE', 'CALL_PHONE'],
  ['android.permission.ACCESS_MEDIA_LOCATION', 'ACCESS_MEDIA_LOCATION'],
  ['android.permission.POST_NOTIFICATIONS', 'POST_NOTIFICATIONS'],
]);

const GROUP_SET: ReadonlySet<string> = new Set(PERMISSION_GROUP_KEYS);

/**
 * The rule key a runtime permission is judged under: its single-permission key when it has one,
 * otherwise its group (as the scan's catalogue join gives it); undefined when no rule covers it.
 */
export const ruleKeyOf = (name: string, group: string | undefined): RuleKey | undefined => {
  const single = SINGLE_BY_PERMISSION.get(name);
  if (single !== undefined) return single;
  return group !== undefined && GROUP_SET.has(group) ? (group as PermissionGroupKey) : undefined;
};
