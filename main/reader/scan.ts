// The reader's front door: a DeviceSnapshot from a live device (two adb round trips), from a
// folder of captured outputs, or from an `adb bugreport`.
export { scanDevice } from './live/scan-device';
export type { LiveScanOptions, ScanProgress } from './live/scan-device';
export { EXTRA_FILES, PARSE_ORDER, scanCaptured, scanFromBugreport, scanFromFolder } from './scan-captured';
export type { OfflineScanOptions } from './scan-captured';
export { assembleSnapshot, CaptureParsers } from './assemble';
export type { AssembleOptions, ParsedCaptures } from './assemble';
