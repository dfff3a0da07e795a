// "Open this settings screen on the phone" (e.g. device admin apps, which adb shell cannot take
// away): checks the request against the screen table, then opens it on the chosen device.
import type { DeviceRef, OpenPhoneSettingsResult, PhoneSettingsScreen } from '../../preload/contract';
import type { AdbService } from '../adb/adb-service';
import { openSettingsScreen } from '../phone-settings/open-settings-screen';
import { needsPackage } from '../phone-settings/settings-screens';
import { RequestRefused } from './service-errors';

export interface OpenPhoneSettingsRequest {
  readonly device: DeviceRef;
  readonly screen: PhoneSettingsScreen;
  readonly packageName?: string;
}

export interface PhoneSettingsService {
  open(request: OpenPhoneSettingsRequest): Promise<OpenPhoneSettingsResult>;
}

export const createPhoneSettingsService = (options: {
  readonly adb: Pick<AdbService, 'device'>;
}): PhoneSettingsService => ({
  open: async ({ device, screen, packageName }) => {
    if (needsPackage(screen) !== (packageName !== undefined)) {
      throw new RequestRefused(
        needsPackage(screen)
          ? `the ${screen} screen is about one app: give its package name`
          : `the ${screen} screen takes no package name`,
      );
    }
    return openSettingsScreen({
      session: options.adb.device(device.serial, device.server),
      screen,
      ...(packageName === undefined ? {} : { packageName }),
    });
  },
});
