// PLACEHOLDER (owned by the app-ops work): the `appops` command table (get/set/reset/query-op).
import type { CommandTable } from '../commands/command';

export const APPOPS_COMMANDS: CommandTable = {};
