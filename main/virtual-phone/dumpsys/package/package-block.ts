// One `  Package [name] (hex):` block, mirroring Settings.dumpPackageLPr (7.1–14) and
// PackageSetting dumping in Android 16 (FORMATS.md §1.2–1.3): identity and version lines,
// flags, timestamps, installer, declared/requested/install permissions, then the per-user
// blocks. Shared-uid packages leave install and runtime permissions to `Shared users:`.
import type { PackageState } from '../../android/phone-state';
import { Sdk, type DumpContext } from '../dump-context';
import { identityHex } from '../identity';
import { formatLocalDateTime } from '../time-format';
import { applicationFlags, bracketWords, RESTRICTED_PERMISSIONS } from './package-flags';
import { userBlockLines } from './user-block';

const splitName = (apk: string): string => {
  if (apk === 'base.apk') return 'base';
  return apk.replace(/^split_/, '').replace(/\.apk$/, '');
};

const cpuAbi = (pkg: PackageState, sdk: number): string => {
  if (pkg.system && !pkg.updatedSystem) return 'null';
  return sdk <= Sdk.N_MR1 ? 'armeabi-v7a' : 'arm64-v8a';
};

const identityLines = (pkg: PackageState, sdk: number): string[] => {
  const lines = sdk >= Sdk.B ? [`    appId=${pkg.appId}`, '    pccId=-1'] : [`    userId=${pkg.appId}`];
  if (pkg.sharedUser !== undefined) {
    lines.push(
      `    sharedUser=SharedUserSetting{${identityHex(`su:${pkg.sharedUser}`)} ${pkg.sharedUser}/${pkg.appId}}`,
    );
  }
  lines.push(
    `    pkg=Package{${identityHex(`pkg:${pkg.name}`)} ${pkg.name}}`,
    `    codePath=${pkg.codePath}`,
    `    resourcePath=${pkg.codePath}`,
    `    legacyNativeLibraryDir=${pkg.codePath}/lib`,
  );
  if (sdk >= Sdk.B) lines.push('    extractNativeLibs=false');
  lines.push(`    primaryCpuAbi=${cpuAbi(pkg, sdk)}`, '    secondaryCpuAbi=null');
  if (sdk >= Sdk.B) lines.push('    cpuAbiOverride=null');
  const minSdk = pkg.minSdk ?? Math.min(pkg.targetSdk, 21);
  lines.push(
    sdk >= 24
      ? `    versionCode=${pkg.versionCode} minSdk=${minSdk} targetSdk=${pkg.targetSdk}`
      : `    versionCode=${pkg.versionCode} targetSdk=${pkg.targetSdk}`,
  );
  if (sdk >= Sdk.B) lines.push('    minExtensionVersions=[]');
  lines.push(`    versionName=${pkg.versionName}`);
  if (sdk >= Sdk.B) lines.push('    hiddenApiEnforcementPolicy=2', '    usesNonSdkApi=false');
  lines.push(
    `    splits=[${pkg.apkFiles.map(splitName).join(', ')}]`,
    `    apkSigningVersion=${sdk >= Sdk.P ? 3 : 2}`,
  );
  return lines;
};

const flagLines = (pkg: PackageState, options: { sdk: number; factory: boolean }): string[] => {
  const { sdk, factory } = options;
  const lines: string[] = [];
  if (sdk < Sdk.B)
    lines.push(`    applicationInfo=ApplicationInfo{${identityHex(`ai:${pkg.name}`)} ${pkg.name}}`);
  lines.push(`    flags=${bracketWords(applicationFlags(pkg, factory))}`);
  if (pkg.privateFlags.length > 0) lines.push(`    privateFlags=${bracketWords(pkg.privateFlags)}`);
  if (sdk >= Sdk.R) lines.push('    forceQueryable=false');
  if (sdk >= Sdk.R && sdk < Sdk.B) lines.push('    queriesPackages=[]');
  if (sdk >= Sdk.B) lines.push('    pageSizeCompat=0', '    scannedAsStoppedSystemApp=false');
  if (sdk < Sdk.B) lines.push(`    dataDir=/data/user/0/${pkg.name}`);
  lines.push('    supportsScreens=[small, medium, large, xlarge, resizeable, anyDensity]');
  return lines;
};

