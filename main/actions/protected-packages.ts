// Packages that are never hidden or disabled without an explicit expert override (issue 6):
// system UI, launchers, dialer, settings, package installer, permission controller,
// telephony, Google/Huawei/Xiaomi/OPPO/vivo/Samsung core services — plus, at run time, the
// input method in use (`settings get secure default_input_method`, a component
// `pkg/.Service`). The list itself is data: data/protected-packages.json.
import data from './data/protected-packages.json';

export interface ProtectedPackageOptions {
  /** The user chose expert mode for this step: nothing is protected. */
  readonly expertOverride?: boolean;
  /** `default_input_method` of the user (component or package); that package is protected. */
  readonly inputMethod?: string | null;
}

export interface ProtectedPackageEntry {
  readonly name: string;
  readonly why: string;
}

const EXACT: ReadonlyMap<string, string> = new Map(data.packages.map((entry) => [entry.name, entry.why]));
const PREFIXES: readonly { readonly prefix: string; readonly why: string }[] = data.prefixes;

const packageOfComponent = (component: string): string => component.split('/')[0] ?? component;

/** Why a package is protected (ignoring the override), or undefined when it is not. */
export const protectionReason = (
  packageName: string,
  options: Pick<ProtectedPackageOptions, 'inputMethod'> = {},
): string | undefined => {
  const exact = EXACT.get(packageName);
  if (exact !== undefined) return exact;
  const prefix = PREFIXES.find((entry) => packageName.startsWith(entry.prefix));
  if (prefix !== undefined) return prefix.why;
  const { inputMethod } = options;
  if (inputMethod !== undefined && inputMethod !== null && packageOfComponent(inputMethod) === packageName) {
    return 'input method in use';
  }
  return undefined;
};

export const isProtectedPackage = (packageName: string, options: ProtectedPackageOptions = {}): boolean =>
  options.expertOverride !== true && protectionReason(packageName, options) !== undefined;

export const PROTECTED_PACKAGES: readonly ProtectedPackageEntry[] = data.packages;
