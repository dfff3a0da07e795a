// `Shared users:` of the full dump (Settings.dumpSharedUsersLPr): one block per shared uid
// with the install and runtime permissions its packages hold together. `User N: ` keeps its
// trailing space and prints no state fields (FORMATS.md §2).
import type { PackageState, RuntimePermissionState } from '../../android/phone-state';
import { Sdk, type DumpContext } from '../dump-context';
import { identityHex } from '../identity';
import { gidsOf } from './package-flags';
import { runtimePermissionLine } from './user-block';

const byName = <T extends { name: string }>(items: Iterable<T>): T[] => {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(item.name)) seen.set(item.name, item);
  return [...seen.values()];
};

const sharedUserLines = (context: DumpContext, name: string, members: PackageState[]): string[] => {
  const { sdk, state } = context;
  const first = members[0];
  if (first === undefined) return [];
  const lines = [`  SharedUser [${name}] (${identityHex(`su:${name}`)}):`, `    userId=${first.appId}`];
  if (sdk >= Sdk.S) {
    lines.push('    Packages');
    for (const pkg of members) {
      lines.push(`      PackageSetting{${identityHex(`ps:${pkg.name}`)} ${pkg.name}/${pkg.appId}}`);
    }
  }
  const install = [...new Set(members.flatMap((pkg) => pkg.installPermissions))];
  if (install.length > 0) {
    lines.push('    install permissions:');
    for (const perm of install) lines.push(`      ${perm}: granted=true`);
  }
  for (const user of state.users) {
    const runtime: RuntimePermissionState[] = byName(
      members.flatMap((pkg) => pkg.users[user.id]?.runtimePermissions ?? []),
    );
    lines.push(`    User ${user.id}: `);
    const gids = [...new Set(members.flatMap(gidsOf))].sort((a, b) => a - b);
    if (gids.length > 0) lines.push(`      gids=[${gids.join(', ')}]`);
    if (runtime.length > 0) {
      lines.push('      runtime permissions:');
      for (const perm of runtime) lines.push(`        ${runtimePermissionLine(perm, sdk)}`);
    }
  }
  return lines;
};

export const sharedUsersLines = (context: DumpContext, packages: readonly PackageState[]): string[] => {
  const groups = new Map<string, PackageState[]>();
  for (const pkg of packages) {
    if (pkg.sharedUser === undefined) continue;
    const group = groups.get(pkg.sharedUser) ?? [];
    group.push(pkg);
    groups.set(pkg.sharedUser, group);
  }
  const lines: string[] = [];
  for (const [name, members] of groups) lines.push(...sharedUserLines(context, name, members));
  return lines;
};

export const sharedUserCount = (packages: readonly PackageState[]): number =>
  new Set(packages.flatMap((pkg) => (pkg.sharedUser === undefined ? [] : [pkg.sharedUser]))).size;
