// Secure settings that hold colon-separated component lists (`enabled_accessibility_services`,
// `enabled_notification_listeners`: ComponentName.flattenToString / flattenToShortString
// joined with ':', FORMATS.md §6). Entries compare with sameComponent (short `.Cls` and full
// class forms are the same component); the other entries keep their exact text and order.
import { sameComponent } from '../../reader/parsers/settings';
import type { ActionContext } from '../action-executor';
import { readSecureSetting, type SecureSetting } from './read-setting';

export const ACCESSIBILITY_SETTING = 'enabled_accessibility_services';
export const NOTIFICATION_LISTENER_SETTING = 'enabled_notification_listeners';

const entries = (value: string | null): string[] =>
  value === null ? [] : value.split(':').filter((entry) => entry.trim() !== '');

export const listsComponent = (value: string | null, component: string): boolean =>
  entries(value).some((entry) => sameComponent(entry.trim(), component));

/** The list without `component` (every form of it), others unchanged and in order. */
export const withoutComponent = (value: string | null, component: string): string =>
  entries(value)
    .filter((entry) => !sameComponent(entry.trim(), component))
    .join(':');

/** The list with `component` added at the end (unchanged when some form of it is there). */
export const withComponent = (value: string | null, component: string): string =>
  listsComponent(value, component) ? (value ?? '') : [...entries(value), component].join(':');

export const readComponentSetting = async (
  context: ActionContext,
  setting: SecureSetting,
): Promise<string | null> => readSecureSetting(context, setting);
