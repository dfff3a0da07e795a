// The APK a virtual phone serves for one package: its label as the real app has it (English
// default and Chinese from the catalogue and the profile's label), built per package with
// deterministic variety so the reader meets every shape: resource labels with zh-CN / zh /
// zh-TW configs and tables of different sizes, literal labels without a table, packages with
// no label, DEFLATE and STORED manifests. Cached per package version.
import { builtInCatalogue } from '../../classify/app-catalogue';
import type { PackageState } from '../android/phone-state';
import { hash32 } from '../dumpsys/identity';
import type { ApkSpec } from './apk-builder';
import { layoutApk } from './apk-builder';
import type { ZipLayout } from './zip-layout';

const HAS_CJK = /[\u3400-\u9fff]/;

const labelOf = (pkg: PackageState, variant: number): ApkSpec['label'] => {
  const known = builtInCatalogue().byPackage.get(pkg.name);
  const zh = known?.nameZh ?? (pkg.label !== undefined && HAS_CJK.test(pkg.label) ? pkg.label : undefined);
  const en = known?.nameEn ?? (pkg.label !== undefined && !HAS_CJK.test(pkg.label) ? pkg.label : undefined);
  if (zh === undefined && en === undefined) {
    if (pkg.system && variant % 3 === 0) return { kind: 'none' };
    const word = pkg.name.split('.').pop() ?? pkg.name;
    return { kind: 'literal', value: word.charAt(0).toUpperCase() + word.slice(1) };
  }
  if (zh === undefined)
    return variant % 4 === 0
      ? { kind: 'literal', value: en ?? '' }
      : { kind: 'resource', values: { '': en ?? '' } };
  const zhKey = variant % 5 === 1 ? 'zh' : 'zh-CN';
  const values: Record<string, string> = { '': en ?? zh, [zhKey]: zh };
  if (en !== undefined) values['en'] = en;
  if (variant % 7 === 2) values['zh-TW'] = zh;
  return { kind: 'resource', values };
};

const cache = new Map<string, ZipLayout>();
const MAX_CACHED = 4096;

/** The laid-out base APK of `pkg`, `size` bytes long when that leaves room for the filler. */
export const packageApkLayout = (pkg: PackageState, options: { path: string; size: number }): ZipLayout => {
  const key = `${options.path}|${options.size}|${pkg.versionCode}|${pkg.label ?? ''}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const variant = hash32(`apk:${pkg.name}`);
  const spec = {
    packageName: pkg.name,
    label: labelOf(pkg, variant),
    deflateManifest: variant % 2 === 0,
    drawables: (variant >>> 3) % 3 === 0 ? 0 : 400 + ((variant >>> 5) % 2000),
    stringsBefore: (variant >>> 7) % 300,
    fileSize: options.size,
    seed: hash32(options.path) || 1,
  };
  const full = layoutApk(spec);
  // A small APK in the profile keeps its size: drop the padding resources that would not fit.
  const layout = full.size > options.size ? layoutApk({ ...spec, drawables: 0, stringsBefore: 0 }) : full;
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, layout);
  return layout;
};
