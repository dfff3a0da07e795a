// Android 10+ keeps each runtime permission's app op in step with the grant:
// PermissionPolicyService.synchronizePackagePermissionsAndAppOpsForUser sets the op's uid mode
// to `allow` when granted, `foreground` when only the foreground half is granted (location
// without ACCESS_BACKGROUND_LOCATION; camera and microphone from 11, whose background halves
// are system-only), and `ignore` when revoked. Before 10 a revoke left the op alone.
import { opForPermission } from '../../catalogue/runtime-permissions';
import type { AppOpMode, AppOpState, PackageState } from './phone-state';

const BACKGROUND_LOCATION = 'android.permission.ACCESS_BACKGROUND_LOCATION';
const LOCATION = new Set([
  'android.permission.ACCESS_FINE_LOCATION',
  'android.permission.ACCESS_COARSE_LOCATION',
]);
const WHILE_IN_USE_FROM_11 = new Set(['android.permission.CAMERA', 'android.permission.RECORD_AUDIO']);

export interface PermissionOpSyncOptions {
  readonly pkg: PackageState;
  readonly userId: number;
  readonly permission: string;
  readonly sdk: number;
}

const modeFor = (options: PermissionOpSyncOptions, granted: boolean): AppOpMode => {
  if (!granted) return 'ignore';
  const { pkg, userId, permission, sdk } = options;
  if (LOCATION.has(permission)) {
    const background = pkg.users[userId]?.runtimePermissions.find(
      (entry) => entry.name === BACKGROUND_LOCATION,
    );
    return background?.granted === true ? 'allow' : 'foreground';
  }
  if (sdk >= 30 && WHILE_IN_USE_FROM_11.has(permission)) return 'foreground';
  return 'allow';
};

const setUidMode = (ops: AppOpState[], op: string, mode: AppOpMode): void => {
  const existing = ops.find((entry) => entry.op === op && entry.uidMode === true);
  if (existing !== undefined) existing.mode = mode;
  else ops.push({ op, mode, uidMode: true, accesses: [], rejects: [] });
};

/** Brings the op behind `permission` in line with its grant (no-op before Android 10). */
export const syncPermissionAppOp = (options: PermissionOpSyncOptions): void => {
  const { pkg, userId, permission, sdk } = options;
  const user = pkg.users[userId];
  if (sdk < 29 || user === undefined || pkg.targetSdk < 23) return;
  const targets = permission === BACKGROUND_LOCATION ? [...LOCATION] : [permission];
  for (const target of targets) {
    const op = opForPermission(target);
    const entry = user.runtimePermissions.find((candidate) => candidate.name === target);
    if (op === undefined || entry === undefined) continue;
    setUidMode(user.appOps, op, modeFor({ ...options, permission: target }, entry.granted));
  }
};
