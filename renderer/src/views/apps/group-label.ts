// Localised names of permission groups; an unknown group shows as its own key.
import { PERMISSION_GROUP_KEYS } from '../../../../preload/contract';
import type { Translate } from '../../i18n/translate';

export const PERMISSION_GROUPS = PERMISSION_GROUP_KEYS;
export type PermissionGroup = (typeof PERMISSION_GROUPS)[number];

const GROUP_SET: ReadonlySet<string> = new Set(PERMISSION_GROUPS);
export const isPermissionGroup = (value: string): value is PermissionGroup => GROUP_SET.has(value);

export const groupLabel = (t: Translate, group: string): string =>
  isPermissionGroup(group) ? t(`apps.group.${group}`) : group;
