// One AppEntry of the snapshot: a parsed package seen by one user (uid = user × 100000 +
// appId, that user's install/enabled/hidden/suspended/stopped state, its runtime grants),
// with its app ops for that uid and when usagestats last saw it used. Placeholder install
// dates (system image stamps) are left out as unknown.
import { EnabledState, type AppCapabilities, type AppEntry } from '../../snapshot/device-snapshot';
import type { LocalTime, ParsedPackage } from '../parsers/dumpsys-package';
import type { AppOpsIndex } from './app-ops-index';
import { appPermissions } from './app-permissions';

const PER_USER_RANGE = 100_000;

const real = (time: LocalTime | undefined): number | undefined =>
  time === undefined || time.placeholder ? undefined : time.ms;

export interface AppEntryContext {
  readonly userId: number;
  readonly sdk: number | undefined;
  readonly appOps: AppOpsIndex;
  readonly lastUsed: ReadonlyMap<string, number>;
  /** Declared capabilities per package (resolver tables), when read. */
  readonly capabilities?: ReadonlyMap<string, AppCapabilities>;
}

export const uidFor = (userId: number, appId: number | undefined): number | undefined =>
  appId === undefined ? undefined : userId * PER_USER_RANGE + appId;

export const buildAppEntry = (pkg: ParsedPackage, context: AppEntryContext): AppEntry => {
  const user = pkg.users.get(context.userId);
  const uid = uidFor(context.userId, pkg.appId);
  const entry: { -readonly [K in keyof AppEntry]: AppEntry[K] } = {
    packageName: pkg.packageName,
    isSystem: pkg.isSystem,
    isUpdatedSystem: pkg.isUpdatedSystem,
    // No per-user blocks at all (an excerpt): the package is there; else the user's block says.
    installed: user === undefined ? pkg.users.size === 0 : user.installed !== false,
    enabled: user?.enabled ?? EnabledState.Default,
    hidden: user?.hidden === true,
    suspended: user?.suspended === true,
    stopped: user?.stopped === true,
    requestedPermissions: pkg.requestedPermissions.map((request) => request.name),
    permissions: appPermissions(pkg, { user, sdk: context.sdk }),
    appOps: context.appOps.opsOf(pkg.packageName, uid),
  };
  if (uid !== undefined) entry.uid = uid;
  if (pkg.appId !== undefined) entry.appId = pkg.appId;
  if (pkg.sharedUser !== undefined) entry.sharedUser = pkg.sharedUser;
  if (pkg.versionName !== undefined) entry.versionName = pkg.versionName;
  if (pkg.versionCode !== undefined) entry.versionCode = pkg.versionCode;
  if (pkg.minSdk !== undefined) entry.minSdk = pkg.minSdk;
  if (pkg.targetSdk !== undefined) entry.targetSdk = pkg.targetSdk;
  if (pkg.installer !== undefined) entry.installer = pkg.installer;
  if (pkg.initiatingInstaller !== undefined) entry.initiatingInstaller = pkg.initiatingInstaller;
  const firstInstall = real(pkg.firstInstallTime) ?? real(user?.firstInstallTime);
  if (firstInstall !== undefined) entry.firstInstallMs = firstInstall;
  const lastUpdate = real(pkg.lastUpdateTime);
  if (lastUpdate !== undefined) entry.lastUpdateMs = lastUpdate;
  if (pkg.codePath !== undefined) entry.codePath = pkg.codePath;
  const lastUsed = context.lastUsed.get(pkg.packageName);
  if (lastUsed !== undefined) entry.lastUsedMs = lastUsed;
  const capabilities = context.capabilities?.get(pkg.packageName);
  if (capabilities !== undefined) entry.capabilities = capabilities;
  return entry;
};
