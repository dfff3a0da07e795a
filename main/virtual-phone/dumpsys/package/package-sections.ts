// The smaller sections around `Packages:` in PackageManagerService.dump (7.1–16), in their
// real order (FORMATS.md §2): headers at column 0 ending with `:`, entries indented.
import type { PackageState } from '../../android/phone-state';
import { Sdk, type DumpContext } from '../dump-context';
import { identityHex } from '../identity';

const FEATURES = [
  'android.hardware.bluetooth',
  'android.hardware.camera',
  'android.hardware.location.gps',
  'android.hardware.telephony',
  'android.hardware.touchscreen',
  'android.hardware.wifi',
  'android.software.device_admin',
];

export const databaseVersionLines = (context: DumpContext): string[] => {
  const sdk = context.sdk;
  const fingerprint = context.state.props['ro.build.fingerprint'] ?? 'unknown';
  return [
    'Database versions:',
    '  Internal:',
    `    sdkVersion=${sdk} databaseVersion=3 `,
    `    fingerprint=${fingerprint} `,
    '  External:',
    `    sdkVersion=${sdk} databaseVersion=3 `,
    `    fingerprint=${fingerprint} `,
    '',
  ];
};

export const verifierLines = (context: DumpContext): string[] => {
  const lines: string[] = [];
  const { packages } = context.state;
  const vending = packages.get('com.android.vending');
  if (vending !== undefined) {
    lines.push('Verifiers:', `  Required: com.android.vending (uid=${vending.appId})`, '');
  }
  const gms = packages.get('com.google.android.gms');
  if (gms !== undefined) {
    const title = context.sdk >= Sdk.S ? 'Domain Verifier:' : 'Intent Filter Verifier:';
    lines.push(title, `  Using: com.google.android.gms (uid=${gms.appId})`, '');
  }
  return lines;
};

export const libraryAndFeatureLines = (): string[] => [
  'Libraries:',
  '  android.test.base -> (jar) /system/framework/android.test.base.jar',
  '  org.apache.http.legacy -> (jar) /system/framework/org.apache.http.legacy.jar',
  '',
  'Features:',
  ...FEATURES.map((feature) => `  ${feature}`),
  '',
];

export const verificationStatusLines = (context: DumpContext): string[] =>
  context.sdk >= Sdk.S ? ['Domain verification status:', ''] : ['App verification status:', ''];

export const permissionLines = (context: DumpContext, packages: readonly PackageState[]): string[] => {
  const { sdk } = context;
  const declared = packages.flatMap((pkg) => pkg.declaredPermissions.map((perm) => ({ pkg, perm })));
  if (declared.length === 0) return [];
  const lines = ['Permissions:'];
  for (const { pkg, perm } of declared) {
    lines.push(
      `  Permission [${perm.name}] (${identityHex(`perm:${perm.name}`)}):`,
      `    sourcePackage=${pkg.name}`,
      `    uid=${pkg.appId} gids=${sdk >= Sdk.S ? '[]' : 'null'} type=0 prot=${perm.protectionLevel}`,
      sdk >= Sdk.S
        ? `    perm=PermissionInfo{${identityHex(`pi:${perm.name}`)} ${perm.name}}`
        : `    perm=Permission{${identityHex(`pi:${perm.name}`)} ${perm.name}}`,
    );
    if (sdk <= 27) {
      lines.push(
        `    packageSetting=PackageSetting{${identityHex(`ps:${pkg.name}`)} ${pkg.name}/${pkg.appId}}`,
      );
    }
    if (sdk >= Sdk.B) lines.push('    flags=0x0');
  }
  lines.push('');
  return lines;
};

const APP_OP_PERMISSIONS = [
  'android.permission.WRITE_SETTINGS',
  'android.permission.SYSTEM_ALERT_WINDOW',
  'android.permission.PACKAGE_USAGE_STATS',
  'android.permission.REQUEST_INSTALL_PACKAGES',
  'android.permission.MANAGE_EXTERNAL_STORAGE',
];

/** `AppOp Permissions:`: appop-protected permissions and the packages requesting them. */
export const appOpPermissionLines = (packages: readonly PackageState[]): string[] => {
  const lines = ['AppOp Permissions:'];
  for (const permission of APP_OP_PERMISSIONS) {
    const holders = packages.filter((pkg) => pkg.requestedPermissions.includes(permission));
    if (holders.length === 0) continue;
    lines.push(`  AppOp Permission ${permission}:`, ...holders.map((pkg) => `    ${pkg.name}`));
  }
  lines.push('');
  return lines;
};

export const providerLines = (): string[] => [
  'Registered ContentProviders:',
  '',
  'ContentProvider Authorities:',
  '',
];

export const keySetLines = (packages: readonly PackageState[]): string[] => [
  'Key Set Manager:',
  ...packages.flatMap((pkg, index) => [`  [${pkg.name}]`, `      Signing KeySets: ${index + 1}`]),
  '',
];

export const queriesLines = (context: DumpContext): string[] => {
  if (context.sdk < Sdk.R) return [];
  return [
    'Queries:',
    '  system apps queryable: false',
    '  queries via package name:',
    '  queries via intent:',
    '  queryable via interaction:',
    ...context.state.users.map((user) => `    User ${user.id}:`),
    '',
  ];
};

export const packageChangesLines = (context: DumpContext, packages: readonly PackageState[]): string[] => {
  if (context.sdk < Sdk.R) return [];
  const lines = ['Package Changes:', `  Sequence number=${packages.length}`];
  for (const user of context.state.users) {
    lines.push(`  User ${user.id}:`);
    packages.forEach((pkg, index) => {
      if (!pkg.system) lines.push(`    seq=${index}, package=${pkg.name}`);
    });
  }
  lines.push('', '');
  return lines;
};

export const dexoptLines = (context: DumpContext, packages: readonly PackageState[]): string[] => {
  const lines = ['Dexopt state:'];
  for (const pkg of packages) {
    lines.push(`  [${pkg.name}]`);
    if (context.sdk <= 27) {
      lines.push(
        '    Instruction Set: arm',
        `      path: ${pkg.codePath}/base.apk`,
        `      status: ${pkg.codePath}/oat/arm/base.odex [compilation_filter=speed-profile, status=kOatUpToDate]`,
      );
    } else {
      lines.push(
        `    path: ${pkg.codePath}/base.apk`,
        '      arm64: [status=speed-profile] [reason=install-dm]',
      );
    }
  }
  lines.push('', '', 'Compiler stats:');
  for (const pkg of packages) lines.push(`  [${pkg.name}]`, '    (No recorded stats)');
  return lines;
};
