import { describe, expect, it } from 'vitest';
import { SPECIAL_ACCESS_KEYS } from '../../../../preload/contract';
import { settingsLinkFor } from '../../../../renderer/src/views/phone-settings/settings-links';

describe('settingsLinkFor', () => {
  it('sends device admins to the phone with guidance, since adb cannot remove them', () => {
    expect(settingsLinkFor('device-admin')).toEqual({
      screen: 'device-admin',
      perApp: false,
      guidance: 'phoneSettings.guidance.device-admin',
    });
  });

  it('opens the overlay screen for the one app, the list screens without one', () => {
    expect(settingsLinkFor('overlay')).toEqual({ screen: 'overlay', perApp: true });
    expect(settingsLinkFor('accessibility')).toEqual({ screen: 'accessibility', perApp: false });
    expect(settingsLinkFor('notification-listener')?.screen).toBe('notification-listener');
    expect(settingsLinkFor('usage-access')?.screen).toBe('usage-access');
  });

  it('has no screen for accesses without one of their own', () => {
    const without = SPECIAL_ACCESS_KEYS.filter((key) => settingsLinkFor(key) === undefined);
    expect(without).toEqual(['install-unknown-apps', 'all-files-access', 'battery-exemption', 'ad-id']);
  });
});
