// The `appops` command table (get/set/reset/query-op). `cmd appops …` reaches the same
// implementation through the shell's `cmd` dispatcher.
import type { CommandTable } from '../commands/command';
import { appOpsCommand } from './appops-command';

export const APPOPS_COMMANDS: CommandTable = { appops: appOpsCommand };
export { formatAppOpsDump } from './dump-appops';
