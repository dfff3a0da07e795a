// Package names read from the dump are untrusted: keep only those `isPackageName` accepts,
// plus the framework package `android` (a real package without a dot, listed by every
// `dumpsys package` and `pm list packages`; never used as a shell argument by the reader).
import { isPackageName } from '../device-names';

export const FRAMEWORK_PACKAGE = 'android';

export const isListedPackageName = (name: string): boolean =>
  name === FRAMEWORK_PACKAGE || isPackageName(name);
