// Restore-plan drafts for the two component lists of special access: accessibility services
// and notification listeners. A component the earlier scan lists and the current one does not
// is turned on again, one the current scan lists and the earlier one does not is turned off
// (not when the earlier scan is partial: it may just not have read the list). Short `.Cls` and
// full class forms are the same component. Only for components whose package is installed
// for the user after the restore; the others are skipped as not installed. Pure.
import type { SkippedStep, StepTarget } from '../actions/action-types';
import { ComponentAccess, SkipReason } from '../actions/action-types';
import { sameComponent } from '../reader/parsers/settings';
import type { DeviceSnapshot } from '../snapshot/device-snapshot';
import { type RestoreDraft, restoreSkip } from './restore-draft';
import { componentAccessText } from './restore-text';

type ComponentList = 'accessibilityServices' | 'notificationListeners';

const LISTS: readonly { readonly access: ComponentAccess; readonly key: ComponentList }[] = [
  { access: ComponentAccess.AccessibilityService, key: 'accessibilityServices' },
  { access: ComponentAccess.NotificationListener, key: 'notificationListeners' },
];

export interface AccessDraftsOptions {
  readonly earlier: DeviceSnapshot;
  readonly current: DeviceSnapshot;
  readonly userId: number;
  /** The package is installed for the user once the plan's app-state steps ran. */
  readonly installedAfter: (packageName: string) => boolean;
}

const missingFrom = (list: readonly string[], other: readonly string[]): string[] =>
  list.filter((component) => !other.some((entry) => sameComponent(entry, component)));

export const accessDrafts = (
  options: AccessDraftsOptions,
): { drafts: RestoreDraft[]; skipped: SkippedStep[] } => {
  const { earlier, current, userId } = options;
  const drafts: RestoreDraft[] = [];
  const skipped: SkippedStep[] = [];
  for (const { access, key } of LISTS) {
    const was = earlier.specialAccess[key];
    const is = current.specialAccess[key];
    const changes = [
      ...missingFrom(was, is).map((component) => ({ component, enabled: true })),
      ...(earlier.partial ? [] : missingFrom(is, was).map((component) => ({ component, enabled: false }))),
    ];
    for (const { component, enabled } of changes) {
      const packageName = component.split('/')[0] ?? component;
      const target: StepTarget = { packageName, userId, component, access, enabled };
      if (!options.installedAfter(packageName)) {
        skipped.push(restoreSkip('set-component-access', target, SkipReason.NotInstalled));
        continue;
      }
      drafts.push({ kind: 'set-component-access', target, text: componentAccessText(target) });
    }
  }
  return { drafts, skipped };
};
