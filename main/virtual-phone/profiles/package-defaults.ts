// Defaults a profile package inherits: code paths in the style of its Android version
// (FORMATS.md §1.2), flags, version numbers, timestamps, install-time permissions.
import { base64Token, hash32 } from '../dumpsys/identity';
import type { PackageSpec } from './profile-schema';
import { runtimePermission } from '../../catalogue/runtime-permissions';

/** Permissions shells and normal apps never get at install time (appop / signature ones). */
const NOT_INSTALL_GRANTED: ReadonlySet<string> = new Set([
  'android.permission.SYSTEM_ALERT_WINDOW',
  'android.permission.WRITE_SETTINGS',
  'android.permission.PACKAGE_USAGE_STATS',
  'android.permission.REQUEST_INSTALL_PACKAGES',
  'android.permission.MANAGE_EXTERNAL_STORAGE',
  'android.permission.WRITE_SECURE_SETTINGS',
  'android.permission.READ_LOGS',
  'android.permission.INSTALL_PACKAGES',
  'android.permission.BIND_ACCESSIBILITY_SERVICE',
  'android.permission.BIND_NOTIFICATION_LISTENER_SERVICE',
  'android.permission.BIND_DEVICE_ADMIN',
  'android.permission.BIND_INPUT_METHOD',
  'android.permission.SCHEDULE_EXACT_ALARM',
  'android.permission.MANAGE_USERS',
  'android.permission.GRANT_RUNTIME_PERMISSIONS',
]);

const folderName = (spec: PackageSpec): string => {
  const base = spec.label ?? spec.name.split('.').pop() ?? spec.name;
  const cleaned = base.replace(/[^A-Za-z0-9]/g, '');
  const word = cleaned === '' ? (spec.name.split('.').pop() ?? 'App') : cleaned;
  return word.charAt(0).toUpperCase() + word.slice(1);
};

export const defaultCodePath = (spec: PackageSpec, sdk: number): string => {
  if (spec.system && !spec.updatedSystem) {
    return `/system/${spec.privileged ? 'priv-app' : 'app'}/${folderName(spec)}`;
  }
  if (sdk <= 25) return `/data/app/${spec.name}-1`;
  if (sdk <= 29) return `/data/app/${spec.name}-${base64Token(spec.name)}`;
  return `/data/app/~~${base64Token(`dir:${spec.name}`)}/${spec.name}-${base64Token(spec.name)}`;
};

export const defaultPrivateFlags = (spec: PackageSpec, sdk: number): string[] => {
  const flags = spec.privileged ? ['PRIVILEGED'] : [];
  if (sdk < 29) return [...flags, 'RESIZEABLE_ACTIVITIES'];
  flags.push(
    'PRIVATE_FLAG_ACTIVITIES_RESIZE_MODE_RESIZEABLE_VIA_SDK_VERSION',
    'ALLOW_AUDIO_PLAYBACK_CAPTURE',
  );
  if (sdk >= 30) flags.push('PRIVATE_FLAG_ALLOW_NATIVE_HEAP_POINTER_TAGGING');
  return flags;
};

export const defaultVersionCode = (spec: PackageSpec): number => 100 + (hash32(`vc:${spec.name}`) % 900_000);

/** Install-time permissions: requested, not runtime, not appop/signature-only for normal apps. */
export const installPermissionsOf = (spec: PackageSpec, options: { requested: string[] }): string[] =>
  options.requested.filter((name) => {
    // runtime permissions, and those of later releases (unknown here), are never install-granted
    if (runtimePermission(name) !== undefined) return false;
    return spec.system || spec.privileged || !NOT_INSTALL_GRANTED.has(name);
  });
