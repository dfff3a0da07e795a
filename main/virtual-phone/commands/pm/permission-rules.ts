// How the permission service classifies a permission and checks a shell grant/revoke:
// PermissionManagerServiceImpl.grantRuntimePermissionInternal / revokeRuntimePermissionInternal
// (12+), PermissionManagerService + BasePermission.enforceDeclaredUsedAndRuntimeOrDevelopment
// (8–10) and PackageManagerService.grantRuntimePermission (≤ 7).
import type { PackageState, PhoneState } from '../../android/phone-state';
import { DEVELOPMENT_PERMISSIONS, isPlatformRuntimePermission } from '../permission-catalogue';

export const PermissionKind = {
  Runtime: 'runtime',
  Development: 'development',
  InstallTime: 'install-time',
  Unknown: 'unknown',
} as const;
export type PermissionKind = (typeof PermissionKind)[keyof typeof PermissionKind];

/** Platform catalogue first, then what packages declare; anything merely requested is install-time. */
export const permissionKind = (state: PhoneState, sdk: number, name: string): PermissionKind => {
  if (isPlatformRuntimePermission(name, sdk)) return PermissionKind.Runtime;
  if (DEVELOPMENT_PERMISSIONS.includes(name)) return PermissionKind.Development;
  let known = false;
  for (const pkg of state.packages.values()) {
    const declared = pkg.declaredPermissions.find((permission) => permission.name === name);
    if (declared !== undefined) {
      const levels = declared.protectionLevel.split('|');
      if (levels.includes('dangerous')) return PermissionKind.Runtime;
      if (levels.includes('development')) return PermissionKind.Development;
      known = true;
    }
    if (!known && (pkg.requestedPermissions.includes(name) || pkg.installPermissions.includes(name)))
      known = true;
  }
  return known ? PermissionKind.InstallTime : PermissionKind.Unknown;
};

const frames12 = (grant: boolean): string[] => {
  const method = grant ? 'grantRuntimePermission' : 'revokeRuntimePermission';
  return [
    `com.android.server.pm.permission.PermissionManagerServiceImpl.${method}Internal(PermissionManagerServiceImpl.java:${grant ? 1407 : 1536})`,
    `com.android.server.pm.permission.PermissionManagerServiceImpl.${method}(PermissionManagerServiceImpl.java:${grant ? 1341 : 1480})`,
    `com.android.server.pm.permission.PermissionManagerService.${method}(PermissionManagerService.java:${grant ? 553 : 566})`,
    `android.permission.PermissionManager.${method}(PermissionManager.java:${grant ? 597 : 640})`,
    'com.android.server.pm.PackageManagerShellCommand.runGrantRevokePermission(PackageManagerShellCommand.java:2591)',
    'com.android.server.pm.PackageManagerShellCommand.onCommand(PackageManagerShellCommand.java:302)',
  ];
};

const frames8 = (grant: boolean, enforce: boolean): string[] => {
  const method = grant ? 'grantRuntimePermission' : 'revokeRuntimePermission';
  return [
    ...(enforce
      ? [
          'com.android.server.pm.permission.BasePermission.enforceDeclaredUsedAndRuntimeOrDevelopment(BasePermission.java:379)',
        ]
      : []),
    `com.android.server.pm.permission.PermissionManagerService.${method}(PermissionManagerService.java:1448)`,
    'com.android.server.pm.permission.PermissionManagerService.access$900(PermissionManagerService.java:91)',
    `com.android.server.pm.permission.PermissionManagerService$PermissionManagerInternalImpl.${method}(PermissionManagerService.java:2145)`,
    `com.android.server.pm.PackageManagerService.${method}(PackageManagerService.java:6000)`,
    'com.android.server.pm.PackageManagerShellCommand.runGrantRevokePermission(PackageManagerShellCommand.java:1869)',
    'com.android.server.pm.PackageManagerShellCommand.onCommand(PackageManagerShellCommand.java:208)',
  ];
};

/** Stack frames below the handler for a grant/revoke failure on `sdk`. */
export const grantFrames = (sdk: number, options: { grant: boolean; enforce?: boolean }): string[] =>
  sdk >= 30 ? frames12(options.grant) : frames8(options.grant, options.enforce ?? false);

/** MIUI / ColorOS style refusal: the shell lacks GRANT_/REVOKE_RUNTIME_PERMISSIONS (ContextImpl.enforce). */
export const enforceFrames = (sdk: number, grant: boolean): string[] => [
  'android.app.ContextImpl.enforce(ContextImpl.java:2253)',
  'android.app.ContextImpl.enforceCallingOrSelfPermission(ContextImpl.java:2281)',
  ...grantFrames(sdk, { grant }),
];

export const isRequested = (pkg: PackageState, userId: number, permission: string): boolean =>
  pkg.requestedPermissions.includes(permission) ||
  (pkg.users[userId]?.runtimePermissions.some((entry) => entry.name === permission) ?? false);
