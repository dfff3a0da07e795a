// One profile package → PackageState: defaults filled in, runtime grants per user, app ops,
// special access. Side effects on the phone (settings, device admins, deviceidle whitelist)
// are returned for the profile builder to apply.
import type {
  PackageState,
  PackageUserState,
  PermissionFlag,
  RuntimePermissionState,
} from '../android/phone-state';
import { hash32 } from '../dumpsys/identity';
import { SYSTEM_IMAGE_TIME } from '../dumpsys/package/factory-copy';
import { buildAppOps } from './package-ops';
import {
  defaultCodePath,
  defaultPrivateFlags,
  defaultVersionCode,
  installPermissionsOf,
} from './package-defaults';
import type { PackageSpec } from './profile-schema';
import { resolveTime } from './profile-time';
import { isRuntimePermissionAt } from '../../catalogue/runtime-permissions';
import { specialEffects, type SpecialEffects } from './special-access';

export interface BuildContext {
  readonly sdk: number;
  readonly now: number;
  readonly firstBoot: number;
  readonly userIds: readonly number[];
  readonly opHistory: boolean;
  readonly defaultInstaller?: string;
  readonly release: string;
}

export interface BuiltPackage {
  readonly pkg: PackageState;
  readonly effects: SpecialEffects;
}

const DAY = 86_400_000;

const runtimeFlags = (spec: PackageSpec, options: { granted: boolean; sdk: number }): PermissionFlag[] => {
  if (spec.system) {
    return (
      spec.privileged ? ['SYSTEM_FIXED', 'GRANTED_BY_DEFAULT'] : ['GRANTED_BY_DEFAULT']
    ) as PermissionFlag[];
  }
  const flags: PermissionFlag[] = ['USER_SET'];
  if (!options.granted) flags.push('USER_FIXED');
  if (options.sdk >= 29) flags.push('USER_SENSITIVE_WHEN_GRANTED', 'USER_SENSITIVE_WHEN_DENIED');
  return flags;
};

const runtimePermissions = (
  spec: PackageSpec,
  options: { requested: string[]; sdk: number },
): RuntimePermissionState[] =>
  options.requested
    .filter((name) => isRuntimePermissionAt(name, options.sdk))
    .map((name) => {
      const grant = spec.grants[name];
      if (typeof grant === 'object')
        return { name, granted: grant.granted, flags: grant.flags as PermissionFlag[] };
      const granted = grant ?? true;
      return { name, granted, flags: runtimeFlags(spec, { granted, sdk: options.sdk }) };
    });

const installTimes = (spec: PackageSpec, context: BuildContext): { first: number; last: number } => {
  const { now, firstBoot } = context;
  if (spec.system && !spec.updatedSystem) {
    return {
      first: spec.installed === undefined ? firstBoot : resolveTime(spec.installed, now),
      last: SYSTEM_IMAGE_TIME,
    };
  }
  const span = Math.max(DAY, now - firstBoot);
  const first =
    spec.installed !== undefined
      ? resolveTime(spec.installed, now)
      : spec.system
        ? firstBoot
        : firstBoot + (hash32(`installed:${spec.name}`) % span);
  const last =
    spec.updated !== undefined
      ? resolveTime(spec.updated, now)
      : first + (hash32(`updated:${spec.name}`) % Math.max(1, now - first));
  return { first, last };
};

const userState = (
  spec: PackageSpec,
  options: {
    runtime: RuntimePermissionState[];
    context: BuildContext;
    first: number;
    appOps: PackageUserState['appOps'];
  },
): PackageUserState => {
  const { now } = options.context;
  const state: PackageUserState = {
    installed: true,
    enabled: spec.enabled as PackageUserState['enabled'],
    hidden: spec.hidden,
    suspended: spec.suspended,
    suspendingPackages: spec.suspended ? ['android'] : [],
    stopped: spec.stopped,
    notLaunched: spec.notLaunched ?? false,
    runtimePermissions: options.runtime.map((perm) => ({ ...perm, flags: [...perm.flags] })),
    appOps: options.appOps.map((op) => ({ ...op, accesses: [...op.accesses], rejects: [...op.rejects] })),
    firstInstallTime: options.first,
  };
  if (spec.lastDisabledCaller !== undefined) state.lastDisabledCaller = spec.lastDisabledCaller;
  if (spec.lastUsed !== undefined) state.lastTimeUsed = resolveTime(spec.lastUsed, now);
  return state;
};

export const buildPackage = (
  spec: PackageSpec,
  options: { appId: number; context: BuildContext },
): BuiltPackage => {
  const { context, appId } = options;
  const { sdk } = context;
  const effects = specialEffects(spec.name, spec.special);
  const requested = [...new Set([...spec.permissions, ...effects.permissions])];
  const runtime = runtimePermissions(spec, { requested, sdk });
  const appOps = buildAppOps(spec, {
    now: context.now,
    specialOps: effects.ops,
    runtime,
    history: context.opHistory,
  });
  const times = installTimes(spec, context);
  const userIds = spec.users ?? (spec.system ? context.userIds : [0]);
  const users: Record<number, PackageUserState> = {};
  for (const userId of userIds.filter((id) => context.userIds.includes(id))) {
    users[userId] = userState(spec, { runtime, context, first: times.first, appOps });
  }
  const declaredOwn = spec.declaredPermissions.map((perm) => perm.name);
  const pkg: PackageState = {
    name: spec.name,
    appId,
    versionName: spec.versionName ?? (spec.system ? context.release : '1.0.0'),
    versionCode: spec.versionCode ?? defaultVersionCode(spec),
    minSdk: spec.minSdk ?? Math.min(spec.targetSdk ?? sdk, spec.system ? sdk : 21),
    targetSdk: spec.targetSdk ?? sdk,
    codePath: spec.codePath ?? defaultCodePath(spec, sdk),
    apkFiles: ['base.apk', ...(spec.splits ?? []).map((split) => `split_${split}.apk`)],
    apkSizeBytes: spec.apkSizeBytes ?? 65_536 + (hash32(`size:${spec.name}`) % 1_000_000),
    system: spec.system,
    updatedSystem: spec.updatedSystem,
    pkgFlags: spec.flags ?? ['HAS_CODE', 'ALLOW_CLEAR_USER_DATA', 'ALLOW_BACKUP'],
    privateFlags: spec.privateFlags ?? defaultPrivateFlags(spec, sdk),
    firstInstallTime: times.first,
    lastUpdateTime: times.last,
    requestedPermissions: requested,
    installPermissions: [...new Set([...installPermissionsOf(spec, { requested }), ...declaredOwn])],
    declaredPermissions: spec.declaredPermissions,
    components: effects.components,
    users,
  };
  if (spec.label !== undefined) pkg.label = spec.label;
  if (spec.sharedUser !== undefined) pkg.sharedUser = spec.sharedUser;
  const installer =
    spec.installer ?? (spec.system && !spec.updatedSystem ? undefined : context.defaultInstaller);
  if (installer !== undefined) pkg.installer = installer;
  // updated system apps keep no initiating installer (wear OS 14 sample)
  const initiating = spec.initiatingInstaller ?? (spec.system ? undefined : installer);
  if (initiating !== undefined) pkg.initiatingInstaller = initiating;
  return { pkg, effects };
};
