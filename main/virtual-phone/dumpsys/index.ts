// PLACEHOLDER (owned by the dumpsys work): the `dumpsys` command table.
import type { CommandTable } from '../commands/command';

export const DUMPSYS_COMMANDS: CommandTable = {};
