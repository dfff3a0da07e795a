// "Open this settings screen on the phone": the screens the app may open (a fixed list, never a
// free intent), what the phone started, and which screens need the app's package name.

export const PhoneSettingsScreen = {
  /** Device admin apps: the only place an admin can be deactivated (adb shell cannot). */
  DeviceAdmin: 'device-admin',
  Accessibility: 'accessibility',
  NotificationListener: 'notification-listener',
  UsageAccess: 'usage-access',
  /** "Display over other apps" for one app. */
  Overlay: 'overlay',
  /** The app's own App info screen. */
  AppDetails: 'app-details',
} as const;
export type PhoneSettingsScreen = (typeof PhoneSettingsScreen)[keyof typeof PhoneSettingsScreen];

export const PHONE_SETTINGS_SCREENS = Object.values(PhoneSettingsScreen);

/** Screens that open for one app and so need `packageName`. */
export const PACKAGE_SETTINGS_SCREENS: readonly PhoneSettingsScreen[] = [
  PhoneSettingsScreen.Overlay,
  PhoneSettingsScreen.AppDetails,
];

export interface OpenPhoneSettingsResult {
  readonly screen: PhoneSettingsScreen;
  /** The intent the phone started, as `am start` printed it (`Intent { act=… }`). */
  readonly intent: string;
  /** True when the preferred screen is missing on this phone and a more general one opened. */
  readonly fallback: boolean;
}
