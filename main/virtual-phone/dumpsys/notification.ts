// `dumpsys notification`, the listener part of NotificationManagerService.dump →
// ManagedServices.dump: allowed listeners (from the `enabled_notification_listeners` secure
// setting per user), `Has user set:`, the listeners enabled for the current profiles and the
// live (bound) ones (FORMATS.md §6).
import { joinLines, type DumpContext } from './dump-context';
import { identityHex } from './identity';

const SETTING = 'enabled_notification_listeners';

const flatten = (component: string): { pkg: string; full: string } => {
  const [pkg = '', cls = ''] = component.split('/');
  return { pkg, full: `${pkg}/${cls.startsWith('.') ? `${pkg}${cls}` : cls}` };
};

/** Enabled listener components of a user whose package is installed and enabled. */
const enabledListeners = (context: DumpContext, userId: number): string[] => {
  const value = context.state.settings.secure.get(userId)?.get(SETTING) ?? '';
  return value
    .split(':')
    .filter((entry) => entry.includes('/'))
    .filter((entry) => {
      const user = context.state.packages.get(flatten(entry).pkg)?.users[userId];
      return user !== undefined && user.installed && (user.enabled === 0 || user.enabled === 1);
    });
};

/** The text of `dumpsys notification`. */
export const formatNotificationDump = (context: DumpContext): string => {
  const { state } = context;
  const lines = [
    'Current Notification Manager state:',
    '',
    '  Notification listeners:',
    '    Allowed notification listeners:',
  ];
  for (const user of state.users) {
    const value = state.settings.secure.get(user.id)?.get(SETTING);
    if (value !== undefined && value !== '' && value !== 'null') {
      lines.push(`      ${value} (user: ${user.id} isPrimary: true)`);
    }
  }
  lines.push('    Has user set:');
  for (const user of state.users) lines.push(`      userId=${user.id} value=true`);
  const live: string[] = [];
  for (const user of state.users) {
    const enabled = enabledListeners(context, user.id);
    lines.push(
      `(user ${user.id}):   All notification listeners (${enabled.length}) enabled for current profiles:`,
    );
    for (const component of enabled) {
      const { full } = flatten(component);
      lines.push(`      ComponentInfo{${full}}`);
      const proxy = identityHex(`listener:${full}:${user.id}`);
      live.push(
        `      ComponentInfo{${full}} (user ${user.id}): android.service.notification.INotificationListener$Stub$Proxy@${proxy}`,
      );
    }
  }
  lines.push(`    Live notification listeners (${live.length}):`, ...live, '', '  Snoozed notifications:');
  return joinLines(lines);
};
