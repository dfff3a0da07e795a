// The project's catalogue of Android runtime (dangerous) permissions: API level, protection
// level, manifest group (API 23–28) and user-visible group (PermissionController's
// PermissionMapping.kt), and the app op that backs each one (AppOpsManager). Generated from
// the reference facts by .config/scripts/generate-permission-catalogue.cjs; one source for the
// virtual phone, the reader and the necessity rules.
import catalogue from './data/runtime-permissions.json';

export interface RuntimePermission {
  readonly name: string;
  /** First API level where it is a runtime permission. */
  readonly since: number;
  /** As in the latest AOSP manifest, e.g. "dangerous|instant". */
  readonly protectionLevel: string;
  /** `android:permissionGroup` in the manifest from each API level on (UNDEFINED from 29). */
  readonly manifestGroups: readonly { readonly fromApi: number; readonly group: string }[];
  /** User-visible group (PermissionController), e.g. LOCATION, READ_MEDIA_VISUAL. */
  readonly group?: string;
  /** The source's wording when the group depends on the API level or a flag. */
  readonly groupNote: string;
  /** App op name without `android:`, as `appops get` prints it (e.g. COARSE_LOCATION). */
  readonly op?: string;
  readonly label?: string;
  readonly description?: string;
}

export const RUNTIME_PERMISSIONS: readonly RuntimePermission[] = catalogue.permissions;

const BY_NAME: ReadonlyMap<string, RuntimePermission> = new Map(
  RUNTIME_PERMISSIONS.map((permission) => [permission.name, permission]),
);

export const runtimePermission = (name: string): RuntimePermission | undefined => BY_NAME.get(name);

/** Whether `name` is a runtime permission on a phone of this API level. */
export const isRuntimePermissionAt = (name: string, sdk: number): boolean => {
  const permission = BY_NAME.get(name);
  return permission !== undefined && sdk >= permission.since;
};

/** The group `pm list permissions -g` files it under on a phone of this API level. */
export const manifestGroupAt = (name: string, sdk: number): string | undefined => {
  const permission = BY_NAME.get(name);
  if (permission === undefined || sdk < permission.since) return undefined;
  return permission.manifestGroups.findLast((step) => step.fromApi <= sdk)?.group;
};

/** The app op that backs a runtime permission (AppOpsManager.permissionToOp), if any. */
export const opForPermission = (name: string): string | undefined => BY_NAME.get(name)?.op;
