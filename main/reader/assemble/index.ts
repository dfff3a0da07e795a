// Parsed captures → DeviceSnapshot: the capture parsers (streaming) and the pure assembly.
export { assembleSnapshot } from './assemble-snapshot';
export type { AssembleOptions } from './assemble-snapshot';
export { CaptureParsers } from './capture-parsers';
export type { CaptureParsersOptions } from './capture-parsers';
export { ClockSource, ExtraInput } from './parsed-captures';
export type { InputName, ParsedCaptures } from './parsed-captures';
export { AD_ID_PERMISSION, hasOpAccess } from './special-access';
export { parsePhoneClock, parseShellUid, sectionFailure } from './shell-facts';
