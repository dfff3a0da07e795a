// Package names read from app-op and usage dumps: `isPackageName` plus the framework package
// `android` (the one installed name without a dot). Dumps repeat the same names many times,
// so each is checked once.
import { isPackageName } from '../device-names';

const MAX_CACHED = 8192;
const known = new Map<string, boolean>();

export const isAppPackageName = (name: string): boolean => {
  let valid = known.get(name);
  if (valid === undefined) {
    valid = name === 'android' || isPackageName(name);
    if (known.size >= MAX_CACHED) known.clear();
    known.set(name, valid);
  }
  return valid;
};
