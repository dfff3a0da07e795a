// What `pm` needs to know about platform permissions: the runtime ones come from the
// project catalogue (main/catalogue, generated from the reference facts); the group order
// and the development permissions are what `pm list` and `pm grant` print and allow.
import {
  RUNTIME_PERMISSIONS as CATALOGUE,
  isRuntimePermissionAt,
  manifestGroupAt,
} from '../../catalogue/runtime-permissions';

export interface CatalogueEntry {
  readonly name: string;
  /** First API level where the permission exists as a runtime permission. */
  readonly since: number;
  /** `android:permissionGroup` in the manifest at the API level asked for. */
  readonly group: string;
}

const G = 'android.permission-group.';
const P = 'android.permission.';

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
  CATALOGUE.flatMap((permission) => {
    const group = manifestGroupAt(permission.name, sdk);
    return group === undefined ? [] : [{ name: permission.name, since: permission.since, group }];
  });

export const isPlatformRuntimePermission = (name: string, sdk: number): boolean =>
  isRuntimePermissionAt(name, sdk);

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
