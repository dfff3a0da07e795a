// Localised names of permission groups; an unknown group shows as its own key.
import type { Translate } from '../../i18n/translate';

export const PERMISSION_GROUPS = [
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
export type PermissionGroup = (typeof PERMISSION_GROUPS)[number];

const GROUP_SET: ReadonlySet<string> = new Set(PERMISSION_GROUPS);
export const isPermissionGroup = (value: string): value is PermissionGroup => GROUP_SET.has(value);

export const groupLabel = (t: Translate, group: string): string =>
  isPermissionGroup(group) ? t(`apps.group.${group}`) : group;
