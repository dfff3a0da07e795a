// The Settings app's activities `am start` can reach on the virtual phone, by Android version:
// the components and the android.provider.Settings actions (with the API level that added
// each). Other packages' activities are not modelled. A ROM may lack some
// (`state.missingSettingsScreens`).
import type { PhoneState } from '../android/phone-state';
import { sdkOf } from '../android/phone-state';

export const SETTINGS_PACKAGE = 'com.android.settings';

interface SettingsActivity {
  /** Class name as the manifest declares it, relative to the package (`.Settings$X`). */
  readonly activity: string;
  readonly minSdk?: number;
  readonly maxSdk?: number;
}

/** Components started by name (`am start -n`). */
const COMPONENTS: readonly SettingsActivity[] = [
  // Settings.java inner activity since Android 4.0; PackageInstaller's "Manage device admin
  // apps" button opens it (UninstallFinish.addDeviceManagerButton).
  { activity: '.Settings$DeviceAdminSettingsActivity', minSdk: 14 },
  // Android 2.2–2.3: a ListActivity of its own.
  { activity: '.DeviceAdminSettings', maxSdk: 13 },
  { activity: '.Settings$AccessibilitySettingsActivity', minSdk: 14 },
  { activity: '.Settings$SecuritySettingsActivity', minSdk: 14 },
  { activity: '.applications.InstalledAppDetails', minSdk: 9 },
];

/** Actions (`am start -a`) → the activity that handles them. */
const ACTIONS: ReadonlyMap<string, SettingsActivity> = new Map([
  ['android.settings.SETTINGS', { activity: '.Settings' }],
  ['android.settings.SECURITY_SETTINGS', { activity: '.Settings$SecuritySettingsActivity' }],
  [
    'android.settings.ACCESSIBILITY_SETTINGS',
    { activity: '.Settings$AccessibilitySettingsActivity', minSdk: 5 },
  ],
  [
    'android.settings.APPLICATION_DETAILS_SETTINGS',
    { activity: '.applications.InstalledAppDetails', minSdk: 9 },
  ],
  [
    'android.settings.USAGE_ACCESS_SETTINGS',
    { activity: '.Settings$UsageAccessSettingsActivity', minSdk: 21 },
  ],
  [
    'android.settings.ACTION_NOTIFICATION_LISTENER_SETTINGS',
    { activity: '.Settings$NotificationAccessSettingsActivity', minSdk: 22 },
  ],
  [
    'android.settings.action.MANAGE_OVERLAY_PERMISSION',
    { activity: '.Settings$AppDrawOverlaySettingsActivity', minSdk: 23 },
  ],
]);

const available = (state: PhoneState, entry: SettingsActivity, name: string): boolean => {
  const sdk = sdkOf(state);
  if (entry.minSdk !== undefined && sdk < entry.minSdk) return false;
  if (entry.maxSdk !== undefined && sdk > entry.maxSdk) return false;
  if (state.missingSettingsScreens?.includes(name)) return false;
  return state.packages.get(SETTINGS_PACKAGE)?.users[0]?.installed === true;
};

/** Class name relative to its package (`.Cls`) when it lies inside it, else the full name. */
export const shortClassName = (pkg: string, cls: string): string =>
  cls.startsWith(`${pkg}.`) ? cls.slice(pkg.length) : cls;

/** `pkg/.Cls` of a Settings component `am start -n` may start, or undefined. */
export const settingsComponent = (state: PhoneState, pkg: string, cls: string): string | undefined => {
  if (pkg !== SETTINGS_PACKAGE) return undefined;
  const component = `${pkg}/${shortClassName(pkg, cls)}`;
  const entry = COMPONENTS.find((each) => `${pkg}/${each.activity}` === component);
  return entry !== undefined && available(state, entry, component) ? component : undefined;
};

/** `pkg/.Cls` of the Settings activity that handles `action`, or undefined. */
export const settingsActionHandler = (state: PhoneState, action: string): string | undefined => {
  const entry = ACTIONS.get(action);
  return entry !== undefined && available(state, entry, action)
    ? `${SETTINGS_PACKAGE}/${entry.activity}`
    : undefined;
};
