// Every command of the virtual phone's shell, by name: the state-changing and query commands of
// this folder plus the dumpsys and appops tables that live beside it.
import { APPOPS_COMMANDS } from '../appops';
import { DUMPSYS_COMMANDS } from '../dumpsys';
import { amCommand } from './activity-manager';
import { cmdCommand } from './cmd-command';
import type { CommandTable } from './command';
import { getpropCommand } from './getprop';
import { pmCommand } from './pm/pm-command';
import { settingsCommand } from './settings';

export const CORE_COMMANDS: CommandTable = {
  getprop: getpropCommand,
  pm: pmCommand,
  am: amCommand,
  cmd: cmdCommand,
  settings: settingsCommand,
};

/** The merged registry; later tables win on a name clash (dumpsys/appops own their names). */
export const createCommandRegistry = (extra?: CommandTable): CommandTable => ({
  ...CORE_COMMANDS,
  ...DUMPSYS_COMMANDS,
  ...APPOPS_COMMANDS,
  ...extra,
});
