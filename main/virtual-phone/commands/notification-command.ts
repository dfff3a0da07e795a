// `cmd notification allow_listener|disallow_listener COMPONENT [USER]`
// (NotificationManagerService ShellCmd → setNotificationListenerAccessGrantedForUser), which
// edits the secure setting `enabled_notification_listeners` (colon-separated flattened names).
import type { CommandContext } from './command';
import { settingsTable } from './settings';

export const NOTIFICATION_LISTENERS_SETTING = 'enabled_notification_listeners';

/** ComponentName.unflattenFromString + flattenToString: `pkg/.Cls` → `pkg/pkg.Cls`. */
export const flattenComponent = (text: string): string | undefined => {
  const slash = text.indexOf('/');
  if (slash <= 0 || slash === text.length - 1) return undefined;
  const pkg = text.slice(0, slash);
  const cls = text.slice(slash + 1);
  return `${pkg}/${cls.startsWith('.') ? `${pkg}${cls}` : cls}`;
};

export const runNotification = (context: CommandContext, args: readonly string[]): number => {
  const [verb, component, user] = args;
  if (verb !== 'allow_listener' && verb !== 'disallow_listener') {
    context.stdout(`Unknown command: ${verb ?? ''}\n`);
    return 255;
  }
  const flattened = component === undefined ? undefined : flattenComponent(component);
  if (flattened === undefined) {
    context.stdout('Invalid listener - must be a ComponentName\n');
    return 255;
  }
  const userId = user === undefined ? 0 : Number(user);
  const table = settingsTable(context.state, 'secure', Number.isInteger(userId) ? userId : 0);
  const current = (table.get(NOTIFICATION_LISTENERS_SETTING) ?? '')
    .split(':')
    .filter((entry) => entry !== '' && entry !== flattened);
  const next = verb === 'allow_listener' ? [...current, flattened] : current;
  table.set(NOTIFICATION_LISTENERS_SETTING, next.join(':'));
  return 0;
};
