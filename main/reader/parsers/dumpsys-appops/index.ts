// `dumpsys appops` parsing: the streaming parser, its result types and the op shape shared
// with `appops get`.
export type { AccessKind, AccessRecord } from './access-line';
export { readAccessRecord } from './access-line';
export type { AppOpName } from './app-op-mode';
export { normaliseAppOpMode, readAppOpName } from './app-op-mode';
export type { AppOpUse, OpEvent } from './app-op-use';
export { AppOpUseBuilder } from './app-op-use';
export type { AppOpsPackage, AppOpsUid, DumpsysAppOps } from './appops-dump';
export type { DumpsysAppOpsOptions, DumpsysAppOpsParser } from './dumpsys-appops-parser';
export { createDumpsysAppOpsParser, parseDumpsysAppOps } from './dumpsys-appops-parser';
export type { OpLine } from './op-line';
export { readOpLine } from './op-line';
export type { TimeOptions, TimeResolver } from './time-resolver';
export { createTimeResolver } from './time-resolver';
export { parseFormattedUid } from './uid-format';
export { isAppPackageName } from './package-name';
