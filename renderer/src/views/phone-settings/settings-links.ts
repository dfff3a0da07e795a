// Which special accesses can be looked at (or, for device admins, only changed) in a settings
// screen on the phone, and whether that screen is about one app. Plain data for the views.
import { PACKAGE_SETTINGS_SCREENS, PhoneSettingsScreen } from '../../../../preload/contract';
import type { SpecialAccessKey } from '../../../../preload/contract';
import type { PlainMessageKey } from '../../i18n/translate';

export interface SettingsLink {
  readonly screen: PhoneSettingsScreen;
  /** The screen is about one app: the request carries its package name. */
  readonly perApp: boolean;
  /** Set when adb cannot make this change at all: why, and where on the phone to make it. */
  readonly guidance?: PlainMessageKey;
}

const SCREEN_OF: Partial<Readonly<Record<SpecialAccessKey, PhoneSettingsScreen>>> = {
  'device-admin': PhoneSettingsScreen.DeviceAdmin,
  accessibility: PhoneSettingsScreen.Accessibility,
  'notification-listener': PhoneSettingsScreen.NotificationListener,
  'usage-access': PhoneSettingsScreen.UsageAccess,
  overlay: PhoneSettingsScreen.Overlay,
};

export const settingsLinkFor = (key: SpecialAccessKey): SettingsLink | undefined => {
  const screen = SCREEN_OF[key];
  if (screen === undefined) return undefined;
  return {
    screen,
    perApp: PACKAGE_SETTINGS_SCREENS.includes(screen),
    ...(screen === PhoneSettingsScreen.DeviceAdmin
      ? { guidance: 'phoneSettings.guidance.device-admin' }
      : {}),
  };
};
