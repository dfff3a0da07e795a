// The factory (system image) copy of an updated system app, listed under `Hidden system
// packages:` (Settings.mDisabledSysPackages). The state keeps only the installed update, so
// the factory copy is derived: /system path, an older version, system-image timestamps.
import type { PackageState } from '../../android/phone-state';

/** 2009-01-01 00:00 UTC: the timestamp system-image files carry (FORMATS.md §1.2). */
export const SYSTEM_IMAGE_TIME = Date.UTC(2009, 0, 1);

const folderName = (packageName: string): string => {
  const last = packageName.split('.').pop() ?? packageName;
  return last.charAt(0).toUpperCase() + last.slice(1);
};

export const factoryCopy = (pkg: PackageState): PackageState => {
  const folder =
    pkg.pkgFlags.includes('PRIVILEGED') || pkg.privateFlags.includes('PRIVILEGED') ? 'priv-app' : 'app';
  const factory: PackageState = {
    ...pkg,
    codePath: `/system/${folder}/${folderName(pkg.name)}`,
    apkFiles: ['base.apk'],
    versionCode: Math.max(1, Math.floor(pkg.versionCode * 0.9)),
    versionName: `${pkg.versionName.split(/[ -]/)[0] ?? pkg.versionName}-factory`,
    firstInstallTime: SYSTEM_IMAGE_TIME,
    lastUpdateTime: SYSTEM_IMAGE_TIME,
  };
  delete factory.installer;
  delete factory.initiatingInstaller;
  return factory;
};
