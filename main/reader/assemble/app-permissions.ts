// An app's permissions for one user: the runtime grants of that user's block, the install-time
// grants, and requested runtime permissions the dump does not list (never granted, no flags:
// AOSP prints only permissions with a state), each joined with the project's catalogue
// (group, protection level, API level) and the `restricted` mark of its request.
import { isRuntimePermissionAt, runtimePermission } from '../../catalogue/runtime-permissions';
import type { PermissionEntry } from '../../snapshot/device-snapshot';
import type { ParsedPackage, ParsedUserState } from '../parsers/dumpsys-package';

const NO_FLAGS: readonly string[] = Object.freeze([]);
/** Android 6: the first release with runtime permissions. */
const RUNTIME_PERMISSIONS_SDK = 23;

const withCatalogue = (entry: PermissionEntry, restricted: ReadonlySet<string>): PermissionEntry => {
  const known = runtimePermission(entry.name);
  const out: { -readonly [K in keyof PermissionEntry]: PermissionEntry[K] } = {
    name: entry.name,
    type: entry.type,
    granted: entry.granted,
    flags: entry.flags,
  };
  if (restricted.has(entry.name)) out.restricted = true;
  if (known !== undefined) {
    if (known.group !== undefined) out.group = known.group;
    out.protectionLevel = known.protectionLevel;
    out.apiAdded = known.since;
    if (known.op !== undefined) out.op = known.op;
  }
  return out;
};

export const appPermissions = (
  pkg: ParsedPackage,
  context: { user: ParsedUserState | undefined; sdk: number | undefined },
): PermissionEntry[] => {
  const restricted = new Set(pkg.requestedPermissions.filter((r) => r.restricted).map((r) => r.name));
  const out: PermissionEntry[] = [];
  const listed = new Set<string>();
  for (const entry of context.user?.runtimePermissions ?? []) {
    if (listed.has(entry.name)) continue;
    listed.add(entry.name);
    out.push(withCatalogue(entry, restricted));
  }
  const { sdk } = context;
  if (context.user !== undefined && sdk !== undefined && sdk >= RUNTIME_PERMISSIONS_SDK) {
    for (const { name } of pkg.requestedPermissions) {
      if (listed.has(name) || !isRuntimePermissionAt(name, sdk)) continue;
      if (pkg.installPermissions.some((entry) => entry.name === name)) continue;
      listed.add(name);
      out.push(withCatalogue({ name, type: 'runtime', granted: false, flags: NO_FLAGS }, restricted));
    }
  }
  for (const entry of pkg.installPermissions) {
    if (listed.has(entry.name)) continue;
    listed.add(entry.name);
    out.push(withCatalogue(entry, restricted));
  }
  return out;
};
