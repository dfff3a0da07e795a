// Reads one package's state for one user from `dumpsys package <pkg>` (AOSP
// ComputerEngine.dumpPackagesLPr / Settings.dumpPackageLPr): installed/hidden/suspended/
// enabled per user and the runtime permissions with their flags (FORMATS.md §1.3–1.4).
import { arg, shellCommand } from '../../adb/shell-arguments';
import type { ParsedPackage, ParsedUserState } from '../../reader/parsers/dumpsys-package';
import { parseDumpsysPackage } from '../../reader/parsers/dumpsys-package';
import type { PermissionEntry } from '../../snapshot/device-snapshot';
import type { ActionContext } from '../action-executor';
import { readStep } from './step-commands';

export interface PackageView {
  readonly packageName: string;
  readonly userId: number;
  /** The package is known to the phone (in any user). */
  readonly known: boolean;
  /** Installed for this user (`installed=true` in its `User N:` block). */
  readonly installed: boolean;
  readonly targetSdk?: number;
  readonly parsed?: ParsedPackage;
  readonly user?: ParsedUserState;
}

export const dumpsysPackageCommand = (packageName: string) =>
  shellCommand('dumpsys', 'package', arg.package(packageName));

export const readPackage = async (
  context: ActionContext,
  target: { readonly packageName: string; readonly userId: number },
): Promise<PackageView> => {
  const text = await readStep(context, dumpsysPackageCommand(target.packageName));
  const parsed = parseDumpsysPackage(text).value.packages.get(target.packageName);
  const base = { packageName: target.packageName, userId: target.userId };
  if (parsed === undefined) return { ...base, known: false, installed: false };
  const user = parsed.users.get(target.userId);
  return {
    ...base,
    known: true,
    // Android 6 prints `installed=` in every block; a missing block means not for this user.
    installed: user !== undefined && user.installed !== false,
    parsed,
    ...(parsed.targetSdk === undefined ? {} : { targetSdk: parsed.targetSdk }),
    ...(user === undefined ? {} : { user }),
  };
};

/** The runtime permission entry for this user, if the dump lists it. */
export const permissionOf = (view: PackageView, permission: string): PermissionEntry | undefined =>
  view.user?.runtimePermissions.find((entry) => entry.name === permission);

/** Whether the package requests `permission` (manifest list or a per-user runtime entry). */
export const requests = (view: PackageView, permission: string): boolean =>
  (view.parsed?.requestedPermissions.some((entry) => entry.name === permission) ?? false) ||
  permissionOf(view, permission) !== undefined;

/** Apps targeting API < 23 get runtime permissions at install; shell revoke is a no-op for them. */
export const LEGACY_TARGET_SDK = 23;

export const isLegacyApp = (view: PackageView): boolean =>
  view.targetSdk !== undefined && view.targetSdk < LEGACY_TARGET_SDK;
