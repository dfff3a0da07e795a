// Device output is untrusted: names read from it (packages, permissions, app ops, components)
// are checked with the same strict patterns the ADB layer applies before anything reaches
// `adb shell`. A parser keeps only names that pass and warns about the rest.
import { arg } from '../../adb/shell-arguments';

const passes = (validate: () => unknown): boolean => {
  try {
    validate();
    return true;
  } catch {
    return false;
  }
};

export const isPackageName = (value: string): boolean => passes(() => arg.package(value));
export const isPermissionName = (value: string): boolean => passes(() => arg.permission(value));
export const isAppOpName = (value: string): boolean => passes(() => arg.appOp(value));
export const isComponentName = (value: string): boolean => passes(() => arg.component(value));
