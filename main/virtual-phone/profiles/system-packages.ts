// Specs for system packages a profile lists by name only (`systemPackageNames`): the shared
// uids AOSP assigns to well-known packages, `privileged` for priv-app style packages, and the
// permissions the package's role implies (contacts for dialers, camera for cameras …).
import { hash32 } from '../dumpsys/identity';
import type { PackageSpec } from './profile-schema';
import { packageSpecSchema } from './profile-schema';

const SHARED_USERS: Readonly<Record<string, string>> = {
  android: 'android.uid.system',
  'com.android.settings': 'android.uid.system',
  'com.android.providers.settings': 'android.uid.system',
  'com.android.location.fused': 'android.uid.system',
  'com.android.keychain': 'android.uid.system',
  'com.android.inputdevices': 'android.uid.system',
  'com.android.server.telecom': 'android.uid.system',
  'com.android.wallpaperbackup': 'android.uid.system',
  'com.android.localtransport': 'android.uid.system',
  'com.android.dynsystem': 'android.uid.system',
  'com.android.phone': 'android.uid.phone',
  'com.android.providers.telephony': 'android.uid.phone',
  'com.android.stk': 'android.uid.phone',
  'com.android.bluetooth': 'android.uid.bluetooth',
  'com.android.shell': 'android.uid.shell',
  'com.android.nfc': 'android.uid.nfc',
  'com.android.providers.media': 'android.media',
  'com.android.providers.downloads': 'android.media',
  'com.android.mtp': 'android.media',
  'com.android.providers.contacts': 'android.uid.shared',
  'com.android.contacts': 'android.uid.shared',
  'com.android.providers.userdictionary': 'android.uid.shared',
  'com.android.systemui': 'android.uid.systemui',
};

/** Fixed app ids of the platform shared uids (android.os.Process). */
export const SHARED_USER_APP_IDS: Readonly<Record<string, number>> = {
  'android.uid.system': 1000,
  'android.uid.phone': 1001,
  'android.uid.bluetooth': 1002,
  'android.uid.nfc': 1027,
  'android.uid.shell': 2000,
};

const BASE = [
  'android.permission.INTERNET',
  'android.permission.RECEIVE_BOOT_COMPLETED',
  'android.permission.WAKE_LOCK',
];

const ROLE_PERMISSIONS: readonly [RegExp, readonly string[]][] = [
  [
    /contacts|dialer|incallui|phone|telecom/,
    [
      'android.permission.READ_CONTACTS',
      'android.permission.CALL_PHONE',
      'android.permission.READ_CALL_LOG',
      'android.permission.READ_PHONE_STATE',
    ],
  ],
  [
    /mms|messag|telephony/,
    ['android.permission.READ_SMS', 'android.permission.SEND_SMS', 'android.permission.RECEIVE_SMS'],
  ],
  [
    /camera/,
    [
      'android.permission.CAMERA',
      'android.permission.RECORD_AUDIO',
      'android.permission.ACCESS_FINE_LOCATION',
    ],
  ],
  [
    /gallery|photos|mediaviewer|media\b|fileexplorer|files/,
    [
      'android.permission.READ_EXTERNAL_STORAGE',
      'android.permission.WRITE_EXTERNAL_STORAGE',
      'android.permission.READ_MEDIA_IMAGES',
    ],
  ],
  [
    /location|gms|weather|maps/,
    ['android.permission.ACCESS_FINE_LOCATION', 'android.permission.ACCESS_COARSE_LOCATION'],
  ],
  [/calendar/, ['android.permission.READ_CALENDAR', 'android.permission.WRITE_CALENDAR']],
  [/soundrecorder|voiceassist|assistant|googlequicksearchbox/, ['android.permission.RECORD_AUDIO']],
];

/** A few of the permissions the `android` package declares (frameworks/base/core/res/AndroidManifest.xml). */
const PLATFORM_DECLARED = [
  { name: 'android.permission.REAL_GET_TASKS', protectionLevel: 'signature|privileged' },
  { name: 'android.permission.READ_PRIVILEGED_PHONE_STATE', protectionLevel: 'signature|privileged' },
  {
    name: 'android.permission.PACKAGE_USAGE_STATS',
    protectionLevel: 'signature|privileged|development|appop|retailDemo',
  },
  {
    name: 'android.permission.SYSTEM_ALERT_WINDOW',
    protectionLevel: 'signature|setup|appop|installer|pre23|development',
  },
  { name: 'android.permission.WRITE_SECURE_SETTINGS', protectionLevel: 'signature|privileged|development' },
  { name: 'android.permission.MANAGE_APP_OPS_MODES', protectionLevel: 'signature|installer|verifier' },
];

export const systemPackageSpec = (name: string): PackageSpec => {
  const permissions = [...BASE];
  for (const [pattern, extra] of ROLE_PERMISSIONS) if (pattern.test(name)) permissions.push(...extra);
  const spec: Record<string, unknown> = {
    name,
    system: true,
    privileged:
      name === 'android' ||
      /providers|settings|telecom|phone|systemui|security|permission/.test(name) ||
      hash32(name) % 3 === 0,
    permissions: [...new Set(permissions)],
  };
  const sharedUser = SHARED_USERS[name];
  if (sharedUser !== undefined) spec['sharedUser'] = sharedUser;
  if (name === 'android') spec['declaredPermissions'] = PLATFORM_DECLARED;
  return packageSpecSchema.parse(spec);
};
