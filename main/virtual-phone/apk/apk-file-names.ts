// The APK file names in a package's code path, as Android lays them out: base.apk (+ splits)
// under /data/app; a system app's /system/priv-app/Foo holds Foo.apk.
import type { PackageState } from '../android/phone-state';

export const apkFileNames = (pkg: Pick<PackageState, 'apkFiles' | 'codePath'>): string[] => {
  const names = pkg.apkFiles.length > 0 ? pkg.apkFiles : ['base.apk'];
  const path = pkg.codePath.replace(/\/+$/, '');
  if (path.startsWith('/data/') || names[0] !== 'base.apk') return names;
  return [`${path.slice(path.lastIndexOf('/') + 1)}.apk`, ...names.slice(1)];
};
