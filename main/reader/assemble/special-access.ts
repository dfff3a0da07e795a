// Special app access for one user, from the assembled apps and the small dumps:
// - accessibility services / notification listeners: `settings list secure` of the user, plus
//   what `dumpsys accessibility` / `dumpsys notification` list for that user (a privacy audit
//   would rather over-report; short and long class forms are the same component);
// - device admins, device owner and profile owners: `dumpsys device_policy`;
// - app-op backed access (usage access, overlay, install unknown apps, all-files): the op's
//   mode for the app's uid when `allow`; when `default` or not printed, the permission grant
//   decides (AppOpsManager MODE_DEFAULT semantics); `ignore`/`deny`/`errored` never count;
// - battery-optimisation exemptions: the user part of the deviceidle whitelist;
// - advertising ID: `com.google.android.gms.permission.AD_ID` granted (install-time).
// Only apps installed for the user are listed.
import type { AppEntry, SpecialAccess } from '../../snapshot/device-snapshot';
import { notificationListenersForUser } from '../parsers/dumpsys-notification';
import {
  enabledAccessibilityServices,
  enabledNotificationListeners,
  sameComponent,
  settingValue,
} from '../parsers/settings';
import type { ParsedCaptures } from './parsed-captures';

export const AD_ID_PERMISSION = 'com.google.android.gms.permission.AD_ID';

const OP_ACCESS = [
  { key: 'usageAccess', op: 'GET_USAGE_STATS', permission: 'android.permission.PACKAGE_USAGE_STATS' },
  { key: 'overlay', op: 'SYSTEM_ALERT_WINDOW', permission: 'android.permission.SYSTEM_ALERT_WINDOW' },
  {
    key: 'installUnknownApps',
    op: 'REQUEST_INSTALL_PACKAGES',
    permission: 'android.permission.REQUEST_INSTALL_PACKAGES',
  },
  {
    key: 'allFilesAccess',
    op: 'MANAGE_EXTERNAL_STORAGE',
    permission: 'android.permission.MANAGE_EXTERNAL_STORAGE',
  },
] as const;

const granted = (app: AppEntry, permission: string): boolean =>
  app.permissions.some((entry) => entry.name === permission && entry.granted);

/** Allowed by the op, or by the permission when the op is left at its default. */
export const hasOpAccess = (app: AppEntry, rule: { op: string; permission: string }): boolean => {
  const modes = app.appOps.filter((entry) => entry.op === rule.op);
  const packageMode = modes.find((entry) => entry.uidMode !== true)?.mode;
  const uidMode = modes.find((entry) => entry.uidMode === true)?.mode;
  const mode = uidMode !== undefined && uidMode !== 'default' ? uidMode : (packageMode ?? 'default');
  if (mode === 'allow') return true;
  return mode === 'default' && granted(app, rule.permission);
};

const union = (first: readonly string[], second: readonly string[]): string[] => {
  const out = [...first];
  for (const component of second)
    if (!out.some((known) => sameComponent(known, component))) out.push(component);
  return out;
};

export const buildSpecialAccess = (
  parsed: ParsedCaptures,
  context: { userId: number; apps: readonly AppEntry[] },
): SpecialAccess => {
  const { userId } = context;
  const apps = context.apps.filter((app) => app.installed);
  const secure = parsed.settingsSecure;
  const accessibilityFromSettings = secure === undefined ? [] : enabledAccessibilityServices(secure).value;
  const accessibilityFromDump = parsed.accessibility?.find((state) => state.userId === userId)?.enabled ?? [];
  const listenersFromSettings =
    secure === undefined || settingValue(secure, 'enabled_notification_listeners') === undefined
      ? []
      : enabledNotificationListeners(secure).value;
  const listenersFromDump =
    parsed.notification === undefined ? [] : notificationListenersForUser(parsed.notification, userId);
  const policy = parsed.devicePolicy;
  const deviceOwner = policy?.deviceOwner;
  const access: { -readonly [K in keyof SpecialAccess]: SpecialAccess[K] } = {
    accessibilityServices: union(accessibilityFromSettings, accessibilityFromDump),
    notificationListeners: union(listenersFromSettings, listenersFromDump),
    deviceAdmins: [...(policy?.activeAdmins.find((entry) => entry.userId === userId)?.components ?? [])],
    profileOwners: (policy?.profileOwners ?? []).map((owner) => ({
      component: owner.component ?? owner.packageName,
      userId: owner.userId,
    })),
    usageAccess: [],
    overlay: [],
    installUnknownApps: [],
    allFilesAccess: [],
    batteryOptimisationExempt: [...(parsed.deviceIdle?.user ?? [])],
    advertisingId: apps.filter((app) => granted(app, AD_ID_PERMISSION)).map((app) => app.packageName),
  };
  if (deviceOwner !== undefined) access.deviceOwner = deviceOwner.component ?? deviceOwner.packageName;
  for (const rule of OP_ACCESS) {
    access[rule.key] = apps.filter((app) => hasOpAccess(app, rule)).map((app) => app.packageName);
  }
  return access;
};
