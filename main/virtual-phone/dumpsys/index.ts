// The `dumpsys` command table: package, appops, device_policy, notification, usagestats,
// deviceidle, accessibility. The formatters are exported for tests and offline captures.
import type { CommandTable } from '../commands/command';
import { dumpsysCommand } from './dumpsys-command';

export const DUMPSYS_COMMANDS: CommandTable = { dumpsys: dumpsysCommand };
export { DUMPSYS_SERVICES } from './dumpsys-command';
export type { DumpContext } from './dump-context';
