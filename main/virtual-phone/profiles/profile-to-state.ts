// A validated profile → the PhoneState a virtual phone serves: users, packages (with app ids
// allocated like PackageManager does: shared uids share one, others count up from 10000),
// settings, device policy, deviceidle whitelist and quirks.
import type { PackageState, PhoneState } from '../android/phone-state';
import { expandPermissions } from './expand-permissions';
import { buildPackage, type BuildContext } from './package-builder';
import type { PackageSpec, Profile } from './profile-schema';
import { resolveTime } from './profile-time';
import { SHARED_USER_APP_IDS, systemPackageSpec } from './system-packages';

const FIRST_APPLICATION_UID = 10_000;

const appIdAllocator = (): ((spec: PackageSpec) => number) => {
  const shared = new Map<string, number>(Object.entries(SHARED_USER_APP_IDS));
  const used = new Set<number>();
  let next = FIRST_APPLICATION_UID;
  const fresh = (): number => {
    while (used.has(next)) next++;
    used.add(next);
    return next;
  };
  return (spec) => {
    if (spec.appId !== undefined) {
      used.add(spec.appId);
      if (spec.sharedUser !== undefined) shared.set(spec.sharedUser, spec.appId);
      return spec.appId;
    }
    if (spec.sharedUser === undefined) return fresh();
    const known = shared.get(spec.sharedUser);
    if (known !== undefined) return known;
    const id = fresh();
    shared.set(spec.sharedUser, id);
    return id;
  };
};

type Owner = { component: string; userId: number; name?: string };

const toOwner = (owner: { component: string; userId: number; name?: string | undefined }): Owner =>
  owner.name === undefined
    ? { component: owner.component, userId: owner.userId }
    : { component: owner.component, userId: owner.userId, name: owner.name };

const toQuirks = (quirks: Profile['quirks']): PhoneState['quirks'] => {
  const result: PhoneState['quirks'] = {};
  for (const [key, value] of Object.entries(quirks)) {
    if (value !== undefined) result[key as keyof PhoneState['quirks']] = value;
  }
  return result;
};

const parseFlags = (flags: number | string): number =>
  typeof flags === 'number' ? flags : Number.parseInt(flags.replace(/^0x/, ''), 16);

const toSettings = (profile: Profile, userIds: readonly number[]): PhoneState['settings'] => {
  const perUser = (source: Record<string, Record<string, string>>): Map<number, Map<string, string>> => {
    const map = new Map<number, Map<string, string>>();
    for (const id of userIds) map.set(id, new Map(Object.entries(source[String(id)] ?? {})));
    return map;
  };
  return {
    global: new Map(Object.entries(profile.settings.global)),
    secure: perUser(profile.settings.secure),
    system: perUser(profile.settings.system),
  };
};

const appendSetting = (settings: Map<string, string>, options: { key: string; value: string }): void => {
  const { key, value } = options;
  const current = settings.get(key);
  if (key.endsWith('_enabled') || current === undefined || current === '' || current === 'null') {
    settings.set(key, value);
  } else if (!current.split(':').includes(value)) {
    settings.set(key, `${current}:${value}`);
  }
};

/** Builds the phone; `now` is the phone clock the relative times are resolved against. */
export const profileToState = (profile: Profile, options: { now: number; hostNow: number }): PhoneState => {
  const { now } = options;
  const sdk = Number(profile.props['ro.build.version.sdk'] ?? '34');
  const userIds = profile.users.map((user) => user.id);
  const context: BuildContext = {
    sdk,
    now,
    firstBoot: resolveTime(profile.firstBoot, now),
    userIds,
    opHistory: profile.opHistoryFromGrants,
    release: profile.props['ro.build.version.release'] ?? String(sdk),
    ...(profile.defaultInstaller === undefined ? {} : { defaultInstaller: profile.defaultInstaller }),
  };
  const state: PhoneState = {
    description: profile.description,
    props: { ...profile.props },
    clockOffsetMs: now - options.hostNow,
    timeZone: profile.timeZone,
    users: profile.users.map((user) => {
      const info: PhoneState['users'][number] = {
        id: user.id,
        name: user.name,
        flags: parseFlags(user.flags),
        running: user.running,
      };
      if (user.type !== undefined) info.type = user.type;
      if (user.shellAccessDenied !== undefined) info.shellAccessDenied = user.shellAccessDenied;
      return info;
    }),
    packages: new Map<string, PackageState>(),
    settings: toSettings(profile, userIds),
    devicePolicy: { profileOwners: profile.devicePolicy.profileOwners.map(toOwner), activeAdmins: [] },
    deviceIdleWhitelist: [],
    quirks: toQuirks(profile.quirks),
    files: new Map(),
  };
  if (profile.devicePolicy.deviceOwner !== undefined)
    state.devicePolicy.deviceOwner = toOwner(profile.devicePolicy.deviceOwner);
  // device and profile owners are active admins of their user (DevicePolicyManagerService)
  const owners = [
    ...(state.devicePolicy.deviceOwner === undefined ? [] : [state.devicePolicy.deviceOwner]),
    ...state.devicePolicy.profileOwners,
  ];
  for (const owner of owners)
    state.devicePolicy.activeAdmins.push({ component: owner.component, userId: owner.userId });
  const specs = [...profile.systemPackageNames.map(systemPackageSpec), ...profile.packages].map((spec) =>
    expandPermissions(spec, profile.permissionSets),
  );
  const allocate = appIdAllocator();
  for (const spec of specs) {
    const { pkg, effects } = buildPackage(spec, { appId: allocate(spec), context });
    state.packages.set(pkg.name, pkg);
    for (const append of effects.secureAppends) {
      const settings = state.settings.secure.get(0);
      if (settings !== undefined) appendSetting(settings, append);
    }
    for (const component of effects.deviceAdmins)
      state.devicePolicy.activeAdmins.push({ component, userId: 0 });
    if (effects.batteryExempt) state.deviceIdleWhitelist.push(pkg.name);
  }
  return state;
};
