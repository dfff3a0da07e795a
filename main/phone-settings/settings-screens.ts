// The settings screens PrivacyScope may open on a phone, each as the intents to try in order
// (the preferred screen first, then more general ones for older Android versions and ROMs that
// renamed it), and the `am start` command line of each. A fixed table: nothing from a request
// but the package name (validated as one) reaches the command.
// Sources: android.provider.Settings (the ACTION_* values and the API level that added each);
// AOSP Settings' `Settings$DeviceAdminSettingsActivity` (Android 4.0+, opened by PackageInstaller's
// "Manage device admin apps" button), `DeviceAdminSettings` before it and on some vendor ROMs.
import type { PhoneSettingsScreen } from '../../preload/contract';
import type { ShellCommand } from '../adb/shell-arguments';
import { arg, shellCommand } from '../adb/shell-arguments';

export type ScreenIntent =
  | { readonly component: string }
  /** `withPackage`: `-d package:<pkg>` names the app the screen is about. */
  | { readonly action: string; readonly withPackage?: true };

const SECURITY: ScreenIntent = { action: 'android.settings.SECURITY_SETTINGS' };
const APP_DETAILS: ScreenIntent = {
  action: 'android.settings.APPLICATION_DETAILS_SETTINGS',
  withPackage: true,
};

export const SETTINGS_SCREEN_INTENTS = {
  'device-admin': [
    { component: 'com.android.settings/.Settings$DeviceAdminSettingsActivity' },
    { component: 'com.android.settings/.DeviceAdminSettings' },
    // Security lists "Device admin apps" on most ROMs.
    SECURITY,
  ],
  accessibility: [{ action: 'android.settings.ACCESSIBILITY_SETTINGS' }],
  // API 22+; before, "Notification access" sat in Security.
  'notification-listener': [{ action: 'android.settings.ACTION_NOTIFICATION_LISTENER_SETTINGS' }, SECURITY],
  // API 21+ (Android 5.0 showed "Apps with usage access" in Security too).
  'usage-access': [{ action: 'android.settings.USAGE_ACCESS_SETTINGS' }, SECURITY],
  // API 23+; App info holds the same switch on ROMs without the screen.
  overlay: [{ action: 'android.settings.action.MANAGE_OVERLAY_PERMISSION', withPackage: true }, APP_DETAILS],
  'app-details': [APP_DETAILS],
} as const satisfies { readonly [S in PhoneSettingsScreen]: readonly ScreenIntent[] };

/** Whether a screen is about one app (then `packageName` is required). */
export const needsPackage = (screen: PhoneSettingsScreen): boolean =>
  SETTINGS_SCREEN_INTENTS[screen].some((intent) => 'withPackage' in intent);

/** `am start -n COMPONENT` or `am start -a ACTION [-d package:PKG]`; throws UnsafeShellArgument. */
export const amStartCommand = (intent: ScreenIntent, packageName?: string): ShellCommand => {
  if ('component' in intent) return shellCommand('am', 'start', '-n', arg.component(intent.component));
  const action = arg.intentAction(intent.action);
  if (intent.withPackage !== true) return shellCommand('am', 'start', '-a', action);
  return shellCommand('am', 'start', '-a', action, '-d', arg.packageUri(packageName ?? ''));
};

/** The commands to try for a screen, in order. */
export const settingsScreenCommands = (request: {
  readonly screen: PhoneSettingsScreen;
  readonly packageName?: string;
}): readonly ShellCommand[] =>
  SETTINGS_SCREEN_INTENTS[request.screen].map((intent) => amStartCommand(intent, request.packageName));
