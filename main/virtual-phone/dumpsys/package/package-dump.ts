// `dumpsys package [packages | <pkg>]` (PackageManagerService.dump → DumpHelper in 14+):
// the full dump with its tables, `packages` for only the package settings, or one package
// filtered from the full dump. Unknown package: `Unable to find package: X` (8+).
import type { PackageState } from '../../android/phone-state';
import { Sdk, joinLines, type DumpContext } from '../dump-context';
import { factoryCopy } from './factory-copy';
import { packageBlockLines } from './package-block';
import {
  appOpPermissionLines,
  databaseVersionLines,
  dexoptLines,
  keySetLines,
  libraryAndFeatureLines,
  packageChangesLines,
  permissionLines,
  providerLines,
  queriesLines,
  verificationStatusLines,
  verifierLines,
} from './package-sections';
import { resolverTableLines } from './resolver-tables';
import { sharedUserCount, sharedUsersLines } from './shared-users';

const packagesSection = (context: DumpContext, packages: readonly PackageState[]): string[] => {
  const lines = ['Packages:'];
  for (const pkg of packages) lines.push(...packageBlockLines(context, { pkg }));
  lines.push('');
  const updated = packages.filter((pkg) => pkg.system && pkg.updatedSystem);
  if (updated.length > 0) {
    lines.push('Hidden system packages:');
    for (const pkg of updated)
      lines.push(...packageBlockLines(context, { pkg: factoryCopy(pkg), factory: true }));
    lines.push('');
  }
  return lines;
};

const fullDump = (context: DumpContext): string[] => {
  const packages = [...context.state.packages.values()];
  const lines = [
    ...databaseVersionLines(context),
    ...verifierLines(context),
    ...libraryAndFeatureLines(),
    ...resolverTableLines(context, { packages, single: false }),
    ...verificationStatusLines(context),
    ...permissionLines(context, packages),
    ...appOpPermissionLines(packages),
    ...providerLines(),
    ...keySetLines(packages),
    ...packagesSection(context, packages),
    ...queriesLines(context),
    'Shared users:',
    ...sharedUsersLines(context, packages),
    '',
    ...packageChangesLines(context, packages),
    'Frozen packages:',
    '  (none)',
    '',
    '',
    ...dexoptLines(context, packages),
  ];
  if (context.sdk <= 27) {
    lines.push(
      '',
      'Settings parse messages:',
      `Read completed successfully: ${packages.length} packages, ${sharedUserCount(packages)} shared uids`,
      '',
      'Package warning messages:',
    );
  }
  return lines;
};

const singleDump = (context: DumpContext, pkg: PackageState): string[] => [
  ...resolverTableLines(context, { packages: [pkg], single: true }),
  ...permissionLines(context, [pkg]),
  ...keySetLines([pkg]),
  ...packagesSection(context, [pkg]),
  ...queriesLines(context),
  ...packageChangesLines(context, [pkg]),
  ...dexoptLines(context, [pkg]),
];

/** Dump keywords that select sections instead of naming a package (DumpState). */
const PACKAGES_KEYWORDS = new Set(['packages', 'p']);

/** The text of `dumpsys package <args…>`. */
export const formatPackageDump = (context: DumpContext, args: readonly string[]): string => {
  const target = args.find((arg) => !arg.startsWith('-'));
  if (target === undefined) return joinLines(fullDump(context));
  const packages = [...context.state.packages.values()];
  if (PACKAGES_KEYWORDS.has(target)) return joinLines(packagesSection(context, packages));
  const pkg = context.state.packages.get(target);
  if (pkg === undefined) {
    return context.sdk >= Sdk.O ? `Unable to find package: ${target}\n` : '';
  }
  return joinLines(singleDump(context, pkg));
};
