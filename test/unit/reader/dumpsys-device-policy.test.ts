import { describe, expect, it } from 'vitest';
import { parseDevicePolicy } from '../../../main/reader/parsers/dumpsys-device-policy';
import { fuzz, readSample } from './offline/sample-support';

describe('parseDevicePolicy', () => {
  it('Sunmi Android 11 device owner: owner, user, and the active admin of user 0', () => {
    const result = parseDevicePolicy(readSample('dumpsys-device_policy_sunmi-qualcomm_11_device-owner.txt'));
    expect(result.warnings).toEqual([]);
    expect(result.value).toEqual({
      deviceOwner: {
        packageName: 'com.example.android.deviceowner',
        component: 'com.example.android.deviceowner/com.example.android.deviceowner.DeviceOwnerReceiver',
        userId: 0,
      },
      profileOwners: [],
      activeAdmins: [{ userId: 0, components: ['com.example.android.deviceowner/.DeviceOwnerReceiver'] }],
    });
  });

  it('profile owners of a work profile and admins of several users (Owners.dump layout)', () => {
    const text = [
      'Current Device Policy Manager state:',
      '  Profile Owner (User 10): ',
      '    admin=ComponentInfo{com.google.android.apps.work.clouddpc/com.google.android.apps.work.clouddpc.receivers.CloudDeviceAdminReceiver}',
      '    name=',
      '    package=com.google.android.apps.work.clouddpc',
      '    isOrganizationOwnedDevice=false',
      '  ',
      '  Enabled Device Admins (User 0, provisioningState: 3):',
      '    com.android.chrome/com.google.android.apps.chrome.DeviceAdmin:',
      '      uid=10111',
      '      policies:',
      '        wipe-data',
      '  ',
      '  Enabled Device Admins (User 10, provisioningState: 3):',
      '    com.google.android.apps.work.clouddpc/.receivers.CloudDeviceAdminReceiver:',
      '      uid=1010203',
      '  Encryption Status: per-user',
    ].join('\n');
    const result = parseDevicePolicy(text);
    expect(result.value.deviceOwner).toBeUndefined();
    expect(result.value.profileOwners).toEqual([
      {
        packageName: 'com.google.android.apps.work.clouddpc',
        component:
          'com.google.android.apps.work.clouddpc/com.google.android.apps.work.clouddpc.receivers.CloudDeviceAdminReceiver',
        userId: 10,
      },
    ]);
    expect(result.value.activeAdmins).toEqual([
      { userId: 0, components: ['com.android.chrome/com.google.android.apps.chrome.DeviceAdmin'] },
      {
        userId: 10,
        components: ['com.google.android.apps.work.clouddpc/.receivers.CloudDeviceAdminReceiver'],
      },
    ]);
  });

  it('warns about a missing service and untrusted component names', () => {
    const missing = parseDevicePolicy("Can't find service: device_policy\n");
    expect(missing.value).toEqual({ profileOwners: [], activeAdmins: [] });
    expect(missing.warnings[0]?.message).toMatch(/not dumped/);
    const evil = parseDevicePolicy(
      '  Enabled Device Admins (User 0, provisioningState: 3):\n    com.a/$(reboot):\n',
    );
    expect(evil.value.activeAdmins).toEqual([{ userId: 0, components: [] }]);
    expect(evil.warnings).toHaveLength(1);
  });

  it('never throws on mutated samples', () => {
    const text = readSample('dumpsys-device_policy_sunmi-qualcomm_11_device-owner.txt');
    expect(fuzz([text], { seed: 21, rounds: 150, parse: parseDevicePolicy })).toBe(150);
  });
});
