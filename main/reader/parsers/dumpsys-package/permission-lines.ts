// One permission line of a package block (indentation already removed), as printed by
// `Settings.dumpPackageLPr` / `dumpInstallPermissionsLPr` / `dumpRuntimePermissionsLPr`:
//   declared:  `<perm>: prot=signature|privileged, INSTALLED`   (16: no `, INSTALLED`)
//   requested: `<perm>` or `<perm>: restricted=true`             (10+)
//   granted:   `<perm>: granted=true` / `<perm>: granted=false, flags=[ USER_SET|ONE_TIME]`
// Each reader returns the entry, or a string saying why the line was not understood.
import type { PermissionEntry } from '../../../snapshot/device-snapshot';
import { isPermissionName } from '../device-names';
import { readFlagList } from './flags';
import type { DeclaredPermission, RequestedPermission } from './types';

const NO_FLAGS: readonly string[] = Object.freeze([]);

const badName = (name: string): string => `not a permission name: ${JSON.stringify(name.slice(0, 80))}`;

export const readGrantLine = (content: string, type: PermissionEntry['type']): PermissionEntry | string => {
  const colon = content.indexOf(': ');
  if (colon <= 0) return 'permission line without ": granted="';
  const name = content.slice(0, colon);
  if (!isPermissionName(name)) return badName(name);
  let granted: boolean;
  if (content.startsWith('granted=true', colon + 2)) granted = true;
  else if (content.startsWith('granted=false', colon + 2)) granted = false;
  else return `no granted= value for ${name}`;
  const flagsAt = content.indexOf('flags=[', colon + 2);
  if (flagsAt < 0) return { name, type, granted, flags: NO_FLAGS };
  const list = readFlagList(content, flagsAt + 6);
  if (list === undefined) return `flags of ${name} are cut short`;
  return { name, type, granted, flags: list.flags };
};

export const readRequestedLine = (content: string): RequestedPermission | string => {
  const colon = content.indexOf(':');
  const name = colon < 0 ? content : content.slice(0, colon);
  if (!isPermissionName(name)) return badName(name);
  const restricted = colon >= 0 && content.includes('restricted=true', colon);
  return { name, restricted };
};

export const readDeclaredLine = (content: string): DeclaredPermission | string => {
  const colon = content.indexOf(': ');
  if (colon <= 0) return 'declared permission without ": prot="';
  const name = content.slice(0, colon);
  if (!isPermissionName(name)) return badName(name);
  const protAt = content.indexOf('prot=', colon);
  if (protAt < 0) return `no prot= for ${name}`;
  const comma = content.indexOf(',', protAt);
  const protection = content.slice(protAt + 5, comma < 0 ? undefined : comma).trim();
  return { name, protection };
};
