// `dumpsys package` parser: streaming (`createDumpsysPackageParser`) and whole-text
// (`parseDumpsysPackage`), plus the output types.
export { createDumpsysPackageParser, parseDumpsysPackage } from './dumpsys-package-parser';
export type { DumpsysPackageParser } from './dumpsys-package-parser';
export { createLocalTimeReader } from './local-time';
export type { LocalTimeReader } from './local-time';
export { FRAMEWORK_PACKAGE, isListedPackageName } from './package-name';
export type {
  DeclaredPermission,
  DumpsysPackage,
  DumpsysPackageOptions,
  LocalTime,
  ParsedPackage,
  ParsedSharedUser,
  ParsedUserState,
  RequestedPermission,
} from './types';
