// The platform's dangerous (runtime) permissions and their groups, from
// ../../../../shared/reference/rules/permissions.json (AOSP core/res/AndroidManifest.xml via
// androguard; groups before API 29 from the manifest, later the manifest says UNDEFINED).
// Used by `pm list permissions -g -d` and by grant/revoke to tell runtime from install-time.

export interface CatalogueEntry {
  readonly name: string;
  /** First API level where the permission exists as a runtime permission. */
  readonly since: number;
  /** `android:permissionGroup` in the manifest before API 29 (UNDEFINED from 29). */
  readonly group: string;
}

const G = 'android.permission-group.';
const P = 'android.permission.';

const entry = (name: string, since: number, group: string): CatalogueEntry => ({
  name: name.includes('.') ? name : `${P}${name}`,
  since,
  group: `${G}${group}`,
});

export const RUNTIME_PERMISSIONS: readonly CatalogueEntry[] = [
  entry('READ_CONTACTS', 23, 'CONTACTS'),
  entry('WRITE_CONTACTS', 23, 'CONTACTS'),
  entry('GET_ACCOUNTS', 23, 'CONTACTS'),
  entry('READ_CALENDAR', 23, 'CALENDAR'),
  entry('WRITE_CALENDAR', 23, 'CALENDAR'),
  entry('SEND_SMS', 23, 'SMS'),
  entry('RECEIVE_SMS', 23, 'SMS'),
  entry('READ_SMS', 23, 'SMS'),
  entry('RECEIVE_WAP_PUSH', 23, 'SMS'),
  entry('RECEIVE_MMS', 23, 'SMS'),
  entry('READ_CELL_BROADCASTS', 23, 'SMS'),
  entry('READ_EXTERNAL_STORAGE', 23, 'STORAGE'),
  entry('WRITE_EXTERNAL_STORAGE', 23, 'STORAGE'),
  entry('ACCESS_FINE_LOCATION', 23, 'LOCATION'),
  entry('ACCESS_COARSE_LOCATION', 23, 'LOCATION'),
  entry('READ_PHONE_STATE', 23, 'PHONE'),
  entry('CALL_PHONE', 23, 'PHONE'),
  entry('USE_SIP', 23, 'PHONE'),
  entry('com.android.voicemail.permission.ADD_VOICEMAIL', 23, 'PHONE'),
  entry('READ_CALL_LOG', 23, 'CALL_LOG'),
  entry('WRITE_CALL_LOG', 23, 'CALL_LOG'),
  entry('PROCESS_OUTGOING_CALLS', 23, 'CALL_LOG'),
  entry('RECORD_AUDIO', 23, 'MICROPHONE'),
  entry('CAMERA', 23, 'CAMERA'),
  entry('BODY_SENSORS', 23, 'SENSORS'),
  entry('READ_PHONE_NUMBERS', 26, 'PHONE'),
  entry('ANSWER_PHONE_CALLS', 26, 'PHONE'),
  entry('ACCEPT_HANDOVER', 28, 'PHONE'),
  entry('ACCESS_BACKGROUND_LOCATION', 29, 'UNDEFINED'),
  entry('ACCESS_MEDIA_LOCATION', 29, 'UNDEFINED'),
  entry('ACTIVITY_RECOGNITION', 29, 'UNDEFINED'),
  entry('BLUETOOTH_ADVERTISE', 31, 'UNDEFINED'),
  entry('BLUETOOTH_CONNECT', 31, 'UNDEFINED'),
  entry('BLUETOOTH_SCAN', 31, 'UNDEFINED'),
  entry('UWB_RANGING', 31, 'UNDEFINED'),
  entry('BODY_SENSORS_BACKGROUND', 33, 'UNDEFINED'),
  entry('NEARBY_WIFI_DEVICES', 33, 'UNDEFINED'),
  entry('POST_NOTIFICATIONS', 33, 'UNDEFINED'),
  entry('READ_MEDIA_AUDIO', 33, 'UNDEFINED'),
  entry('READ_MEDIA_IMAGES', 33, 'UNDEFINED'),
  entry('READ_MEDIA_VIDEO', 33, 'UNDEFINED'),
  entry('READ_MEDIA_VISUAL_USER_SELECTED', 34, 'UNDEFINED'),
  entry('RANGING', 35, 'UNDEFINED'),
];

/**
 * Permission groups the platform declares, in AndroidManifest order, per API level (order as
 * `pm list permission-groups` prints it on an Android 13/14 phone and `-g -d` on 6.0).
 */
export const platformGroups = (sdk: number): string[] => {
  const groups: [string, number][] = [
    ['CONTACTS', 23],
    ['PHONE', 23],
    ['CALENDAR', 23],
    ['CALL_LOG', 28],
    ['CAMERA', 23],
    ['READ_MEDIA_VISUAL', 33],
    ['READ_MEDIA_AURAL', 33],
    ['UNDEFINED', 29],
    ['ACTIVITY_RECOGNITION', 29],
    ['SENSORS', 23],
    ['LOCATION', 23],
    ['STORAGE', 23],
    ['NOTIFICATIONS', 33],
    ['MICROPHONE', 23],
    ['NEARBY_DEVICES', 31],
    ['SMS', 23],
  ];
  return groups.filter(([, since]) => since <= sdk).map(([group]) => `${G}${group}`);
};

/** The runtime permissions that exist at `sdk`, with the group the manifest gives them there. */
export const runtimePermissionsAt = (sdk: number): CatalogueEntry[] =>
  RUNTIME_PERMISSIONS.filter((permission) => permission.since <= sdk).map((permission) => {
    if (sdk >= 29) return { ...permission, group: `${G}UNDEFINED` };
    // Before 28 the call-log permissions belonged to PHONE (no CALL_LOG group yet).
    if (sdk < 28 && permission.group === `${G}CALL_LOG`) return { ...permission, group: `${G}PHONE` };
    return permission;
  });

export const isPlatformRuntimePermission = (name: string, sdk: number): boolean =>
  RUNTIME_PERMISSIONS.some((permission) => permission.name === name && permission.since <= sdk);

/**
 * Platform permissions with the `development` protection flag: not runtime, yet `pm grant`
 * may change them (core/res/AndroidManifest.xml, e.g. WRITE_SECURE_SETTINGS
 * `signature|privileged|development`).
 */
export const DEVELOPMENT_PERMISSIONS: readonly string[] = [
  'WRITE_SECURE_SETTINGS',
  'DUMP',
  'READ_LOGS',
  'SET_ANIMATION_SCALE',
  'CHANGE_CONFIGURATION',
  'PACKAGE_USAGE_STATS',
  'GET_APP_OPS_STATS',
  'SET_PROCESS_LIMIT',
  'SET_DEBUG_APP',
  'SET_ALWAYS_FINISH',
  'SIGNAL_PERSISTENT_PROCESSES',
  'INTERACT_ACROSS_USERS',
  'BATTERY_STATS',
  'SYSTEM_ALERT_WINDOW',
].map((name) => `${P}${name}`);