const installLines = (pkg: PackageState, context: DumpContext): string[] => {
  const { sdk, state } = context;
  const time = (ms: number): string => formatLocalDateTime(ms, state.timeZone);
  const lines = [`    timeStamp=${time(pkg.lastUpdateTime)}`];
  if (sdk < Sdk.B) lines.push(`    firstInstallTime=${time(pkg.firstInstallTime)}`);
  lines.push(`    lastUpdateTime=${time(pkg.lastUpdateTime)}`);
  if (sdk >= Sdk.B) {
    const installerUid = pkg.installer === undefined ? -1 : (state.packages.get(pkg.installer)?.appId ?? -1);
    lines.push(
      `    installerPackageName=${pkg.installer ?? 'null'}`,
      `    installerPackageUid=${installerUid}`,
      `    initiatingPackageName=${pkg.initiatingInstaller ?? 'null'}`,
      '    originatingPackageName=null',
      `    packageSource=${pkg.installer === undefined ? 0 : 2}`,
      '    appMetadataFilePath=null',
      '    appMetadataSource=0',
    );
  } else {
    if (pkg.installer !== undefined) lines.push(`    installerPackageName=${pkg.installer}`);
    if (sdk >= Sdk.R && pkg.initiatingInstaller !== undefined) {
      lines.push(`    initiatingPackageName=${pkg.initiatingInstaller}`);
    }
  }
  const signer = identityHex(`sig:${pkg.system ? 'platform' : pkg.name}`);
  const sigHex = identityHex(`sigs:${pkg.name}`);
  lines.push(
    sdk >= Sdk.P
      ? `    signatures=PackageSignatures{${sigHex} version:2, signatures:[${signer}], past signatures:[]}`
      : `    signatures=PackageSignatures{${sigHex} [${signer}]}`,
    sdk <= 27 ? '    installPermissionsFixed=true installStatus=1' : '    installPermissionsFixed=true',
  );
  return lines;
};

const permissionLines = (pkg: PackageState, sdk: number): string[] => {
  const lines: string[] = [];
  if (pkg.declaredPermissions.length > 0) {
    lines.push('    declared permissions:');
    for (const perm of pkg.declaredPermissions) {
      lines.push(`      ${perm.name}: prot=${perm.protectionLevel}${sdk >= Sdk.B ? '' : ', INSTALLED'}`);
    }
  }
  if (sdk >= Sdk.O && pkg.requestedPermissions.length > 0) {
    lines.push('    requested permissions:');
    for (const name of pkg.requestedPermissions) {
      const restricted = sdk >= Sdk.Q && RESTRICTED_PERMISSIONS.has(name);
      lines.push(`      ${name}${restricted ? ': restricted=true' : ''}`);
    }
  }
  if (pkg.sharedUser === undefined && pkg.installPermissions.length > 0) {
    lines.push('    install permissions:');
    for (const name of pkg.installPermissions) lines.push(`      ${name}: granted=true`);
  }
  return lines;
};

/** All lines of one package block; `factory` prints the hidden system copy's header fields. */
export const packageBlockLines = (
  context: DumpContext,
  options: { pkg: PackageState; factory?: boolean },
): string[] => {
  const { pkg } = options;
  const factory = options.factory ?? false;
  const { sdk, state } = context;
  const flags = applicationFlags(pkg, factory);
  const lines = [
    `  Package [${pkg.name}] (${identityHex(`${factory ? 'factory' : 'ps'}:${pkg.name}`)}):`,
    ...identityLines(pkg, sdk),
    ...flagLines(pkg, { sdk, factory }),
    ...installLines(pkg, context),
    `    pkgFlags=${bracketWords(flags)}`,
  ];
  if (sdk >= Sdk.B) {
    lines.push(`    privatePkgFlags=${bracketWords(pkg.privateFlags)}`, '    apexModuleName=null');
  }
  lines.push(...permissionLines(pkg, sdk));
  const withPermissions = pkg.sharedUser === undefined;
  for (const user of state.users) {
    lines.push(
      ...userBlockLines(context, {
        pkg,
        userId: user.id,
        firstInstallTime: pkg.firstInstallTime,
        withPermissions,
      }),
    );
  }
  return lines;
};
